import { describe, expect, test } from 'vitest';
import { plainReference } from '../../../src/schemas/common.ts';
import { playbookSchema } from '../../../src/schemas/playbooks.ts';
import { readDuration } from '../../../src/schemas/play-facts.ts';

const schema = playbookSchema(plainReference);

/** The smallest playbook the schema accepts, with the play facts given. */
function validPlaybook(play?: unknown): Record<string, unknown> {
	return {
		title: 'Run the customer kickoff',
		summary: 'How to prepare and run the kickoff so that everyone leaves aligned.',
		phases: ['launch'],
		process: 'customer-kickoff',
		roles: ['engagement-manager'],
		owner: 'engagement-manager',
		lastReviewed: '2026-10-01',
		changes: [{ date: '2026-10-01', type: 'major', note: 'First published.' }],
		...(play === undefined ? {} : { play }),
	};
}

function issuesOf(play: unknown) {
	const result = schema.safeParse(validPlaybook(play));
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const DURATION_FIX =
	'write whole numbers with a unit: m (minutes), h (hours), d (working days) or w (weeks), e.g. 30m, 2h, 1h30m or 3d';

describe('readDuration', () => {
	test.each([
		['30m', 30],
		['2h', 120],
		['1h30m', 90],
		['1h 30m', 90],
		['1d', 480],
		['2w', 4800],
		['1w2d', 3360],
	])('%s is %i minutes', (text, minutes) => {
		expect(readDuration(text)).toBe(minutes);
	});

	test.each(['', '90', '2 hours', '1.5h', '30min', '30m2h', 'h', '1h1h'])(
		'"%s" is not a duration',
		(text) => {
			expect(readDuration(text)).toBeUndefined();
		},
	);
});

describe('playbookSchema play facts', () => {
	test('parses every fact: durations in minutes, people as a range', () => {
		const parsed = schema.parse(
			validPlaybook({ preparation: '2h', running: '1h30m', people: '3-8', difficulty: 'medium' }),
		);
		expect(parsed.play).toEqual({
			preparation: 120,
			running: 90,
			people: { min: 3, max: 8 },
			difficulty: 'medium',
		});
	});

	test('takes one number of people, an en dash range and an open-ended minimum', () => {
		expect(schema.parse(validPlaybook({ people: 4 })).play?.people).toEqual({ min: 4, max: 4 });
		expect(schema.parse(validPlaybook({ people: '3–8' })).play?.people).toEqual({ min: 3, max: 8 });
		expect(schema.parse(validPlaybook({ people: '10+' })).play?.people).toEqual({
			min: 10,
			max: null,
		});
	});

	test('is optional, and so is each fact', () => {
		expect(schema.parse(validPlaybook()).play).toBeUndefined();
		expect(schema.parse(validPlaybook({ difficulty: 'easy' })).play).toEqual({
			difficulty: 'easy',
		});
	});

	test.each([
		{
			play: { running: '2 hours' },
			path: 'play.running',
			message: `"2 hours" is not a duration: ${DURATION_FIX}`,
		},
		{
			play: { running: 90 },
			path: 'play.running',
			message: `"90" is not a duration: ${DURATION_FIX}`,
		},
		{
			play: { preparation: '1.5h' },
			path: 'play.preparation',
			message: `"1.5h" is not a duration: ${DURATION_FIX}`,
		},
		{
			play: { running: '0m' },
			path: 'play.running',
			message: 'a duration of zero: leave the field out when there is none',
		},
		{ play: { running: ['1h'] }, path: 'play.running', message: `not a duration: ${DURATION_FIX}` },
		{
			play: { people: '8-3' },
			path: 'play.people',
			message: 'the range 8-3 runs backwards: write the smaller number first: 3-8',
		},
		{
			play: { people: 'a few' },
			path: 'play.people',
			message:
				'"a few" is not a number of people: write a number, a range or a minimum, e.g. 4, 3-8 or 10+',
		},
		{
			play: { people: 0 },
			path: 'play.people',
			message: 'no people: a play involves at least 1 person',
		},
		{
			play: { difficulty: 'tricky' },
			path: 'play.difficulty',
			message: 'Invalid option: expected one of "easy"|"medium"|"hard"',
		},
		{ play: { prep: '1h' }, path: 'play', message: 'Unrecognized key: "prep"' },
		{
			play: {},
			path: 'play',
			message:
				'no facts given: give at least one of preparation, running, people and difficulty, or remove "play"',
		},
		{ play: '1h', path: 'play', message: 'Invalid input: expected object, received string' },
	])('rejects $path: $message', ({ play, path, message }) => {
		expect(issuesOf(play)).toEqual([{ path, message }]);
	});
});
