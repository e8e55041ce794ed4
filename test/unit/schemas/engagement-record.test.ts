import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { toPublishedJsonSchema } from '../../../src/schemas/api.ts';
import { engagementRecordSchema } from '../../../src/schemas/engagement-record.ts';

/** The smallest record the schema accepts. */
function validRecord(): Record<string, unknown> {
	return {
		schemaVersion: 1,
		exported: '2027-03-01T09:30:00.000Z',
		engagement: {
			id: 'eng1',
			name: 'Acme migration',
			customer: '',
			start: '2027-01-04',
			end: '2027-06-30',
			sow: '',
			notes: '',
			archived: false,
			phaseDates: { launch: { start: '2027-01-04', end: '2027-02-01' } },
			checklists: [{ checklist: 'oqr', run: 'run1', assessment: 'ass1' }],
			created: 0,
			updated: 0,
		},
		runs: [
			{
				checklist: 'oqr',
				fingerprint: 'abc',
				run: { id: 'run1', name: 'Acme', checked: ['scope-agreed'], updated: 0 },
			},
		],
		assessments: [
			{
				checklist: 'oqr',
				fingerprint: 'abc',
				assessment: {
					id: 'ass1',
					name: 'Acme',
					ratings: { 'scope-agreed': { rating: 'met', note: '' } },
					updated: 0,
				},
			},
		],
	};
}

/** The valid record with the value at a dotted path replaced. */
function withValue(path: string, value: unknown): Record<string, unknown> {
	const record = validRecord();
	const keys = path.split('.');
	const last = keys.pop() ?? '';
	let target = record;
	for (const key of keys) target = target[key] as Record<string, unknown>;
	target[last] = value;
	return record;
}

function issuesOf(input: Record<string, unknown>) {
	const result = engagementRecordSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('engagementRecordSchema', () => {
	test('accepts a minimal record', () => {
		expect(issuesOf(validRecord())).toEqual([]);
	});

	test.each([
		['schemaVersion', 2, 'schemaVersion', 'Invalid input: expected 1'],
		['exported', '2027-03-01', 'exported', 'Invalid ISO datetime'],
		['engagement.name', '', 'engagement.name', 'Too small: expected string to have >=1 characters'],
		[
			'engagement.start',
			'1999-12-31',
			'engagement.start',
			'a real date between 2000-01-01 and 2100-12-31',
		],
		[
			'engagement.start',
			'2027-02-30',
			'engagement.start',
			'a real date between 2000-01-01 and 2100-12-31',
		],
		['engagement.end', '2027-01-04', 'engagement.end', 'the planned end must come after the start'],
		[
			'engagement.id',
			'Not An Id',
			'engagement.id',
			'Invalid string: must match pattern /^[a-z0-9]{1,24}$/',
		],
		[
			'engagement.phaseDates',
			{ launch: { start: '2027-02-01', end: '2027-01-04' } },
			'engagement.phaseDates.launch',
			'the end comes before the start',
		],
		[
			'engagement.notes',
			'n'.repeat(2_001),
			'engagement.notes',
			'Too big: expected string to have <=2000 characters',
		],
		[
			'runs.0.checklist',
			'Not Kebab',
			'runs.0.checklist',
			'Invalid string: must match pattern /^[a-z0-9]+(?:-[a-z0-9]+)*$/',
		],
		[
			'runs.0.run.checked',
			['BAD'],
			'runs.0.run.checked.0',
			'Invalid string: must match pattern /^[a-z0-9]+(?:-[a-z0-9]+)*$/',
		],
		[
			'assessments.0.assessment.ratings',
			{ x: { note: '' } },
			'assessments.0.assessment.ratings.x',
			'an entry without a rating needs a note',
		],
	])('%s = %j fails at %s', (path, value, failingPath, message) => {
		expect(issuesOf(withValue(path, value))).toEqual([{ path: failingPath, message }]);
	});

	test('holds at most one run and one assessment per checklist', () => {
		const record = validRecord();
		record['runs'] = [...(record['runs'] as unknown[]), ...(record['runs'] as unknown[])];
		expect(issuesOf(record)).toEqual([{ path: 'runs', message: 'at most one run per checklist' }]);
	});

	test('is published as a JSON Schema that accepts the record and refuses a broken one', () => {
		const published = toPublishedJsonSchema(
			engagementRecordSchema,
			'https://pdp.example.com/api/engagement-record.schema.json',
		);
		expect(published).toMatchObject({
			$id: 'https://pdp.example.com/api/engagement-record.schema.json',
			title: 'PDP engagement record',
		});
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/);
		const validate = ajv.compile(published);
		expect(validate(validRecord()), JSON.stringify(validate.errors)).toBe(true);
		expect(validate(withValue('runs.0.run.checked', ['BAD']))).toBe(false);
		expect(validate(withValue('engagement.extra', true))).toBe(false);
	});
});
