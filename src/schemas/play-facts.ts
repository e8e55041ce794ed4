import { z } from 'astro/zod';
import { authored, authoredIssue } from './authored-messages.ts';
import { DIFFICULTIES, readDuration, type PeopleRange } from './play-values.ts';

export {
	DIFFICULTIES,
	DURATION_UNITS,
	readDuration,
	type Difficulty,
	type PeopleRange,
} from './play-values.ts';

/**
 * A playbook's play facts, as Atlassian's plays give them: preparation time, running time, the
 * people involved and difficulty. Durations are written `30m`, `2h`, `1h30m`, `3d` or `2w` and
 * kept as minutes; a day is a working day of 8 hours and a week five working days.
 */

const DURATION_FIX =
	'write whole numbers with a unit: m (minutes), h (hours), d (working days) or w (weeks), e.g. 30m, 2h, 1h30m or 3d';
const PEOPLE_FIX = 'write a number, a range or a minimum, e.g. 4, 3-8 or 10+';

// YAML reads `people: 4` and `running: 90` as numbers; read them as text so the check says why.
const numberAsText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/** A duration written with units (`30m`, `2h`, `1h30m`, `3d`, `2w`), parsed to minutes. */
export const duration = z.preprocess(
	numberAsText,
	z
		.string(authored('not a duration', DURATION_FIX))
		.meta({ format: 'duration' })
		.transform((text, context) => {
			const minutes = readDuration(text);
			if (minutes === undefined) {
				context.addIssue(authoredIssue(`"${text}" is not a duration`, DURATION_FIX));
				return z.NEVER;
			}
			if (minutes === 0) {
				context.addIssue(
					authoredIssue('a duration of zero', 'leave the field out when there is none'),
				);
				return z.NEVER;
			}
			return minutes;
		}),
);

/** How many people a play involves: `4`, `3-8` or `10+`. */
export const peopleRange = z.preprocess(
	numberAsText,
	z
		.string(authored('not a number of people', PEOPLE_FIX))
		.meta({ format: 'people' })
		.transform((text, context): PeopleRange => {
			const match = /^(\d{1,4})(?:\s*[-–]\s*(\d{1,4})|(\+))?$/.exec(text.trim());
			if (!match) {
				context.addIssue(authoredIssue(`"${text}" is not a number of people`, PEOPLE_FIX));
				return z.NEVER;
			}
			const min = Number(match[1]);
			const max = match[3] ? null : Number(match[2] ?? match[1]);
			if (min < 1) {
				context.addIssue(authoredIssue('no people', 'a play involves at least 1 person'));
				return z.NEVER;
			}
			if (max !== null && max < min) {
				context.addIssue(
					authoredIssue(
						`the range ${text.trim()} runs backwards`,
						`write the smaller number first: ${String(max)}-${String(min)}`,
					),
				);
				return z.NEVER;
			}
			return { min, max };
		}),
);

const emptyPlay = authored(
	'no facts given',
	'give at least one of preparation, running, people and difficulty, or remove "play"',
);

/** The `play` block of a playbook's front matter; every fact is optional. */
export const playFacts = z
	.strictObject({
		preparation: duration.optional().meta({
			description:
				'Time to prepare before the play runs, e.g. `2h` (units m, h, d for a working day, w for a week).',
		}),
		running: duration.optional().meta({
			description:
				'How long the meeting or work the play describes takes, e.g. `90m`; the catalog buckets and sorts by it.',
		}),
		people: peopleRange.optional().meta({
			description: 'How many people take part: `4`, a range `3-8` or a minimum `10+`.',
		}),
		difficulty: z.enum(DIFFICULTIES).optional().meta({
			description: 'How hard the play is to run well: `easy`, `medium` or `hard`.',
		}),
	})
	.refine((facts) => Object.values(facts).some((value) => value !== undefined), {
		...emptyPlay,
		// An unknown field is reported on its own, not as an empty block too.
		when: (payload) => payload.issues.length === 0,
	});

/** A playbook's play facts as parsed: durations in minutes. */
export type PlayFacts = z.output<typeof playFacts>;
