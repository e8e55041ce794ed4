/**
 * A phase's dates as the reader moves them on the engagement page: checked before they are kept.
 * Its own module, loaded with the page's forms, not with the page.
 */
import { DQI_DATE_RANGE, formatLongDate, parseCalendarDate } from '../browser/dates.ts';
import type { DateSpan } from './types.ts';

/** A phase's dates as the reader moved them, or what to fix, naming the field. */
export type PhaseSpanResult =
	{ ok: true; span: DateSpan } | { ok: false; field: 'start' | 'end'; message: string };

const RANGE = `between ${formatLongDate(DQI_DATE_RANGE.first)} and ${formatLongDate(DQI_DATE_RANGE.last)}`;

/** Checks a phase's start and end: real days in 2000–2100 written YYYY-MM-DD, the start not after the end. */
export function validatePhaseSpan(start: string, end: string): PhaseSpanResult {
	for (const [field, text] of [
		['start', start],
		['end', end],
	] as const) {
		const parsed = parseCalendarDate(text);
		if (parsed.ok) continue;
		const name = `The phase ${field} date`;
		const message = {
			empty: `Enter the phase ${field} date.`,
			format: `${name} is incomplete or not a date written as YYYY-MM-DD.`,
			'not-a-date': `${name} is not a real calendar date: check the day and the month.`,
			'out-of-range': `${name} must be ${RANGE}.`,
		}[parsed.problem];
		return { ok: false, field, message };
	}
	if (end < start)
		return {
			ok: false,
			field: 'end',
			message: `The phase end date is before its start: choose ${formatLongDate(start)} or later.`,
		};
	return { ok: true, span: { start, end } };
}
