// One module per function: the package root loads all of date-fns, seconds on a busy machine.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { differenceInYears } from 'date-fns/differenceInYears';
import { format } from 'date-fns/format';
import { parse } from 'date-fns/parse';
import { isCalendarDate } from '../../schemas/calendar-date.ts';

/** How many days before its review date an entry counts as due soon. */
export const DUE_SOON_DAYS = 30;

/** Where an entry stands against its review date. */
export type FreshnessState = 'fresh' | 'due-soon' | 'overdue';

/** What the freshness rules need: all dates are calendar dates written as YYYY-MM-DD. */
export interface FreshnessInput {
	/** The date the owner last confirmed the entry. */
	lastReviewed: string;
	/** Days allowed between reviews. */
	reviewEveryDays: number;
	/** The date to judge against; passed in so the rules never read the clock. */
	today: string;
}

/** An entry's review status on a given day. */
export interface Freshness {
	/** The date the next review falls due (YYYY-MM-DD). */
	reviewDue: string;
	/** Days from today to the due date; 0 when due today, negative when overdue. */
	daysUntilDue: number;
	state: FreshnessState;
	/** How long ago the last review was: "today", "3 days ago", "14 months ago". */
	reviewedAgo: string;
	/** The same as a phrase for readers: "last reviewed 14 months ago". */
	reviewedPhrase: string;
}

const DATE_FORMAT = 'yyyy-MM-dd';

/**
 * A calendar date as a local Date at noon. date-fns works in local time; reading and writing
 * only calendar fields keeps every result the same in any time zone, and noon stays clear of
 * the daylight-saving jumps that some zones make at midnight.
 */
function readCalendarDate(text: string, field: string): Date {
	if (!isCalendarDate(text)) {
		throw new RangeError(`${field} "${text}" is not a real calendar date written as YYYY-MM-DD`);
	}
	return parse(`${text} 12`, `${DATE_FORMAT} HH`, new Date(2000, 0, 1));
}

/** Works out when an entry's review falls due and whether it is fresh, due soon or overdue. */
export function assessFreshness({
	lastReviewed,
	reviewEveryDays,
	today,
}: FreshnessInput): Freshness {
	if (!Number.isInteger(reviewEveryDays) || reviewEveryDays < 1) {
		throw new RangeError(`reviewEveryDays must be a positive whole number, not ${reviewEveryDays}`);
	}
	const reviewed = readCalendarDate(lastReviewed, 'lastReviewed');
	const now = readCalendarDate(today, 'today');
	const due = addDays(reviewed, reviewEveryDays);
	const daysUntilDue = differenceInCalendarDays(due, now);
	const reviewedAgo = describeTimeSince(reviewed, now);
	return {
		reviewDue: format(due, DATE_FORMAT),
		daysUntilDue,
		state: daysUntilDue < 0 ? 'overdue' : daysUntilDue <= DUE_SOON_DAYS ? 'due-soon' : 'fresh',
		reviewedAgo,
		reviewedPhrase: `last reviewed ${reviewedAgo}`,
	};
}

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** Days up to two weeks, then weeks, then months up to two years, then years. */
function describeTimeSince(past: Date, now: Date): string {
	const days = differenceInCalendarDays(now, past);
	if (days < 0) return 'on a date after today';
	if (days === 0) return 'today';
	if (days === 1) return 'yesterday';
	if (days < 14) return plural(days, 'day');
	const months = differenceInMonths(now, past);
	if (months < 1) return plural(Math.floor(days / 7), 'week');
	if (months < 24) return plural(months, 'month');
	return plural(differenceInYears(now, past), 'year');
}
