import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	authored,
	authoredIssue,
	readAuthoredMessage,
} from '../../../src/schemas/authored-messages.ts';

/** The first issue of a failed parse. */
function firstIssue(schema: z.ZodType, input: unknown) {
	const issue = schema.safeParse(input).error?.issues[0];
	if (!issue) throw new Error('expected the parse to fail');
	return issue;
}

// Each `what` holds ": ", so splitting the message at its first ": " would get both parts wrong.
describe('authored messages', () => {
	test('zod and Astro report one message, what and fix joined by ": "', () => {
		const schema = z.string().min(3, authored('too short: "ab"', 'write at least 3 characters'));
		expect(firstIssue(schema, 'ab').message).toBe('too short: "ab": write at least 3 characters');
	});

	test.each([
		{
			kind: 'a length check',
			schema: z.string().min(3, authored('too short: "ab"', 'write at least 3 characters')),
			input: 'ab',
			what: 'too short: "ab"',
			fix: 'write at least 3 characters',
		},
		{
			kind: 'a pattern check',
			schema: z.string().regex(/^a/, authored('no a: at the start', 'begin with "a"')),
			input: 'b',
			what: 'no a: at the start',
			fix: 'begin with "a"',
		},
		{
			kind: 'a refine',
			schema: z.string().refine(() => false, authored('refused: always', 'give up')),
			input: 'x',
			what: 'refused: always',
			fix: 'give up',
		},
		{
			kind: 'an issue added with a value in its text',
			schema: z.string().superRefine((value, context) => {
				context.addIssue(authoredIssue(`"${value}" is no link`, 'write <type>/<id>'));
			}),
			input: 'see: faqs/x',
			what: '"see: faqs/x" is no link',
			fix: 'write <type>/<id>',
		},
	])('reads what and fix back exactly from $kind', ({ schema, input, what, fix }) => {
		expect(readAuthoredMessage(firstIssue(schema, input))).toEqual({ what, fix });
	});

	test('a custom issue carries its parts as params', () => {
		const issue = firstIssue(
			z.string().refine(() => false, authored('refused: always', 'give up')),
			'x',
		);
		expect(issue).toMatchObject({
			code: 'custom',
			params: { what: 'refused: always', fix: 'give up' },
		});
	});

	test('reads nothing from zod’s own messages, which also hold ": "', () => {
		const tooShort = firstIssue(z.string().min(3), 'ab');
		const unknownKey = firstIssue(z.strictObject({}), { extra: 1 });
		expect(tooShort.message).toContain(': ');
		expect(readAuthoredMessage(tooShort)).toBeUndefined();
		expect(readAuthoredMessage(unknownKey)).toBeUndefined();
	});

	test('refuses one message split two ways, which could not be read back', () => {
		authored('first: second', 'third');
		expect(() => authored('first', 'second: third')).toThrow(/already split differently/);
	});
});
