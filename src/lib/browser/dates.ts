/**
 * Calendar dates as the DQI calculator and the engagement workspace read and show them: strictly
 * `YYYY-MM-DD` within 2000–2100, and written out as "2 June 2026" in every time zone. Its own
 * small module, so that the workspace does not load the calculator's sentences.
 */
import { calendarDay, WRITTEN_DATE } from '../../schemas/calendar-date.ts';

/** The window's first and last day, counted from the start date as day 0. */
export const DQI_WINDOW_DAYS = { opens: 120, last: 365 } as const;

/**
 * The dates the calculator accepts. Anything outside is a typo rather than an engagement: the
 * date picker allows years 0001 to 275760, and a mistyped year (0026 for 2026) would otherwise
 * give a confident, absurd answer. It also keeps clear of `Date.UTC` reading years 0–99 as 19xx.
 */
export const DQI_DATE_RANGE = { first: '2000-01-01', last: '2100-12-31' } as const;

const DAY_MS = 86_400_000;
const [FIRST_DAY, LAST_DAY] = [DQI_DATE_RANGE.first, DQI_DATE_RANGE.last].map(calendarDay) as [
	number,
	number,
];

/** Why a date was refused: missing, not written as YYYY-MM-DD, no such day, or out of range. */
export type DateProblem = 'empty' | 'format' | 'not-a-date' | 'out-of-range';

/** A calendar date as whole days since 1970-01-01, or why the text is not one. */
export type ParsedDate = { ok: true; day: number } | { ok: false; problem: DateProblem };

/** Reads `YYYY-MM-DD` strictly: 2026-02-30, 2026-2-3 and years outside 2000–2100 are refused. */
export function parseCalendarDate(text: string): ParsedDate {
	if (!WRITTEN_DATE.test(text)) return { ok: false, problem: text === '' ? 'empty' : 'format' };
	const day = calendarDay(text);
	if (day === undefined) return { ok: false, problem: 'not-a-date' };
	if (day < FIRST_DAY || day > LAST_DAY) return { ok: false, problem: 'out-of-range' };
	return { ok: true, day };
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * `YYYY-MM-DD` as "2 June 2026". The date is built and formatted in UTC, so it shows the same
 * day in every time zone. Text that is not a date in range is returned as it is.
 */
export function formatLongDate(date: string): string {
	const parsed = parseCalendarDate(date);
	return parsed.ok ? LONG_DATE.format(new Date(parsed.day * DAY_MS)) : date;
}
