import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	ENGAGEMENT_LIMITS,
	createEngagement,
	decodeEngagementStore,
	encodeEngagementStore,
	engagementFiling,
} from '../../../../src/lib/engagements/store.ts';
import { moveFiling } from '../../../../src/lib/engagements/filing.ts';
import type { EngagementStore } from '../../../../src/lib/engagements/types.ts';

const fields = {
	name: 'Acme migration',
	customer: 'Acme Ltd',
	start: '2026-03-02',
	end: '2026-11-27',
	sow: '',
	notes: '',
};
const engagement = (id: string, name = fields.name) => ({
	...createEngagement({ ...fields, name }, 1),
	id,
});

describe('the stored engagements', () => {
	test('read back exactly as written, phase dates and filed runs included', () => {
		const store: EngagementStore = {
			version: 1,
			engagements: [
				{
					...engagement('acme'),
					phaseDates: new Map([['launch', { start: '2026-03-02', end: '2026-04-30' }]]),
					checklists: [{ checklist: 'oqr', run: 'r1', assessment: 'a1' }],
				},
			],
		};
		expect(decodeEngagementStore(encodeEngagementStore(store))).toEqual({ store });
	});

	test('any text reads as a store or a reason, never an exception', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
				const { store } = decodeEngagementStore(text);
				expect(store.version).toBe(1);
				expect(store.engagements.length).toBeLessThanOrEqual(ENGAGEMENT_LIMITS.engagements);
			}),
		);
	});

	test('damaged, foreign or oversized text is set aside with its reason', () => {
		expect(decodeEngagementStore('{').problem).toBe('corrupt');
		expect(decodeEngagementStore('{"version":2,"engagements":[]}').problem).toBe('unknown-format');
		expect(decodeEngagementStore('x'.repeat(ENGAGEMENT_LIMITS.storedChars + 1)).problem).toBe(
			'too-large',
		);
	});

	test('an engagement whose dates cannot be used is dropped, the others kept; __proto__ stays data', () => {
		const good = JSON.parse(
			encodeEngagementStore({ version: 1, engagements: [engagement('a')] }),
		) as {
			engagements: object[];
		};
		const text = JSON.stringify({
			version: 1,
			engagements: [
				...good.engagements,
				{ ...good.engagements[0], id: 'b', end: '2026-01-01' },
				{ ...good.engagements[0], id: 'c', start: '1999-12-31' },
			],
		}).replace(
			'"phaseDates":{}',
			'"phaseDates":{"__proto__":{"start":"2026-01-01","end":"2026-01-02"}}',
		);
		const { store, problem } = decodeEngagementStore(text);
		expect(problem).toBeUndefined();
		expect(store.engagements.map(({ id }) => id)).toEqual(['a']);
		expect([...(store.engagements[0]?.phaseDates.keys() ?? [])]).toEqual([]);
		expect(({} as Record<string, unknown>)['start']).toBeUndefined();
	});
});

describe('filing a run from its checklist page', () => {
	const store: EngagementStore = {
		version: 1,
		engagements: [
			{ ...engagement('acme'), checklists: [{ checklist: 'oqr', run: 'r1', assessment: 'a1' }] },
			engagement('globex', 'Globex rollout'),
		],
	};

	test('files it in the chosen engagement', () => {
		const moved = moveFiling(store, 'launch-phase', { run: 'r9' }, 'globex', 5);
		expect(engagementFiling(moved, 'launch-phase', { run: 'r9' })?.id).toBe('globex');
		expect(moved.engagements[1]?.updated).toBe(5);
		expect(moved.engagements[0]).toBe(store.engagements[0]);
	});

	test('moves it: the first engagement keeps its assessment of the checklist, not the run', () => {
		const moved = moveFiling(store, 'oqr', { run: 'r1' }, 'globex', 5);
		expect(engagementFiling(moved, 'oqr', { run: 'r1' })?.id).toBe('globex');
		expect(moved.engagements[0]?.checklists).toEqual([
			{ checklist: 'oqr', run: undefined, assessment: 'a1' },
		]);
	});

	test('a link left with nothing filed is dropped', () => {
		const once = moveFiling(store, 'oqr', { assessment: 'a1' }, 'globex');
		const twice = moveFiling(once, 'oqr', { run: 'r1' }, 'globex');
		expect(twice.engagements[0]?.checklists).toEqual([]);
		expect(twice.engagements[1]?.checklists).toEqual([
			{ checklist: 'oqr', assessment: 'a1', run: 'r1' },
		]);
	});
});
