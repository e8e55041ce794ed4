/**
 * A playbook's play facts in words (the line under its title, the catalog's cards) and the
 * running-time buckets the catalog filters by. Plain and small: the catalog's browser script
 * imports it.
 */
import { DURATION_UNITS, type Difficulty, type PeopleRange } from '../../schemas/play-values.ts';
import type { PlayFacts } from '../../schemas/play-facts.ts';

/** Reader-facing names of the difficulties, in order. */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
	easy: 'Easy',
	medium: 'Medium',
	hard: 'Hard',
};

/** The catalog's running-time buckets, shortest first, each with its upper bound in minutes. */
export const RUNNING_BUCKETS = [
	{ id: 'under-1h', label: 'Under 1 hour', below: 60 },
	{ id: '1h-4h', label: '1–4 hours', below: 4 * 60 + 1 },
	{ id: '4h-1d', label: '4 hours to a day', below: DURATION_UNITS.d },
	{ id: '1d-plus', label: 'A day or more', below: Number.POSITIVE_INFINITY },
] as const;

/** The id of the running-time bucket a duration falls in. */
export function runningBucket(minutes: number): string {
	return (RUNNING_BUCKETS.find((bucket) => minutes < bucket.below) ?? RUNNING_BUCKETS[3]).id;
}

const UNIT_NAMES = [
	[DURATION_UNITS.w, 'week', 'weeks'],
	[DURATION_UNITS.d, 'day', 'days'],
	[DURATION_UNITS.h, 'hour', 'hours'],
	[1, 'min', 'min'],
] as const;

/**
 * A duration in words, largest units first: "30 min", "2 hours", "1 day 4 hours", "2 weeks".
 * Under two hours a duration that is not whole hours stays in minutes ("90 min"), as clocks and
 * agendas say it.
 */
export function describeMinutes(minutes: number): string {
	if (minutes < 2 * DURATION_UNITS.h && minutes % DURATION_UNITS.h !== 0) return `${minutes} min`;
	let rest = minutes;
	const parts: string[] = [];
	for (const [size, one, many] of UNIT_NAMES) {
		const count = Math.floor(rest / size);
		rest -= count * size;
		if (count > 0) parts.push(`${String(count)} ${count === 1 ? one : many}`);
	}
	return parts.join(' ');
}

/** How many people, as a reader reads it: "4", "3–8", "10+". */
export function describePeople({ min, max }: PeopleRange): string {
	if (max === null) return `${String(min)}+`;
	return max === min ? String(min) : `${String(min)}–${String(max)}`;
}

/** The play facts as label and value pairs, in the order the line under the title shows them. */
export function listPlayFacts(play: PlayFacts | undefined): { label: string; value: string }[] {
	if (!play) return [];
	const facts: { label: string; value: string | undefined }[] = [
		{
			label: 'Prep time',
			value: play.preparation === undefined ? undefined : describeMinutes(play.preparation),
		},
		{
			label: 'Run time',
			value: play.running === undefined ? undefined : describeMinutes(play.running),
		},
		{ label: 'People', value: play.people && describePeople(play.people) },
		{ label: 'Difficulty', value: play.difficulty && DIFFICULTY_LABELS[play.difficulty] },
	];
	return facts.flatMap(({ label, value }) => (value ? [{ label, value }] : []));
}
