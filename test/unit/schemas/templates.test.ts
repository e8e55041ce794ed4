import { describe, expect, test } from 'vitest';
import { plainReference } from '../../../src/schemas/common.ts';
import { templateSchema } from '../../../src/schemas/templates.ts';
import { runbookSchema } from '../../../src/schemas/runbooks.ts';

const schema = templateSchema(plainReference);

const base = {
	title: 'RAID log',
	summary: 'A register of risks, assumptions, issues and dependencies.',
	phases: ['launch'],
	process: 'risk-and-issue-management',
	roles: ['engagement-manager'],
	owner: 'dpm',
	lastReviewed: '2026-12-02',
	changes: [{ date: '2026-12-02', type: 'major', note: 'First published.' }],
	version: '1.0',
	purpose: 'One place for everything that could stop the engagement.',
	whenToUse: 'From Launch, reviewed every week until the close.',
};

/** The smallest register the schema accepts. */
function validRegister(): Record<string, unknown> {
	return {
		...base,
		kind: 'register',
		columns: [
			{ name: 'Title', type: 'text', required: true, help: 'The item in a few words.' },
			{ name: 'RAG', type: 'choice', allowed: ['Red', 'Amber', 'Green'], help: 'The rating.' },
		],
		instructions: ['One line per item.'],
		examples: [{ Title: 'Late environment', RAG: 'Amber' }],
	};
}

function issuesOf(input: Record<string, unknown>) {
	const result = schema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const column = (changes: Record<string, unknown>) => ({
	...validRegister(),
	columns: [{ name: 'Due', type: 'date', help: 'When it is due.', ...changes }],
	examples: [],
});

describe('templateSchema', () => {
	test('accepts a register and a document, and fills defaults', () => {
		const register = schema.parse(validRegister());
		expect(register.columns?.[0]?.required).toBe(true);
		expect(register.columns?.[1]?.required).toBe(false);
		expect(schema.parse({ ...base, kind: 'document' }).kind).toBe('document');
	});

	test('keeps an example date Astro’s YAML parser read as a Date as YYYY-MM-DD', () => {
		const result = schema.parse({
			...column({}),
			examples: [{ Due: new Date('2026-12-08T00:00:00Z') }],
		});
		expect(result.examples).toEqual([{ Due: '2026-12-08' }]);
	});

	test.each([
		[column({ type: 'deadline' }), 'columns.0.type', 'unknown column type'],
		[
			column({ allowed: ['Soon', 'Late'] }),
			'columns.0.allowed',
			'"allowed" only applies to choice columns, and this one is date',
		],
		[column({ type: 'choice' }), 'columns.0.type', 'a choice column needs its allowed values'],
		[column({ type: 'choice', allowed: ['Only'] }), 'columns.0.allowed', 'too few allowed values'],
		[{ ...validRegister(), columns: undefined }, 'kind', 'a register needs its columns'],
		[{ ...validRegister(), instructions: undefined }, 'kind', 'a register needs its instructions'],
		[
			{ ...base, kind: 'document', columns: [] },
			'columns',
			'"columns" belongs to register templates, and this one is a document',
		],
		[
			{ ...validRegister(), examples: [{ Colour: 'Red' }] },
			'examples.0.Colour',
			'"Colour" is not a column of this register',
		],
		[
			{ ...validRegister(), examples: [{ RAG: 'Blue' }] },
			'examples.0.RAG',
			'"Blue" is not an allowed value of "RAG"',
		],
		[{ ...validRegister(), version: 1 }, 'version', 'not a version string'],
		[{ ...validRegister(), version: 'v1' }, 'version', 'not a version number'],
		[{ ...validRegister(), kind: 'spreadsheet' }, 'kind', ''],
	])('refuses a mistake at %#: %s', (input, path, message) => {
		expect(issuesOf(input)).toContainEqual({
			path,
			message: expect.stringContaining(message) as string,
		});
	});
});

describe('runbookSchema', () => {
	test('takes the templates a runbook asks for, as references', () => {
		const runbook = Object.fromEntries(
			Object.entries(base).filter(([key]) => !['version', 'purpose', 'whenToUse'].includes(key)),
		);
		const result = runbookSchema(plainReference).parse({ ...runbook, templates: ['raid-log'] });
		expect(result.templates).toEqual([{ collection: 'templates', id: 'raid-log' }]);
	});
});
