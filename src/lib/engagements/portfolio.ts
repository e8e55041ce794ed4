/**
 * The portfolio: many engagements side by side, from this browser and from record files, one row
 * each, with every gate's status, the DQI window, open actions and overdue items; and the items
 * that most often fall short across them. Pure and DOM-free; sorting, filtering and the exports
 * work on these rows (`portfolio-view.ts`, `portfolio-export.ts`).
 */
import { actionKey, improvementPlan, isOpenAction } from './actions.ts';
import { daysBetween, planEngagement } from './plan.ts';
import { gateStatus, GATE_STATUS_LABELS, type GateStatus } from './status.ts';
import type { WorkspaceCatalog, WorkspaceChecklist, WorkspaceItem } from './types.ts';
import type { EngagementWork } from './work.ts';

/** Record files the portfolio page holds at most: those dropped past it are named and skipped. */
export const PORTFOLIO_FILES = 500;

/** How many of the most often unmet items are listed; the rest are counted. */
export const UNMET_SHOWN = 10;

/** An engagement given to the portfolio: kept in this browser, or read from a record file. */
export interface PortfolioSource {
	work: EngagementWork;
	/** The record file's name; undefined for an engagement kept in this browser. */
	file?: string | undefined;
}

/** Where the DQI window stands on a day: opens in `days`, open with `days` left, or closed `days` ago. */
export interface DqiState {
	state: 'opens' | 'open' | 'closed';
	days: number;
	/** Days from the window's first day to today (negative before it): the order of the column. */
	progress: number;
}

/** One engagement's line in the portfolio. */
export interface PortfolioRow {
	/** The source's position in the list given: unique, and stable across sorting and filtering. */
	index: number;
	id: string;
	name: string;
	customer: string;
	/** The record file's name, or undefined for this browser. */
	file: string | undefined;
	/** "This browser" or the file's name, as the page and the exports show it. */
	source: string;
	archived: boolean;
	/** Each gate's status in the catalog's order of gates; undefined for a gate with no checklist. */
	gates: (GateStatus | undefined)[];
	/** Undefined when the catalog has no DQI gate. */
	dqi: DqiState | undefined;
	/** Actions of the improvement plan still open or in progress. */
	openActions: number;
	/** Open actions past their due date. */
	overdueActions: number;
	/** Required items due before today and not ticked. */
	overdueItems: number;
	/** The items that fall short at a gate, as `checklist/item` keys. */
	short: string[];
}

/** The words for where an engagement came from when it is kept in this browser. */
export const BROWSER_SOURCE_LABEL = 'This browser';

/** The catalog's lookups, made once for all the rows. */
interface CatalogIndex {
	checklists: Map<string, WorkspaceChecklist>;
	/** `checklist/item` of every required item. */
	required: Set<string>;
}

function indexCatalog(catalog: WorkspaceCatalog): CatalogIndex {
	const checklists = new Map(catalog.checklists.map((checklist) => [checklist.id, checklist]));
	const required = new Set(
		catalog.checklists.flatMap((checklist) =>
			checklist.items
				.filter((item) => item.required)
				.map((item) => actionKey(checklist.id, item.id)),
		),
	);
	return { checklists, required };
}

/** Where the DQI window stands on `today`, given its first and last days. */
export function dqiState(window: { start: string; end: string }, today: string): DqiState {
	const progress = daysBetween(window.start, today);
	if (progress < 0) return { state: 'opens', days: -progress, progress };
	if (today <= window.end) return { state: 'open', days: daysBetween(today, window.end), progress };
	return { state: 'closed', days: daysBetween(window.end, today), progress };
}

const days = (count: number) => `${String(count)} ${count === 1 ? 'day' : 'days'}`;

/** Where the DQI window stands in two parts: "Opens" and "in 12 days", "Open" and "40 days left". */
export function dqiParts(dqi: DqiState): [state: string, detail: string] {
	if (dqi.state === 'opens') return ['Opens', `in ${days(dqi.days)}`];
	if (dqi.state === 'open') return ['Open', dqi.days === 0 ? 'last day' : `${days(dqi.days)} left`];
	return ['Closed', dqi.days === 0 ? 'today' : `${days(dqi.days)} ago`];
}

/** "Opens in 12 days", "Open, 40 days left", "Open, last day", "Closed 3 days ago", or "—". */
export function dqiText(dqi: DqiState | undefined): string {
	if (!dqi) return '—';
	const [state, detail] = dqiParts(dqi);
	return `${state}${dqi.state === 'open' ? ',' : ''} ${detail}`;
}

/** A gate's short name: the acronym its name ends with ("… (OQR)"), else its name. */
export function gateShortName(name: string): string {
	return /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? name;
}

/** A gate's status in words; "No checklist" for a gate worked through without one. */
export function gateText(status: GateStatus | undefined): string {
	return status ? GATE_STATUS_LABELS[status] : 'No checklist';
}

/** "3", or "3 (1 overdue)". */
export function actionsText(row: Pick<PortfolioRow, 'openActions' | 'overdueActions'>): string {
	const open = String(row.openActions);
	return row.overdueActions > 0 ? `${open} (${String(row.overdueActions)} overdue)` : open;
}

function rowOf(
	{ work, file }: PortfolioSource,
	index: number,
	catalog: WorkspaceCatalog,
	lookup: CatalogIndex,
	today: string,
): PortfolioRow {
	const { engagement, runs, assessments } = work;
	const plan = planEngagement(engagement, catalog);
	const actions = improvementPlan(work, catalog, plan, today);
	const dqiWindow = plan.gates.find(({ id }) => id === 'dqi');
	const ticked = new Map([...runs].map(([id, run]) => [id, new Set(run.checked)]));
	// Plan dates are real days written YYYY-MM-DD, so "due before today" compares them as text:
	// isOverdue's answer without parsing two dates for each of hundreds of items.
	const overdueItems = plan.items.filter(
		(due) =>
			due.due < today &&
			lookup.required.has(actionKey(due.checklist, due.item)) &&
			!ticked.get(due.checklist)?.has(due.item),
	).length;
	return {
		index,
		id: engagement.id,
		name: engagement.name,
		customer: engagement.customer,
		file,
		source: file ?? BROWSER_SOURCE_LABEL,
		archived: engagement.archived,
		gates: catalog.gates.map((gate) => {
			const checklist = gate.checklist ? lookup.checklists.get(gate.checklist) : undefined;
			return checklist
				? gateStatus(checklist, runs.get(checklist.id), assessments.get(checklist.id))
				: undefined;
		}),
		dqi: dqiWindow && dqiState(dqiWindow, today),
		openActions: actions.filter(({ entry }) => isOpenAction(entry)).length,
		overdueActions: actions.filter(({ overdue }) => overdue).length,
		overdueItems,
		short: actions.flatMap((action) =>
			action.because ? [actionKey(action.checklist.id, action.item.id)] : [],
		),
	};
}

/**
 * One row per source, in the order given: an engagement from this browser and the same one from
 * a file, or from two files, are two rows, told apart by their source.
 */
export function portfolioRows(
	sources: readonly PortfolioSource[],
	catalog: WorkspaceCatalog,
	today: string,
): PortfolioRow[] {
	const lookup = indexCatalog(catalog);
	return sources.map((source, index) => rowOf(source, index, catalog, lookup, today));
}

/** An item that falls short at a gate, and in how many of the engagements. */
export interface UnmetItem {
	checklist: WorkspaceChecklist;
	item: WorkspaceItem;
	engagements: number;
}

/** The most often unmet items: the first `UNMET_SHOWN`, and how many more fall short anywhere. */
export interface UnmetSummary {
	items: UnmetItem[];
	more: number;
}

/**
 * The items that fall short in the most of `rows`, most first (then in the catalog's order),
 * each with its checklist and guidance: where the playbooks may need work.
 */
export function mostOftenUnmet(
	rows: readonly Pick<PortfolioRow, 'short'>[],
	catalog: WorkspaceCatalog,
): UnmetSummary {
	const counts = new Map<string, number>();
	for (const row of rows) for (const key of row.short) counts.set(key, (counts.get(key) ?? 0) + 1);
	const ranked = catalog.checklists
		.flatMap((checklist) =>
			checklist.items.flatMap((item) => {
				const engagements = counts.get(actionKey(checklist.id, item.id)) ?? 0;
				return engagements > 0 ? [{ checklist, item, engagements }] : [];
			}),
		)
		// A stable sort: the catalog's order stands among items with the same count.
		.sort((left, right) => right.engagements - left.engagements);
	return { items: ranked.slice(0, UNMET_SHOWN), more: Math.max(0, ranked.length - UNMET_SHOWN) };
}

/** "12 engagements · 3 with overdue items · 7 open actions, 2 overdue · 1 gate not met". */
export function portfolioSummary(shown: readonly PortfolioRow[], total: number): string {
	const count = (value: number, one: string, many: string) =>
		`${String(value)} ${value === 1 ? one : many}`;
	const open = shown.reduce((sum, row) => sum + row.openActions, 0);
	const overdue = shown.reduce((sum, row) => sum + row.overdueActions, 0);
	const notMet = shown.reduce(
		(sum, row) => sum + row.gates.filter((status) => status === 'not-met').length,
		0,
	);
	return [
		shown.length === total
			? count(total, 'engagement', 'engagements')
			: `${String(shown.length)} of ${count(total, 'engagement', 'engagements')} shown`,
		`${String(shown.filter((row) => row.overdueItems > 0).length)} with overdue items`,
		`${count(open, 'open action', 'open actions')}, ${String(overdue)} overdue`,
		count(notMet, 'gate not met', 'gates not met'),
	].join(' · ');
}
