/**
 * How the portfolio's rows are ordered and narrowed: sorting by any column either way, and
 * filtering by text, gate status, overdue items and archiving. Pure; the rows are never changed.
 */
import type { PortfolioRow } from './portfolio.ts';
import type { GateStatus } from './status.ts';

/** A column the matrix sorts by; a gate's column is `gate:<index>` in the catalog's order of gates. */
export type PortfolioColumn =
	'name' | 'customer' | 'source' | 'dqi' | 'actions' | 'overdue' | `gate:${number}`;

/** A sort: the column and its direction. */
export interface PortfolioSort {
	column: PortfolioColumn;
	descending: boolean;
}

/** What the portfolio shows at first: by name, A to Z. */
export const DEFAULT_SORT: PortfolioSort = { column: 'name', descending: false };

/** The columns that count things: a first click sorts them most first. */
export const COUNT_COLUMNS: ReadonlySet<PortfolioColumn> = new Set(['actions', 'overdue']);

/** Gates in the order that needs attention: not met first, met last. */
const STATUS_ORDER: Record<GateStatus, number> = {
	'not-met': 0,
	'in-progress': 1,
	'not-started': 2,
	met: 3,
};

/** Names compared as people read them: case and accents aside, "Phase 2" before "Phase 10". */
export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A row's value in a column: text, a number, or undefined (no value, always last). */
export function sortValue(row: PortfolioRow, column: PortfolioColumn): string | number | undefined {
	switch (column) {
		case 'name':
			return row.name;
		case 'customer':
			return row.customer || undefined;
		case 'source':
			return row.source;
		case 'dqi':
			return row.dqi?.progress;
		case 'actions':
			return row.openActions;
		case 'overdue':
			return row.overdueItems;
		default: {
			const status = row.gates[Number(column.slice('gate:'.length))];
			return status && STATUS_ORDER[status];
		}
	}
}

/** Compares two values of one column: undefined last, text by the collator, numbers by size. */
export function compareValues(
	left: string | number | undefined,
	right: string | number | undefined,
): number {
	if (left === undefined || right === undefined)
		return left === right ? 0 : left === undefined ? 1 : -1;
	if (typeof left === 'number' && typeof right === 'number') return left - right;
	return collator.compare(String(left), String(right));
}

/**
 * The rows in the sort's order, a new array. Rows without a value in the column come last either
 * way; ties go by name (A to Z), then by their order in the portfolio.
 */
export function sortRows(rows: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
	const sign = sort.descending ? -1 : 1;
	const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.column) }));
	keyed.sort((left, right) => {
		const missing = (left.value === undefined ? 1 : 0) - (right.value === undefined ? 1 : 0);
		return (
			missing ||
			sign * compareValues(left.value, right.value) ||
			collator.compare(left.row.name, right.row.name) ||
			left.row.index - right.row.index
		);
	});
	return keyed.map(({ row }) => row);
}

/** The sort a click on a column's header asks for: the other way round, or a fresh column. */
export function nextSort(current: PortfolioSort, column: PortfolioColumn): PortfolioSort {
	if (current.column === column) return { column, descending: !current.descending };
	return { column, descending: COUNT_COLUMNS.has(column) };
}

/** What the reader narrowed the portfolio to. */
export interface PortfolioFilter {
	/** Words found in the name, the customer or the source (a file's name), any case. */
	text: string;
	/** A gate's index in the catalog's order, or undefined for any gate. */
	gate: number | undefined;
	/** The status that gate (or, with no gate chosen, any gate) must have; undefined for any. */
	status: GateStatus | undefined;
	/** Only engagements with overdue items. */
	overdueOnly: boolean;
	/** Archived engagements shown too. */
	archived: boolean;
}

/** Everything shown but the archived engagements. */
export const NO_FILTER: PortfolioFilter = {
	text: '',
	gate: undefined,
	status: undefined,
	overdueOnly: false,
	archived: false,
};

/** True when a row passes every part of the filter. */
export function matchesFilter(row: PortfolioRow, filter: PortfolioFilter): boolean {
	if (row.archived && !filter.archived) return false;
	if (filter.overdueOnly && row.overdueItems === 0) return false;
	if (filter.status) {
		const statuses = filter.gate === undefined ? row.gates : [row.gates[filter.gate]];
		if (!statuses.includes(filter.status)) return false;
	}
	const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	const haystack = `${row.name}\n${row.customer}\n${row.source}`.toLocaleLowerCase();
	return words.every((word) => haystack.includes(word));
}

/** The rows that pass the filter, in their order. */
export function filterRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
	return rows.filter((row) => matchesFilter(row, filter));
}
