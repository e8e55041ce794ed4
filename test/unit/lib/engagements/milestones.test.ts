import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Rating } from '../../../../src/lib/checklists/assessment-state.ts';
import {
	compareMilestones,
	comparisonMarkdown,
	describeChange,
	gateShortName,
	milestoneLabel,
	milestonesOf,
	saveMilestone,
	type ComparedSide,
} from '../../../../src/lib/engagements/milestones.ts';
import { cleanEngagement, engagementToJson } from '../../../../src/lib/engagements/store.ts';
import type { WorkspaceChecklist } from '../../../../src/lib/engagements/types.ts';
import { ENGAGEMENT_LIMITS, RATINGS } from '../../../../src/schemas/storage-limits.ts';
import { catalog, sampleWork } from './fixtures.ts';

const oqr = catalog.checklists.find(({ id }) => id === 'oqr') as WorkspaceChecklist;
/** The oqr checklist with its items in two sections. */
const sectioned: WorkspaceChecklist = {
	...oqr,
	items: oqr.items.map((item, index) => ({ ...item, section: index < 2 ? 'Scope' : 'Risks' })),
};

const side = (label: string, ratings: Record<string, Rating>): ComparedSide => ({
	label,
	date: '2027-03-01',
	ratings: new Map(Object.entries(ratings)),
});

describe('milestoneLabel', () => {
	test('names the gate and the engagement’s day', () => {
		expect(milestoneLabel('DQI', '2027-01-04', '2027-05-14')).toBe('DQI day 130');
		expect(milestoneLabel('OQR', '2027-01-04', '2027-01-04')).toBe('OQR day 0');
		expect(milestoneLabel('PESA', '2027-01-04', '2026-12-01')).toBe('PESA 2026-12-01');
	});
});

describe('saveMilestone', () => {
	test('freezes the ratings of rated items, not the notes, and later changes leave it as it was', () => {
		const work = sampleWork();
		const assessment = work.assessments.get('oqr')!;
		const result = saveMilestone(work.engagement, 'oqr', assessment, 'OQR day 90', '2027-04-04', 9);
		if (!result.ok) throw new Error(result.reason);
		const saved = result.milestones.at(-1)!;
		expect(saved).toMatchObject({ checklist: 'oqr', label: 'OQR day 90', date: '2027-04-04' });
		// `constructor` holds a note and no rating.
		expect([...saved.ratings]).toEqual([
			['scope-agreed', 'met'],
			['risks-logged', 'partly'],
		]);
		assessment.ratings.set('risks-logged', { rating: 'met', note: '' });
		expect(saved.ratings.get('risks-logged')).toBe('partly');
	});

	test('refuses a milestone with no label or date, and one beyond the bound, with words to show', () => {
		const work = sampleWork();
		const assessment = work.assessments.get('oqr')!;
		expect(saveMilestone(work.engagement, 'oqr', assessment, '  ', '2027-04-04')).toEqual({
			ok: false,
			reason: 'Give the milestone a label and a date between 2000 and 2100.',
		});
		expect(saveMilestone(work.engagement, 'oqr', assessment, 'A', '2027-02-30').ok).toBe(false);
		work.engagement.milestones = Array.from(
			{ length: ENGAGEMENT_LIMITS.milestonesPerEngagement },
			(_, n) => ({ ...work.engagement.milestones[0]!, id: `m${String(n)}` }),
		);
		expect(saveMilestone(work.engagement, 'oqr', assessment, 'One more', '2027-04-04')).toEqual({
			ok: false,
			reason: 'This engagement keeps at most 30 milestones: delete one to save another.',
		});
	});

	test('milestonesOf lists one checklist’s, by date then by when they were saved', () => {
		const { engagement } = sampleWork();
		const base = engagement.milestones[0]!;
		engagement.milestones = [
			{ ...base, id: 'b', date: '2027-05-01', created: 1 },
			{ ...base, id: 'other', checklist: 'dqi' },
			{ ...base, id: 'c', date: '2027-05-01', created: 0 },
			{ ...base, id: 'a', date: '2027-02-01', created: 5 },
		];
		expect(milestonesOf(engagement, 'oqr').map(({ id }) => id)).toEqual(['a', 'c', 'b']);
	});

	test('the store keeps milestones through its codec; a __proto__ item id stays out', () => {
		const { engagement } = sampleWork();
		const json = engagementToJson(engagement);
		expect(cleanEngagement(JSON.parse(JSON.stringify(json)))?.milestones).toEqual(
			engagement.milestones,
		);
		const hostile = JSON.parse(
			JSON.stringify(json).replace('"ratings":{', '"ratings":{"__proto__":"met","toString":"x",'),
		) as unknown;
		const ratings = cleanEngagement(hostile)?.milestones[0]?.ratings;
		expect([...(ratings?.keys() ?? [])]).toEqual(['scope-agreed', 'risks-logged']);
		expect(({} as Record<string, unknown>)['met']).toBeUndefined();
	});
});

describe('compareMilestones', () => {
	test('scores each section and overall on both sides, and lists what improved, regressed or stayed short', () => {
		const comparison = compareMilestones(
			sectioned,
			side('OQR day 60', {
				'scope-agreed': 'not-met',
				'risks-logged': 'met',
				'raid-current': 'partly',
				['constructor' as string]: 'na',
			}),
			side('OQR day 120', {
				'scope-agreed': 'partly',
				'risks-logged': 'partly',
				'raid-current': 'partly',
				['constructor' as string]: 'met',
			}),
		);
		expect(
			comparison.sections.map(({ title, before, after }) => [title, before.percent, after.percent]),
		).toEqual([
			['Scope', 50, 50],
			['Risks', 50, 75],
		]);
		expect([comparison.overall.before.percent, comparison.overall.after.percent]).toEqual([50, 63]);
		const ids = (changes: { item: { id: string } }[]) => changes.map(({ item }) => item.id);
		expect(ids(comparison.improved)).toEqual(['scope-agreed']);
		expect(ids(comparison.regressed)).toEqual(['risks-logged']);
		expect(ids(comparison.stillShort)).toEqual(['raid-current']);
	});

	test('an item not rated, or not applicable, on either side moved neither way', () => {
		const comparison = compareMilestones(
			oqr,
			side('A', { 'scope-agreed': 'na' }),
			side('B', { 'scope-agreed': 'met', 'risks-logged': 'not-met' }),
		);
		expect([comparison.improved, comparison.regressed, comparison.stillShort]).toEqual([
			[],
			[],
			[],
		]);
		expect(comparison.overall.before.percent).toBeUndefined();
	});

	test('for any two sides: improved and regressed swap when the sides do, and no item is in two lists', () => {
		const ratings = fc.dictionary(
			fc.constantFrom(...oqr.items.map(({ id }) => id), 'retired-item'),
			fc.constantFrom(...RATINGS),
		);
		fc.assert(
			fc.property(ratings, ratings, (a, b) => {
				const forward = compareMilestones(oqr, side('A', a), side('B', b));
				const backward = compareMilestones(oqr, side('B', b), side('A', a));
				const ids = (changes: { item: { id: string } }[]) => changes.map(({ item }) => item.id);
				expect(ids(forward.improved)).toEqual(ids(backward.regressed));
				expect(ids(forward.stillShort)).toEqual(ids(backward.stillShort));
				const all = [...forward.improved, ...forward.regressed, ...forward.stillShort];
				expect(new Set(ids(all)).size).toBe(all.length);
				expect(forward.overall.before.total).toBe(oqr.items.length);
			}),
		);
	});
});

describe('comparison output', () => {
	test('describeChange gives both scores and the change in points', () => {
		const comparison = compareMilestones(
			oqr,
			side('A', { 'scope-agreed': 'not-met', 'risks-logged': 'met' }),
			side('B', { 'scope-agreed': 'met', 'risks-logged': 'met' }),
		);
		expect(describeChange(comparison.overall.before, comparison.overall.after)).toBe(
			'50% → 100% (+50 points)',
		);
		expect(describeChange(comparison.overall.after, comparison.overall.before)).toBe(
			'100% → 50% (−50 points)',
		);
	});

	test('Markdown has the headline, a row per section and each list, labels escaped', () => {
		const markdown = comparisonMarkdown(
			compareMilestones(
				sectioned,
				side('Day | 60', { 'scope-agreed': 'not-met', 'raid-current': 'partly' }),
				side('Day 120', { 'scope-agreed': 'met', 'raid-current': 'partly' }),
			),
			'Acme',
		);
		expect(markdown).toContain(
			'# Operational quality review: Day \\| 60 (2027-03-01) compared with Day 120 (2027-03-01)',
		);
		expect(markdown).toContain('Acme · overall 25% → 75% (+50 points)');
		expect(markdown).toContain('| Scope | 0% | 100% | +100 points |');
		expect(markdown).toContain('| Risks | 50% | 50% | ±0 points |');
		expect(markdown).toContain('## Improved: 1\n\n- Item scope-agreed: Not met → Met');
		expect(markdown).toContain('## Regressed: 0\n\nNone.');
		expect(markdown).toContain(
			'## Still not met or partly: 1\n\n- Item raid-current: Partly → Partly',
		);
	});
});

describe('gateShortName', () => {
	test('takes the acronym in brackets at the end, else the whole name', () => {
		expect(gateShortName('Delivery Quality Inspection (DQI)')).toBe('DQI');
		expect(gateShortName('Deliverable acceptance')).toBe('Deliverable acceptance');
	});
});
