import { describe, expect, test } from 'vitest';
import { checklistSchema } from '../../../src/schemas/checklists.ts';
import { plainReference } from '../../../src/schemas/common.ts';

const reference = plainReference;
const schema = checklistSchema(reference);

/** The smallest checklist the schema accepts. */
function validChecklist(): Record<string, unknown> {
	return {
		title: 'Kickoff readiness',
		summary: 'What must be ready before the customer kickoff takes place.',
		phases: ['launch'],
		process: 'customer-kickoff',
		roles: ['engagement-manager'],
		owner: 'senior-pm',
		lastReviewed: '2026-10-14',
		changes: [{ date: '2026-10-14', type: 'major', note: 'First published.' }],
		kind: 'procedure',
		items: [
			{
				id: 'agenda-agreed',
				text: 'The agenda is agreed.',
				role: 'engagement-manager',
				due: 'before-phase',
			},
			{ id: 'room-booked', text: 'The room is booked.', role: 'consultant', due: 'phase-start' },
		],
	};
}

function issuesOf(input: Record<string, unknown>) {
	const result = schema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('checklistSchema', () => {
	test('accepts a minimal checklist and fills defaults', () => {
		const result = schema.parse(validChecklist());
		expect(result.items[0]).toMatchObject({ required: true, guidance: [] });
		expect(result.status).toBe('published');
		expect(result.reviewEveryDays).toBe(180);
		expect(result.owner).toEqual({ collection: 'roles', id: 'senior-pm' });
	});

	test('accepts a Date for lastReviewed, as Astro’s YAML parser produces, and keeps YYYY-MM-DD', () => {
		const result = schema.parse({
			...validChecklist(),
			lastReviewed: new Date('2026-10-14T00:00:00Z'),
		});
		expect(result.lastReviewed).toBe('2026-10-14');
	});

	test.each([
		{
			change: {
				items: [
					...(validChecklist()['items'] as object[]),
					{ id: 'agenda-agreed', text: 'Again.', role: 'consultant', due: 'ongoing' },
				],
			},
			path: 'items.2.id',
			message:
				'duplicate item id "agenda-agreed" (already used by item 0): give each item its own id, and never reuse an old one',
		},
		{
			change: {
				items: [
					{
						id: 'Agenda Agreed',
						text: 'The agenda is agreed.',
						role: 'consultant',
						due: 'ongoing',
					},
				],
			},
			path: 'items.0.id',
			message: 'not kebab-case: use lowercase letters, digits and single hyphens, e.g. "raid-log"',
		},
		{
			change: { items: [] },
			path: 'items',
			message: 'no items: a checklist needs at least one item',
		},
		{
			change: { kind: 'gate' },
			path: 'kind',
			message: 'Invalid option: expected one of "phase"|"quality-gate"|"procedure"',
		},
		{
			change: { lastReviewed: '2026-02-29' },
			path: 'lastReviewed',
			message: 'not a real calendar date: write a date that exists, as YYYY-MM-DD, e.g. 2026-11-30',
		},
		{
			change: { lastReviewed: '14/10/2026' },
			path: 'lastReviewed',
			message: 'not a real calendar date: write a date that exists, as YYYY-MM-DD, e.g. 2026-11-30',
		},
		{
			change: { phases: [] },
			path: 'phases',
			message: 'empty list: name at least one phase, e.g. [launch]',
		},
		{
			change: { summary: 'Too short.' },
			path: 'summary',
			message: 'too short: write a summary of at least 20 characters',
		},
		{
			change: { reviewEveryDays: 5 },
			path: 'reviewEveryDays',
			message: 'Too small: expected number to be >=30',
		},
		{ change: { extra: true }, path: '', message: 'Unrecognized key: "extra"' },
	])('rejects $path: $message', ({ change, path, message }) => {
		expect(issuesOf({ ...validChecklist(), ...change })).toContainEqual({ path, message });
	});

	test('rejects an unknown field inside an item, naming the item', () => {
		const items = [
			{ id: 'a', text: 'Item text here.', role: 'consultant', due: 'ongoing', owner: 'x' },
		];
		expect(issuesOf({ ...validChecklist(), items })).toContainEqual({
			path: 'items.0',
			message: 'Unrecognized key: "owner"',
		});
	});
});
