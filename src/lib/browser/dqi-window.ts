/**
 * The Delivery Quality Inspection (DQI) window: the GDF says a DQI is beneficial for teams
 * 120–365 days after project start. Conventions, as a delivery manager counts:
 * - the start date is day 0, so "120 days after project start" is day 120, the start date
 *   plus 120 calendar days;
 * - the window is open from day 120 through day 365, both days included; day 366 is closed.
 *
 * Everything works on calendar dates written as YYYY-MM-DD, counted as whole UTC days, so no
 * result can depend on the reader's time zone or a daylight-saving switch. Only "what is today"
 * is local: `toLocalCalendarDate` (schemas/calendar-date.ts) reads the reader's own calendar day. Parsing never throws.
 */

import { formatCalendarDay } from '../../schemas/calendar-date.ts';
import {
	DQI_WINDOW_DAYS,
	DQI_DATE_RANGE,
	formatLongDate,
	parseCalendarDate,
	type DateProblem,
} from './dates.ts';

export {
	DQI_DATE_RANGE,
	DQI_WINDOW_DAYS,
	formatLongDate,
	parseCalendarDate,
	type DateProblem,
	type ParsedDate,
} from './dates.ts';
import { readStoredRecord } from './stored-record.ts';

/** The localStorage key of the last start date entered; the version lets a new format live beside it. */
export const DQI_STORAGE_KEY = 'pdp:dqi:v1';

/** Where an engagement stands against its DQI window. */
export type DqiWindowState = 'not-open' | 'open' | 'closed';

/** The DQI window of one engagement on one day; every date is `YYYY-MM-DD`. */
export interface DqiWindow {
	start: string;
	today: string;
	/** Days from the start date to today: 0 on the start date, negative before it. */
	daysSinceStart: number;
	state: DqiWindowState;
	/** The window's first day, start + 120 days. */
	opens: string;
	/** The window's last day, start + 365 days; it is closed from the next day on. */
	lastDay: string;
	/** Days from today to the first day: 1 on day 119; 0 once the window has opened. */
	daysUntilOpen: number;
	/** Days after today that the window stays open: 245 on day 120, 0 on the last day or when not open. */
	daysLeft: number;
}

/** The window, or which date was refused and why. */
export type DqiWindowResult =
	{ ok: true; window: DqiWindow } | { ok: false; field: 'start' | 'today'; problem: DateProblem };

/** Works out the DQI window for an engagement start date, judged on `today`; never throws. */
export function assessDqiWindow(start: string, today: string): DqiWindowResult {
	const startDay = parseCalendarDate(start);
	if (!startDay.ok) return { ok: false, field: 'start', problem: startDay.problem };
	const todayDay = parseCalendarDate(today);
	if (!todayDay.ok) return { ok: false, field: 'today', problem: todayDay.problem };
	const daysSinceStart = todayDay.day - startDay.day;
	const { opens, last } = DQI_WINDOW_DAYS;
	const state = daysSinceStart < opens ? 'not-open' : daysSinceStart <= last ? 'open' : 'closed';
	return {
		ok: true,
		window: {
			start,
			today,
			daysSinceStart,
			state,
			opens: formatCalendarDay(startDay.day + opens),
			lastDay: formatCalendarDay(startDay.day + last),
			daysUntilOpen: Math.max(0, opens - daysSinceStart),
			daysLeft: state === 'open' ? last - daysSinceStart : 0,
		},
	};
}

function countDays(count: number): string {
	return `${count} day${count === 1 ? '' : 's'}`;
}

/** The window in one or two sentences, as the calculator shows it. */
export function describeDqiWindow(window: DqiWindow): string {
	const opens = formatLongDate(window.opens);
	const lastDay = formatLongDate(window.lastDay);
	const day = `Day ${window.daysSinceStart} since start`;
	switch (window.state) {
		case 'not-open': {
			const lead =
				window.daysSinceStart < 0
					? `The engagement starts on ${formatLongDate(window.start)}, in ${countDays(-window.daysSinceStart)}`
					: day;
			return `${lead}: the DQI window is not open yet. It opens on ${opens}, in ${countDays(window.daysUntilOpen)}, and its last day is ${lastDay}.`;
		}
		case 'open':
			return window.daysLeft === 0
				? `${day}: the DQI window is open, and today is its last day. It opened on ${opens}.`
				: `${day}: the DQI window is open. It opened on ${opens}; its last day is ${lastDay}, ${countDays(window.daysLeft)} from today.`;
		case 'closed':
			return `${day}: the DQI window has closed. It was open from ${opens} to ${lastDay}.`;
	}
}

const FIELD_NAMES = { start: 'The engagement start date', today: 'The date to check' } as const;

/** What to tell the reader about a refused date. */
export function describeDateProblem(field: 'start' | 'today', problem: DateProblem): string {
	const name = FIELD_NAMES[field];
	switch (problem) {
		case 'empty':
			return field === 'start'
				? 'Enter the engagement start date to see where it stands in the DQI window.'
				: 'Enter the date to check.';
		case 'format':
			return `${name} is incomplete or not a date written as YYYY-MM-DD.`;
		case 'not-a-date':
			return `${name} is not a real calendar date: check the day and the month.`;
		case 'out-of-range':
			return `${name} must be between ${formatLongDate(DQI_DATE_RANGE.first)} and ${formatLongDate(DQI_DATE_RANGE.last)}.`;
	}
}

/** A start date read back from storage: none saved, a valid date, or something not ours. */
export type SavedStart = { kind: 'none' } | { kind: 'start'; start: string } | { kind: 'corrupt' };

/** The stored form of a start date. */
export function encodeSavedStart(start: string): string {
	return JSON.stringify({ start });
}

/** Reads a stored start date back; never throws, and keeps only a valid date in range. */
export function decodeSavedStart(raw: string | null): SavedStart {
	// A stored date is about 20 characters; anything much longer was not written by us.
	const stored = readStoredRecord(raw, 200);
	if (stored.kind !== 'record') return stored;
	const start: unknown = Reflect.get(stored.record, 'start');
	return typeof start === 'string' && parseCalendarDate(start).ok
		? { kind: 'start', start }
		: { kind: 'corrupt' };
}
