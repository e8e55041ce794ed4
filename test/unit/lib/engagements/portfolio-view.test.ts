import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PortfolioRow } from '../../../../src/lib/engagements/portfolio.ts';
import {
	filterRows,
	nextSort,
	sortRows,
	sortValue,
	type PortfolioColumn,
	type PortfolioFilter,
} from '../../../../src/lib/engagements/portfolio-view.ts';
import type { GateStatus } from '../../../../src/lib/engagements/status.ts';

const STATUSES: GateStatus[] = ['not-started', 'in-progress', 'met', 'not-met'];
const GATES = 3;

/** Rows as the portfolio makes them, from a few names so that ties and case differences occur. */
const arbitraryRows: fc.Arbitrary<PortfolioRow[]> = fc
	.array(
		fc.record({
			name: fc.constantFrom('Acme', 'acme', 'Beta 10', 'Beta 2', 'Zeta', 'Émile', 'a|b'),
			customer: fc.constantFrom('', 'Globex', 'Initech', 'ACME LTD'),
			file: fc.option(fc.constantFrom('a.json', 'b.json', 'Acme export.json'), { nil: undefined }),
			archived: fc.boolean(),
			gates: fc.array(fc.option(fc.constantFrom(...STATUSES), { nil: undefined }), {
				minLength: GATES,
				maxLength: GATES,
			}),
			dqi: fc.option(
				fc.integer({ min: -400, max: 400 }).map((progress) => ({
					state: progress < 0 ? ('opens' as const) : ('open' as const),
					days: Math.abs(progress),
					progress,
				})),
				{ nil: undefined },
			),
			openActions: fc.nat(20),
			overdueActions: fc.nat(5),
			overdueItems: fc.nat(3),
		}),
		{ maxLength: 25 },
	)
	.map((rows) =>
		rows.map((row, index): PortfolioRow => ({
			...row,
			index,
			id: `e${String(index)}`,
			source: row.file ?? 'This browser',
			short: [],
		})),
	);

const arbitraryColumn: fc.Arbitrary<PortfolioColumn> = fc.constantFrom(
	'name',
	'customer',
	'source',
	'dqi',
	'actions',
	'overdue',
	'gate:0',
	'gate:1',
	'gate:2',
);

const arbitraryFilter: fc.Arbitrary<PortfolioFilter> = fc.record({
	text: fc.constantFrom('', 'acme', 'ACME', 'beta 1', 'json', 'this browser', 'nothing', ' '),
	gate: fc.option(fc.integer({ min: 0, max: GATES - 1 }), { nil: undefined }),
	status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
	overdueOnly: fc.boolean(),
	archived: fc.boolean(),
});

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

describe('sortRows', () => {
	test('is a permutation, ordered by the column either way, missing values last, ties by name then place', () => {
		fc.assert(
			fc.property(arbitraryRows, arbitraryColumn, fc.boolean(), (rows, column, descending) => {
				const sorted = sortRows(rows, { column, descending });
				expect(sorted.map(({ index }) => index).toSorted((a, b) => a - b)).toEqual(
					rows.map(({ index }) => index),
				);
				for (let place = 1; place < sorted.length; place++) {
					const [left, right] = [sorted[place - 1]!, sorted[place]!];
					const [a, b] = [sortValue(left, column), sortValue(right, column)];
					if (a === undefined) {
						expect(b).toBeUndefined();
					} else if (b !== undefined) {
						const order =
							typeof a === 'number' && typeof b === 'number'
								? a - b
								: collator.compare(String(a), String(b));
						expect(descending ? -order : order).toBeLessThanOrEqual(0);
						if (order === 0) {
							const byName = collator.compare(left.name, right.name);
							expect(byName).toBeLessThanOrEqual(0);
							if (byName === 0) expect(left.index).toBeLessThan(right.index);
						}
					}
				}
			}),
		);
	});

	test('reads names as people do and leaves the rows given as they were', () => {
		const rows = fc.sample(arbitraryRows, { seed: 7, numRuns: 1 })[0]!;
		const before = rows.map(({ index }) => index);
		sortRows(rows, { column: 'name', descending: true });
		expect(rows.map(({ index }) => index)).toEqual(before);
		const named = ['Beta 10', 'beta 2', 'Alpha'].map((name, index) => ({
			...rows[0]!,
			name,
			index,
		}));
		expect(sortRows(named, { column: 'name', descending: false }).map(({ name }) => name)).toEqual([
			'Alpha',
			'beta 2',
			'Beta 10',
		]);
	});

	test('gates sort by the attention they need: not met first, then in progress, not started, met', () => {
		const statuses: (GateStatus | undefined)[] = [
			'met',
			undefined,
			'not-started',
			'not-met',
			'in-progress',
		];
		const rows = statuses.map((status, index) => ({
			...fc.sample(
				arbitraryRows.filter((list) => list.length > 0),
				{ seed: 1, numRuns: 1 },
			)[0]![0]!,
			index,
			name: `E${String(index)}`,
			gates: [status, undefined, undefined],
		}));
		expect(
			sortRows(rows, { column: 'gate:0', descending: false }).map(({ gates }) => gates[0]),
		).toEqual(['not-met', 'in-progress', 'not-started', 'met', undefined]);
	});
});

describe('nextSort', () => {
	test('a click on the sorted column turns it round; a new column starts A to Z, or most first for counts', () => {
		expect(nextSort({ column: 'name', descending: false }, 'name')).toEqual({
			column: 'name',
			descending: true,
		});
		expect(nextSort({ column: 'name', descending: true }, 'gate:1')).toEqual({
			column: 'gate:1',
			descending: false,
		});
		expect(nextSort({ column: 'name', descending: false }, 'overdue')).toEqual({
			column: 'overdue',
			descending: true,
		});
	});
});

describe('filterRows', () => {
	test('keeps, in order, exactly the rows that pass every part of the filter', () => {
		fc.assert(
			fc.property(arbitraryRows, arbitraryFilter, (rows, filter) => {
				const kept = filterRows(rows, filter);
				const passes = (row: PortfolioRow) => {
					const words = filter.text.toLowerCase().split(' ').filter(Boolean);
					const text = [row.name, row.customer, row.source].join(' ').toLowerCase();
					const gates = filter.gate === undefined ? row.gates : [row.gates[filter.gate]];
					return (
						(filter.archived || !row.archived) &&
						(!filter.overdueOnly || row.overdueItems > 0) &&
						(!filter.status || gates.includes(filter.status)) &&
						words.every((word) => text.includes(word))
					);
				};
				expect(kept).toEqual(rows.filter(passes));
				for (const row of kept) expect(rows).toContain(row);
			}),
		);
	});

	test('a status with no gate chosen matches any gate; archived rows need asking for', () => {
		const [row] = fc.sample(
			arbitraryRows.filter((list) => list.length > 0),
			{ seed: 3, numRuns: 1 },
		)[0]!;
		const base: PortfolioFilter = {
			text: '',
			gate: undefined,
			status: 'not-met',
			overdueOnly: false,
			archived: true,
		};
		const shown: PortfolioRow = { ...row!, archived: false, gates: ['met', 'not-met', undefined] };
		expect(filterRows([shown], base)).toHaveLength(1);
		expect(filterRows([shown], { ...base, gate: 0 })).toHaveLength(0);
		expect(filterRows([{ ...shown, archived: true }], { ...base, archived: false })).toHaveLength(
			0,
		);
	});
});
