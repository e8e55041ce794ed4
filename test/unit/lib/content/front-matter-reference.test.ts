import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { describeFields } from '../../../../src/lib/content/front-matter-reference.ts';
import { readFieldDocs } from '../../../../src/lib/content/schema-docs.ts';
import { checklistSchema } from '../../../../src/schemas/checklists.ts';
import { phaseSchema } from '../../../../src/schemas/phases.ts';

const schemaFile = (name: string) => ({
	path: name,
	text: readFileSync(resolve(import.meta.dirname, '../../../../src/schemas', name), 'utf8'),
});
const reference = (collection: string) =>
	z
		.string()
		.meta({ reference: collection })
		.transform((id) => ({ collection, id }));

describe('the front-matter reference', () => {
	const docs = readFieldDocs([
		schemaFile('checklists.ts'),
		schemaFile('references.ts'),
		schemaFile('common.ts'),
	]);
	const rows = describeFields(
		z.toJSONSchema(checklistSchema(reference as never), {
			io: 'input',
			unrepresentable: 'any',
		}) as Parameters<typeof describeFields>[0],
		docs,
	);
	const row = (field: string) => rows.find((candidate) => candidate.field === field);

	test('quotes each field’s JSDoc from the schema source', () => {
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

	test('every field of every checklist has a description', () => {
		expect(
			rows.filter((candidate) => !candidate.description).map((candidate) => candidate.field),
		).toEqual([]);
	});
});

describe('the front-matter reference of a phase', () => {
	const docs = readFieldDocs([
		schemaFile('phases.ts'),
		schemaFile('references.ts'),
		schemaFile('common.ts'),
	]);
	const rows = describeFields(
		z.toJSONSchema(phaseSchema(reference as never), {
			io: 'input',
			unrepresentable: 'any',
		}) as Parameters<typeof describeFields>[0],
		docs,
	);
	const row = (field: string) => rows.find((candidate) => candidate.field === field);

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

	test('every field of a phase has a description', () => {
		expect(
			rows.filter((candidate) => !candidate.description).map((candidate) => candidate.field),
		).toEqual([]);
	});
});
