/**
 * Where things stand on an engagement's timeline, as the page's SVG draws it: pure data in
 * percent of the whole span, no DOM. The span runs from the earliest date in the plan (the S2D
 * phase) to the latest (often the DQI window, past the planned end).
 */
import { calendarDay, formatCalendarDay } from '../../schemas/calendar-date.ts';
import type { EngagementPlan } from './plan.ts';

/** One bar (phase, gate window) or mark (milestone) on the timeline. */
export interface TimelineRow {
	id: string;
	label: string;
	kind: 'phase' | 'gate' | 'milestone';
	start: string;
	end: string;
	/** Where it starts, in percent of the whole span (0–100). */
	x: number;
	/** How long it runs, in percent of the whole span; 0 for a milestone. */
	width: number;
	/** Relative to today: over, running today, or still to come. */
	state: 'past' | 'current' | 'future';
}

/** A month boundary on the axis. */
export interface TimelineTick {
	x: number;
	/** "Jan 2027". */
	label: string;
}

/** The whole timeline: phases, then gate windows, then milestones. */
export interface TimelineLayout {
	rows: TimelineRow[];
	/** The earliest and the latest day shown. */
	first: string;
	last: string;
	/** Where today falls, in percent; undefined when today is outside the span. */
	today: number | undefined;
	ticks: TimelineTick[];
}

/** Ticks the axis carries at most. */
export const MAX_TICKS = 12;

// Fixed English names: Intl's short months differ between ICU versions ("Sep" / "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Steps that keep ticks on the quarter and half-year boundaries a reader expects.
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];
const DAY_MS = 86_400_000;
const dayOf = (date: string): number => calendarDay(date) ?? Number.NaN;

/** Month ticks from `firstDay` to `lastDay`, thinned to every 2nd, 3rd… month so at most 12 remain. */
function monthTicks(firstDay: number, lastDay: number, percentOf: (day: number) => number) {
	const monthIndex = (day: number) => {
		const date = new Date(day * DAY_MS);
		return date.getUTCFullYear() * 12 + date.getUTCMonth();
	};
	const [from, to] = [monthIndex(firstDay), monthIndex(lastDay)];
	const months = to - from + 1;
	const needed = Math.ceil(months / MAX_TICKS);
	const step = MONTH_STEPS.find((candidate) => candidate >= needed) ?? Math.ceil(needed / 12) * 12;
	const ticks: TimelineTick[] = [];
	for (let index = from; index <= to; index += 1) {
		if (index % step !== 0) continue;
		const [year, month] = [Math.floor(index / 12), index % 12];
		const day = Date.UTC(year, month, 1) / DAY_MS;
		if (day < firstDay || day > lastDay) continue;
		ticks.push({ x: percentOf(day), label: `${MONTHS[month] ?? ''} ${year}` });
	}
	return ticks;
}

/** Lays out the plan for the timeline, judged on `today` (`YYYY-MM-DD`). */
export function layoutTimeline(plan: EngagementPlan, today: string): TimelineLayout {
	const entries = [
		...plan.phases.map((phase) => ({ kind: 'phase' as const, label: phase.title, ...phase })),
		...plan.gates.map((gate) => ({ kind: 'gate' as const, label: gate.name, ...gate })),
		...plan.milestones.map((milestone) => ({
			kind: 'milestone' as const,
			id: milestone.id,
			label: milestone.title,
			start: milestone.date,
			end: milestone.date,
		})),
	];
	const starts = entries.map((entry) => dayOf(entry.start));
	const ends = entries.map((entry) => dayOf(entry.end));
	const firstDay = entries.length ? Math.min(...starts) : dayOf(today);
	const lastDay = entries.length ? Math.max(...ends) : dayOf(today);
	// Days are slots: a one-day span still has width, and the last day ends at 100 %.
	const total = lastDay - firstDay + 1;
	const percentOf = (day: number) => ((day - firstDay) / total) * 100;
	const todayDay = dayOf(today);

	const rows = entries.map((entry, index): TimelineRow => {
		const [start, end] = [starts[index] ?? Number.NaN, ends[index] ?? Number.NaN];
		return {
			id: entry.id,
			label: entry.label,
			kind: entry.kind,
			start: entry.start,
			end: entry.end,
			x: percentOf(start),
			width: entry.kind === 'milestone' ? 0 : ((end - start + 1) / total) * 100,
			state: end < todayDay ? 'past' : start > todayDay ? 'future' : 'current',
		};
	});
	return {
		rows,
		first: entries.length ? formatCalendarDay(firstDay) : today,
		last: entries.length ? formatCalendarDay(lastDay) : today,
		today: todayDay >= firstDay && todayDay <= lastDay ? percentOf(todayDay) : undefined,
		ticks: monthTicks(firstDay, lastDay, percentOf),
	};
}
