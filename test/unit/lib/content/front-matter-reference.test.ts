import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	describeCollectionFields,
	describeFields,
} from '../../../../src/lib/content/front-matter-reference.ts';
import { calendarDate } from '../../../../src/schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../../../../src/schemas/names.ts';
import { entryLink } from '../../../../src/schemas/references.ts';

const rowOf = (collection: CollectionName, field: string) =>
	describeCollectionFields(collection).find((candidate) => candidate.field === field);

describe('the front-matter reference', () => {
	const row = (field: string) => rowOf('checklists', field);

	test('quotes each field’s description from its schema', () => {
		expect(row('owner')?.description).toBe('The role accountable for keeping this entry accurate.');
		expect(row('items[].id')?.description).toMatch(/^Stable id, unique in the checklist/);
	});

	test('says the type, whether it is required and its default', () => {
		expect(row('owner')).toMatchObject({ type: 'id of an entry of roles', required: true });
		expect(row('lastReviewed')).toMatchObject({ type: 'date, YYYY-MM-DD', required: true });
		expect(row('status')).toMatchObject({
			type: 'one of: draft, published, deprecated',
			required: false,
			defaultValue: '"published"',
		});
		expect(row('items')).toMatchObject({
			type: 'list of mappings (fields below), at least 1',
			required: true,
		});
		expect(row('items[].guidance')).toMatchObject({
			type: 'list of links, each written <type>/<id>',
			required: false,
		});
		expect(row('roles')?.type).toBe('list of ids of entries of roles, at least 1');
	});
});

describe('the front-matter reference of a playbook', () => {
	const row = (field: string) => rowOf('playbooks', field);

	test('lists the play facts, each with how it is written', () => {
		expect(row('play')).toMatchObject({ type: 'mapping (fields below)', required: false });
		expect(row('play.preparation')?.type).toBe(
			'duration: 30m, 2h, 1h30m, 3d (working days) or 2w',
		);
		expect(row('play.running')).toMatchObject({
			type: 'duration: 30m, 2h, 1h30m, 3d (working days) or 2w',
			required: false,
		});
		expect(row('play.people')?.type).toBe('number of people: 4, 3-8 or 10+');
		expect(row('play.difficulty')?.type).toBe('one of: easy, medium, hard');
	});
});

describe('the front-matter reference of a phase', () => {
	const row = (field: string) => rowOf('phases', field);

	test('lists the fields of a mapping under it, as onboarding.learn', () => {
		expect(row('onboarding')).toMatchObject({ type: 'mapping (fields below)', required: false });
		expect(row('onboarding.learn')).toMatchObject({
			type: 'text, 20–240 characters',
			required: true,
		});
		expect(row('onboarding.playbooks')).toMatchObject({
			type: 'list of mappings (fields below), at least 1',
			required: true,
		});
		expect(row('onboarding.playbooks[].playbook')).toMatchObject({
			type: 'id of an entry of playbooks',
			description: 'The playbook to read.',
		});
	});
});

describe('field descriptions', () => {
	test.each([...COLLECTIONS])('every field of %s has a description', (collection) => {
		const rows = describeCollectionFields(collection);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.filter((row) => !row.description.trim()).map((row) => row.field)).toEqual([]);
	});

	test.each([
		['phases', 'roles', 'playbooks', 'roles'],
		['processes', 'roles', 'standards', 'roles'],
		['glossary', 'owner', 'checklists', 'owner'],
		['phases', 'checklist', 'processes', 'qualityGate.checklist'],
	] as const)(
		'%s %s and %s %s each have their own description',
		(oneCollection, oneField, otherCollection, otherField) => {
			const one = rowOf(oneCollection, oneField)?.description;
			expect(one).toBeTruthy();
			expect(rowOf(otherCollection, otherField)?.description).not.toBe(one);
		},
	);

	test('the two learn fields of a phase each say which step they are about', () => {
		expect(rowOf('phases', 'onboarding.learn')?.description).toMatch(/from the phase guide/);
		expect(rowOf('phases', 'onboarding.playbooks[].learn')?.description).toMatch(
			/from this playbook/,
		);
	});

	test('a description survives optional, default, preprocess and transform', () => {
		const reference = (collection: string) =>
			z
				.string()
				.meta({ reference: collection })
				.transform((id) => ({ collection, id }));
		const schema = z.strictObject({
			optional: z.string().optional().meta({ description: 'After optional.' }),
			inner: z.string().meta({ description: 'Before optional.' }).optional(),
			withDefault: z.array(z.string()).default([]).meta({ description: 'After default.' }),
			date: calendarDate.meta({ description: 'On a preprocess.' }),
			link: entryLink.optional().meta({ description: 'On a transform.' }),
			owner: reference('roles').meta({ description: 'On a reference.' }),
		});
		const rows = describeFields(
			z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Parameters<
				typeof describeFields
			>[0],
		);
		expect(rows.map((row) => [row.field, row.description])).toEqual([
			['optional', 'After optional.'],
			['inner', 'Before optional.'],
			['withDefault', 'After default.'],
			['date', 'On a preprocess.'],
			['link', 'On a transform.'],
			['owner', 'On a reference.'],
		]);
		expect(rows.find((row) => row.field === 'owner')?.type).toBe('id of an entry of roles');
	});
});
