import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	BROWSER_SOURCE_LABEL,
	dqiState,
	dqiText,
	gateShortName,
	gateText,
	mostOftenUnmet,
	portfolioRows,
	portfolioSummary,
	UNMET_SHOWN,
	type PortfolioSource,
} from '../../../../src/lib/engagements/portfolio.ts';
import { isOpenAction, shortItems } from '../../../../src/lib/engagements/actions.ts';
import { planEngagement } from '../../../../src/lib/engagements/plan.ts';
import type { EngagementWork } from '../../../../src/lib/engagements/record.ts';
import type { WorkspaceCatalog } from '../../../../src/lib/engagements/types.ts';
import { arbitraryWork, catalog, sampleWork } from './fixtures.ts';

/** The fixture catalog with a DQI gate (no checklist of its own), so rows have a DQI window. */
const withDqi: WorkspaceCatalog = {
	...catalog,
	gates: [
		...catalog.gates,
		{ id: 'dqi', name: 'Delivery Quality Inspection (DQI)', url: '/gates/dqi/' },
	],
};

const arbitraryDay = fc
	.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) })
	.map((time) => new Date(time).toISOString().slice(0, 10));
const arbitrarySource: fc.Arbitrary<PortfolioSource> = fc.record({
	work: arbitraryWork,
	file: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
});

/** A day `days` after `date`. */
const plus = (date: string, days: number) =>
	new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

describe('portfolioRows', () => {
	test('one row per source, in order, labelled by where it came from', () => {
		fc.assert(
			fc.property(fc.array(arbitrarySource, { maxLength: 6 }), arbitraryDay, (sources, today) => {
				const rows = portfolioRows(sources, withDqi, today);
				expect(rows).toHaveLength(sources.length);
				rows.forEach((row, index) => {
					const { work, file } = sources[index]!;
					expect(row).toMatchObject({
						index,
						id: work.engagement.id,
						name: work.engagement.name,
						file,
						source: file ?? BROWSER_SOURCE_LABEL,
						archived: work.engagement.archived,
					});
					expect(row.gates).toHaveLength(withDqi.gates.length);
				});
			}),
		);
	});

	test('the same engagement from this browser and from two files is three rows, never merged', () => {
		const work = sampleWork();
		const rows = portfolioRows(
			[{ work }, { work, file: 'acme.json' }, { work, file: 'acme (1).json' }],
			catalog,
			'2027-03-01',
		);
		expect(rows.map(({ id, source }) => [id, source])).toEqual([
			['eng1', 'This browser'],
			['eng1', 'acme.json'],
			['eng1', 'acme (1).json'],
		]);
	});

	test('a gate with a checklist has its status; one without says so', () => {
		const [row] = portfolioRows([{ work: sampleWork() }], catalog, '2027-03-01');
		// oqr: every required item rated, one partly; csat has no checklist.
		expect(row!.gates).toEqual(['not-met', undefined]);
		expect(row!.gates.map(gateText)).toEqual(['Not met', 'No checklist']);
	});

	test('overdue items are the required items due before today and not ticked, counted independently', () => {
		fc.assert(
			fc.property(arbitraryWork, arbitraryDay, (work, today) => {
				const [row] = portfolioRows([{ work }], catalog, today);
				const plan = planEngagement(work.engagement, catalog);
				let overdue = 0;
				for (const checklist of catalog.checklists)
					for (const item of checklist.items) {
						const due = plan.items.find(
							(entry) => entry.checklist === checklist.id && entry.item === item.id,
						)?.due;
						const ticked = work.runs.get(checklist.id)?.checked.includes(item.id) ?? false;
						// Written YYYY-MM-DD, dates compare as text.
						if (item.required && !ticked && due !== undefined && due < today) overdue += 1;
					}
				expect(row!.overdueItems).toBe(overdue);
			}),
		);
	});

	test('open actions are the items falling short with no decision, plus the decisions still open', () => {
		fc.assert(
			fc.property(arbitraryWork, arbitraryDay, (work, today) => {
				const [row] = portfolioRows([{ work }], catalog, today);
				// In the fixture only `oqr` is a gate's checklist; its window is the first phase.
				const oqr = catalog.checklists.find(({ id }) => id === 'oqr')!;
				const window = planEngagement(work.engagement, catalog).gates.find(
					({ id }) => id === 'oqr',
				)!;
				const short = shortItems(oqr, work, window.end < today);
				const decided = new Map(
					work.engagement.actions
						.filter(({ checklist }) => checklist === 'oqr')
						.filter(({ item }) => oqr.items.some(({ id }) => id === item))
						.map((entry) => [entry.item, entry]),
				);
				const undecided = [...short.keys()].filter((item) => !decided.has(item)).length;
				const openDecisions = [...decided.values()].filter(isOpenAction).length;
				expect(row!.openActions).toBe(undecided + openDecisions);
				expect(row!.overdueActions).toBeLessThanOrEqual(row!.openActions);
				expect(row!.short.toSorted()).toEqual(
					[...short.keys()].map((item) => `oqr/${item}`).toSorted(),
				);
			}),
		);
	});
});

describe('the DQI window', () => {
	const window = { start: '2026-06-30', end: '2027-03-02' };

	test.each([
		['2026-06-18', 'opens', 12, 'Opens in 12 days'],
		['2026-06-29', 'opens', 1, 'Opens in 1 day'],
		['2026-06-30', 'open', 245, 'Open, 245 days left'],
		['2027-03-01', 'open', 1, 'Open, 1 day left'],
		['2027-03-02', 'open', 0, 'Open, last day'],
		['2027-03-03', 'closed', 1, 'Closed 1 day ago'],
		['2027-04-01', 'closed', 30, 'Closed 30 days ago'],
	] as const)('on %s it is %s (%i days): “%s”', (today, state, days, text) => {
		const dqi = dqiState(window, today);
		expect(dqi).toMatchObject({ state, days });
		expect(dqiText(dqi)).toBe(text);
	});

	test('its order follows the days since it opened, and a row without a window says so', () => {
		expect(dqiState(window, '2026-06-20').progress).toBe(-10);
		expect(dqiState(window, '2027-04-01').progress).toBe(275);
		expect(dqiText(undefined)).toBe('—');
		const work = sampleWork();
		const [row] = portfolioRows([{ work }], withDqi, plus(work.engagement.start, 100));
		expect(row!.dqi).toMatchObject({ state: 'opens', days: 20 });
		expect(portfolioRows([{ work }], catalog, '2027-03-01')[0]!.dqi).toBeUndefined();
	});
});

describe('mostOftenUnmet', () => {
	test('counts each item once per engagement, never more than there are engagements, most first', () => {
		fc.assert(
			fc.property(fc.array(arbitrarySource, { maxLength: 8 }), arbitraryDay, (sources, today) => {
				const rows = portfolioRows(sources, catalog, today);
				const { items, more } = mostOftenUnmet(rows, catalog);
				const distinct = new Set(rows.flatMap(({ short }) => short));
				expect(items.length + more).toBe(distinct.size);
				expect(items.length).toBeLessThanOrEqual(UNMET_SHOWN);
				for (const { checklist, item, engagements } of items) {
					expect(engagements).toBeGreaterThan(0);
					expect(engagements).toBeLessThanOrEqual(rows.length);
					const key = `${checklist.id}/${item.id}`;
					expect(engagements).toBe(rows.filter(({ short }) => short.includes(key)).length);
				}
				const counts = items.map(({ engagements }) => engagements);
				expect(counts).toEqual(counts.toSorted((left, right) => right - left));
			}),
		);
	});

	test('lists the ten most often unmet with their checklist and guidance, and counts the rest', () => {
		const items = Array.from({ length: 12 }, (_, index) => ({
			id: `item-${String(index)}`,
			text: `Item ${String(index)}`,
			required: true,
			due: 'phase-exit' as const,
			role: 'Engagement manager',
			guidance: [{ title: 'A playbook', url: '/playbooks/a/' }],
		}));
		const wide: WorkspaceCatalog = {
			...catalog,
			checklists: [{ ...catalog.checklists[1]!, items }],
		};
		// item-11 falls short in three engagements, item-0 in two, the others in one.
		const rows = [
			{ short: items.map(({ id }) => `oqr/${id}`) },
			{ short: ['oqr/item-11', 'oqr/item-0'] },
			{ short: ['oqr/item-11'] },
		];
		const { items: top, more } = mostOftenUnmet(rows, wide);
		expect(top.map(({ item, engagements }) => [item.id, engagements])).toEqual([
			['item-11', 3],
			['item-0', 2],
			...items.slice(1, 9).map(({ id }) => [id, 1]),
		]);
		expect(more).toBe(2);
		expect(top[0]!.checklist.title).toBe('Operational quality review');
		expect(top[0]!.item.guidance).toEqual([{ title: 'A playbook', url: '/playbooks/a/' }]);
	});
});

describe('portfolioSummary and gate names', () => {
	const rowsOf = (works: EngagementWork[]) =>
		portfolioRows(
			works.map((work) => ({ work })),
			catalog,
			'2027-03-01',
		);

	test('sums up what is shown, and says how many of all', () => {
		const rows = rowsOf([sampleWork(), sampleWork()]);
		const [first] = rows;
		const open = first!.openActions;
		expect(portfolioSummary(rows, 2)).toBe(
			`2 engagements · 2 with overdue items · ${String(2 * open)} open actions, ${String(2 * first!.overdueActions)} overdue · 2 gates not met`,
		);
		expect(portfolioSummary(rows.slice(1), 2)).toMatch(/^1 of 2 engagements shown · 1 with/);
		expect(portfolioSummary([], 0)).toBe(
			'0 engagements · 0 with overdue items · 0 open actions, 0 overdue · 0 gates not met',
		);
	});

	test('a gate’s short name is the acronym its name ends with', () => {
		expect(gateShortName('Opportunity Quality Review (OQR)')).toBe('OQR');
		expect(gateShortName('Deliverable acceptance')).toBe('Deliverable acceptance');
	});
});
