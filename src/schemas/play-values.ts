/**
 * The values of a playbook's play facts without their schema: durations in minutes, the
 * difficulties and a range of people. Free of zod, like calendar-date.ts, so the catalog's browser
 * script can use them without the schema library.
 */

/** How hard a play is to run well. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/** One difficulty. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Minutes in each unit a duration may be written in, largest first. */
export const DURATION_UNITS = { w: 2400, d: 480, h: 60, m: 1 } as const;

// Whole numbers with units, largest unit first, each once: "2w", "1d4h", "1h 30m".
const WRITTEN_DURATION = /^(?:(\d{1,3})w)? ?(?:(\d{1,3})d)? ?(?:(\d{1,4})h)? ?(?:(\d{1,5})m)?$/;

/** A duration written `1h30m` (units w, d, h, m) in minutes, or undefined when it is not one. */
export function readDuration(text: string): number | undefined {
	const match = WRITTEN_DURATION.exec(text.trim());
	if (!match || match.slice(1).every((part) => part === undefined)) return undefined;
	const [weeks = 0, days = 0, hours = 0, minutes = 0] = match
		.slice(1)
		.map((part) => Number(part ?? 0));
	return weeks * DURATION_UNITS.w + days * DURATION_UNITS.d + hours * DURATION_UNITS.h + minutes;
}

/** The people a play involves: at least `min`, at most `max` (null: no upper bound). */
export interface PeopleRange {
	min: number;
	max: number | null;
}
