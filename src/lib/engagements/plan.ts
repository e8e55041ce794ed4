/**
 * An engagement's dates: its phases (computed, or as the reader moved them), when each checklist
 * item falls due, the gates' windows and the milestones. Pure and DOM-free; dates are
 * `YYYY-MM-DD` counted as whole UTC days (`calendarDay`), so no answer depends on a time zone.
 * The inputs are dates as the store keeps them (real days in 2000–2100, the end after the start).
 */
import { calendarDay, formatCalendarDay } from '../../schemas/calendar-date.ts';
import { DQI_WINDOW_DAYS } from '../browser/dates.ts';
import type { DateSpan, DuePoint, Engagement, WorkspaceCatalog } from './types.ts';

/** A phase with its dates; `moved` when the reader set them (the engagement's `phaseDates` has it). */
export interface PhasePlan {
	id: string;
	title: string;
	start: string;
	end: string;
	moved: boolean;
}

/** When one checklist item falls due; `from` is an ongoing item's first day. */
export interface ItemDue {
	checklist: string;
	item: string;
	point: DuePoint;
	due: string;
	from?: string;
}

/** The days a gate is held in, with the rule behind them in one sentence a reader sees. */
export interface GateWindow {
	id: string;
	name: string;
	url: string;
	start: string;
	end: string;
	rule: string;
}

/** A single day worth marking: the SOW signed, the start, a phase starting, the planned end. */
export interface Milestone {
	id: string;
	title: string;
	date: string;
}

/** Everything dated in one engagement, each list sorted by date. */
export interface EngagementPlan {
	phases: PhasePlan[];
	items: ItemDue[];
	gates: GateWindow[];
	milestones: Milestone[];
}

/** Days of Sales to Delivery before the start; the SOW is signed on its last day. */
export const S2D_DAYS = 42;
/** Days the second phase (Launch) and the last (Close) take on an engagement of 84 days or more. */
export const EDGE_PHASE_DAYS = 28;

// The store keeps only real dates in range; a non-date would reach formatCalendarDay as NaN and throw.
const dayOf = (date: string): number => calendarDay(date) ?? Number.NaN;
const dateOf = (day: number): string => formatCalendarDay(day);

/** Day counts for `count` phases sharing `days` days, in order; 0 only for phases past the last day. */
function splitDays(days: number, count: number): number[] {
	if (count === 1) return [days];
	// Fewer days than phases: one day each while they last; the later phases share the last day.
	if (days < count) return Array.from({ length: count }, (_, index) => (index < days ? 1 : 0));
	const middle = count - 2;
	const edge =
		days >= EDGE_PHASE_DAYS * 3 && days - 2 * EDGE_PHASE_DAYS >= middle
			? EDGE_PHASE_DAYS
			: Math.max(1, Math.min(Math.floor(days / 5), Math.floor((days - middle) / 2)));
	// With no middle phase, the second runs until the last one's days begin.
	if (middle === 0) return [days - edge, edge];
	const rest = days - 2 * edge;
	const share = Math.floor(rest / middle);
	const middles = Array.from(
		{ length: middle },
		(_, index) => share + (index < rest % middle ? 1 : 0),
	);
	return [edge, ...middles, edge];
}

/**
 * The phases' computed dates, by position: the first (S2D) is the 42 days before `start`; the
 * others split `start`…`end`, the second and the last taking 28 days each (20 % each under
 * 84 days), the middle ones sharing the rest. Contiguous, never overlapping, each at least one
 * day; only when there are fewer days than phases do the later phases share the last day.
 */
export function defaultPhaseDates(
	start: string,
	end: string,
	phaseIds: readonly string[],
): Map<string, DateSpan> {
	const spans = new Map<string, DateSpan>();
	const [first, ...rest] = phaseIds;
	const startDay = dayOf(start);
	if (first === undefined) return spans;
	spans.set(first, { start: dateOf(startDay - S2D_DAYS), end: dateOf(startDay - 1) });
	if (rest.length === 0) return spans;
	const endDay = Math.max(startDay, dayOf(end));
	const lengths = splitDays(endDay - startDay + 1, rest.length);
	let next = startDay;
	rest.forEach((id, index) => {
		const length = lengths[index] ?? 0;
		const from = Math.min(next, endDay);
		spans.set(id, { start: dateOf(from), end: dateOf(Math.max(from, next + length - 1)) });
		next += length;
	});
	return spans;
}

/** An item's due date within its checklist's span; `from` only for ongoing items. */
export function dueDate(point: DuePoint, span: DateSpan): { due: string; from?: string } {
	const start = dayOf(span.start);
	const end = dayOf(span.end);
	switch (point) {
		case 'before-phase':
			return { due: dateOf(start - 1) };
		case 'phase-start':
			return { due: span.start };
		case 'first-two-weeks':
			return { due: dateOf(Math.min(start + 13, end)) };
		case 'ongoing':
			return { due: span.end, from: span.start };
		case 'before-exit':
			return { due: dateOf(Math.max(start, end - 7)) };
		case 'phase-exit':
			return { due: span.end };
	}
}

type GateDates = Omit<GateWindow, 'id' | 'name' | 'url'>;
type GateContext = { first: PhasePlan | undefined; last: PhasePlan | undefined; start: number };

/** How each gate's window is found; a gate tied to a phase the catalog lacks gets none. */
const GATE_RULES: Record<string, (context: GateContext) => GateDates | undefined> = {
	oqr: ({ first }) =>
		first && {
			...spanOf(first),
			rule: `During technical validation in ${first.title}, before the proposal and the SOW`,
		},
	pesa: ({ first }) =>
		first && { ...spanOf(first), rule: `In ${first.title}, before the SOW is signed` },
	dqi: ({ start }) => ({
		start: dateOf(start + DQI_WINDOW_DAYS.opens),
		end: dateOf(start + DQI_WINDOW_DAYS.last),
		rule: `Day ${DQI_WINDOW_DAYS.opens} to day ${DQI_WINDOW_DAYS.last} after the start`,
	}),
	'deliverable-acceptance': ({ last }) =>
		last && {
			...spanOf(last),
			rule: `At close, during ${last.title}, before the deliverables are handed over`,
		},
	csat: ({ last }) => last && { ...spanOf(last), rule: `At close, during ${last.title}` },
};

const spanOf = (span: DateSpan): DateSpan => ({ start: span.start, end: span.end });
const byDate =
	<T>(dateOfEntry: (entry: T) => string) =>
	(a: T, b: T) =>
		dateOfEntry(a) < dateOfEntry(b) ? -1 : dateOfEntry(a) > dateOfEntry(b) ? 1 : 0;

/** The span an item's due point counts in: its checklist's first known phase's start to its last's end. */
function checklistSpan(phaseIds: readonly string[], phases: ReadonlyMap<string, PhasePlan>) {
	const known = phaseIds.flatMap((id) => phases.get(id) ?? []);
	const [first, last] = [known[0], known.at(-1)];
	if (!first || !last) return undefined;
	// A phase moved before an earlier one must not give an item a due date before its span opens.
	return { start: first.start, end: last.end < first.start ? first.start : last.end };
}

/** The engagement's phases, item due dates, gate windows and milestones; never throws. */
export function planEngagement(
	engagement: Pick<Engagement, 'start' | 'end' | 'phaseDates'>,
	catalog: WorkspaceCatalog,
): EngagementPlan {
	const defaults = defaultPhaseDates(
		engagement.start,
		engagement.end,
		catalog.phases.map((phase) => phase.id),
	);
	const phases = catalog.phases.map((phase): PhasePlan => {
		const moved = engagement.phaseDates.get(phase.id);
		const span = moved ??
			defaults.get(phase.id) ?? { start: engagement.start, end: engagement.end };
		return { id: phase.id, title: phase.title, ...spanOf(span), moved: moved !== undefined };
	});
	const byId = new Map(phases.map((phase) => [phase.id, phase]));

	const items = catalog.checklists
		.flatMap((checklist) => {
			const span = checklistSpan(checklist.phases, byId);
			if (!span) return [];
			// Each due point once per checklist: the portfolio plans hundreds of engagements at a time.
			const dates = new Map<DuePoint, ReturnType<typeof dueDate>>();
			return checklist.items.map((item): ItemDue => {
				const due = dates.get(item.due) ?? dueDate(item.due, span);
				dates.set(item.due, due);
				return { checklist: checklist.id, item: item.id, point: item.due, ...due };
			});
		})
		// Array.prototype.sort is stable: equal dates keep catalog, then item order.
		.sort(byDate((entry) => entry.due));

	const [first, last] = [phases[0], phases.at(-1)];
	const start = dayOf(engagement.start);
	const gates = catalog.gates
		.flatMap((gate): GateWindow[] => {
			// hasOwn: a gate id such as `constructor` must not reach Object.prototype.
			const dates = Object.hasOwn(GATE_RULES, gate.id)
				? GATE_RULES[gate.id]?.({ first, last, start })
				: undefined;
			return dates ? [{ id: gate.id, name: gate.name, url: gate.url, ...dates }] : [];
		})
		.sort(byDate((gate) => gate.start));

	const milestones: Milestone[] = [
		...(first ? [{ id: 'sow-signature', title: 'SOW signed', date: first.end }] : []),
		{ id: 'start', title: 'Engagement starts', date: engagement.start },
		...phases.slice(2).map((phase) => ({
			id: `${phase.id}-start`,
			title: `${phase.title} starts`,
			date: phase.start,
		})),
		{ id: 'end', title: 'Planned end', date: engagement.end },
	].sort(byDate((milestone) => milestone.date));

	return { phases, items, gates, milestones };
}

/** Days from `a` to `b`: 1 from a day to the next, negative when `b` is earlier; NaN for a non-date. */
export function daysBetween(a: string, b: string): number {
	return dayOf(b) - dayOf(a);
}

/** True when `due` is strictly before `today`: an item due today is not overdue yet. */
export function isOverdue(due: string, today: string): boolean {
	return daysBetween(due, today) > 0;
}
