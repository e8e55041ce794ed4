import { describe, expect, test } from 'vitest';
import { gzipSize, readPage, scriptsOf, withImports } from '../support/built-site.ts';
import { readSiteEntries } from '../support/site-content.ts';

const entries = readSiteEntries();
const firstOf = (collection: string) =>
	entries.find((entry) => entry.collection === collection)?.id ?? '';
const allScripts = (path: string) =>
	new Set(scriptsOf(readPage(path)).flatMap((script) => [...withImports(script)]));

describe('JavaScript budgets', () => {
	const checklistPage = allScripts(`/checklists/${firstOf('checklists')}/`);
	const playbookPage = allScripts(`/playbooks/${firstOf('playbooks')}/`);
	const checklistOnly = [...checklistPage].filter((script) => !playbookPage.has(script));

	test('the checklist’s own JavaScript is at most 8 KB gzip', () => {
		expect(checklistOnly.length).toBeGreaterThan(0);
		expect(gzipSize(checklistOnly)).toBeLessThanOrEqual(8 * 1024);
	});

	test.each(['playbooks', 'phases', 'processes', 'roles'])(
		'a %s page loads none of the checklist’s JavaScript',
		(collection) => {
			const scripts = allScripts(`/${collection}/${firstOf(collection)}/`);
			expect(checklistOnly.filter((script) => scripts.has(script))).toEqual([]);
			expect(readPage(`/${collection}/${firstOf(collection)}/`)).not.toContain('<pdp-checklist');
		},
	);
});
