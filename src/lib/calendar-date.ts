/** Calendar dates (`YYYY-MM-DD`) as a reader's own clock shows them. */

/**
 * The reader's own calendar date at a moment (`YYYY-MM-DD`), not the UTC one: at 23:30 in
 * Honolulu or 00:30 in Kiritimati it is the date on the reader's clock. An invalid Date gives ''.
 */
export function toLocalCalendarDate(moment: Date): string {
	if (Number.isNaN(moment.getTime())) return '';
	const pad = (value: number, width: number) => String(value).padStart(width, '0');
	return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1, 2)}-${pad(moment.getDate(), 2)}`;
}
