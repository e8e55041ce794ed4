import { describe, expect, test } from 'vitest';
import {
	decodeSearchView,
	encodeSearchView,
	toPagefindFilters,
} from '../../../../src/lib/search/view.ts';

describe('search views', () => {
	test('round-trip through the URL', () => {
		const view = {
			query: 'back to green',
			filters: { type: ['Playbook', 'Runbook'], phase: ['Manage & Inspect'] },
		};
		const params = encodeSearchView(view);
		expect(params.toString()).toBe(
			'q=back+to+green&type=Playbook&type=Runbook&phase=Manage+%26+Inspect',
		);
		expect(decodeSearchView(params)).toEqual(view);
	});

	test('bound the query and values, and ignore other parameters', () => {
		const params = new URLSearchParams({
			q: 'x'.repeat(500),
			colour: 'red',
			role: 'y'.repeat(200),
		});
		expect(decodeSearchView(params)).toEqual({ query: 'x'.repeat(200), filters: {} });
	});

	test('become Pagefind filters: any value within a filter, every filter together', () => {
		expect(
			toPagefindFilters({
				query: '',
				filters: { type: ['Playbook'], phase: ['Launch', 'Sales to Delivery (S2D)'] },
			}),
		).toEqual({
			type: { any: ['Playbook'] },
			phase: { any: ['Launch', 'Sales to Delivery (S2D)'] },
		});
	});
});
