/**
 * Calendar dates written `YYYY-MM-DD`: the one reader behind the schemas' date fields, the
 * freshness rules and the DQI calculator, and the one writer of "today". It lives beside the
 * schemas, which check dates with it, so that `src/schemas` depends on nothing in `src/lib`.
 */

const DAY_MS = 86_400_000;
/** How a calendar date is written: `YYYY-MM-DD`, four, two and two digits. */
export const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date written `YYYY-MM-DD` as whole days since 1970-01-01, or undefined when the text is not
 * written that way or names no real day (2026-02-30). Counted in UTC, so the answer never depends
 * on the reader's time zone; `setUTCFullYear` keeps years 0–99 as written, where `Date.UTC` would
 * read them as 19xx.
 */
export function calendarDay(text: string): number | undefined {
	const match = WRITTEN_DATE.exec(text);
	if (!match) return undefined;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
	if (date.getUTCDate() !== day) return undefined;
	return date.getTime() / DAY_MS;
}

/** True when `text` is a real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
	return calendarDay(text) !== undefined;
}

/** A day counted by `calendarDay` written back as `YYYY-MM-DD` (years 0000–9999). */
export function formatCalendarDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * The reader's own calendar date at a moment (`YYYY-MM-DD`), not the UTC one: at 23:30 in
 * Honolulu or 00:30 in Kiritimati it is the date on the reader's clock. An invalid Date gives ''.
 * Exports, print and the DQI calculator show this date.
 */
export function toLocalCalendarDate(moment: Date): string {
	if (Number.isNaN(moment.getTime())) return '';
	return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1, 2)}-${pad(moment.getDate(), 2)}`;
}

/**
 * The UTC calendar date at a moment (`YYYY-MM-DD`), so every build machine agrees on the build's
 * "today", whatever its time zone.
 */
export function toUtcCalendarDate(moment: Date): string {
	return moment.toISOString().slice(0, 10);
}
