import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { changesField } from '../../../src/schemas/common.ts';
import { entryLink } from '../../../src/schemas/references.ts';

describe('entryLink', () => {
	test('parses type, id and fragment', () => {
		expect(entryLink.parse('faqs/kickoff-faq#who-attends')).toEqual({
			collection: 'faqs',
			id: 'kickoff-faq',
			fragment: 'who-attends',
		});
		expect(entryLink.parse('playbooks/run-the-kickoff')).toEqual({
			collection: 'playbooks',
			id: 'run-the-kickoff',
		});
	});
	test.each([
		'playbook/run-the-kickoff',
		'run-the-kickoff',
		'/playbooks/run-the-kickoff/',
		'playbooks/Run_Kickoff',
		'https://example.com/x',
	])('rejects %s with the expected form', (value) => {
		const result = entryLink.safeParse(value);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain('is not an entry link: write <type>/<id>');
	});
});

describe('changes', () => {
	test('keeps each change with its date as YYYY-MM-DD, whatever the YAML parser made of it', () => {
		expect(
			changesField.parse([
				{ date: new Date('2026-12-02T00:00:00Z'), type: 'major', note: 'Added the DQI window.' },
				{ date: '2026-10-01', type: 'minor', note: 'Reviewed; no changes.' },
			]),
		).toEqual([
			{ date: '2026-12-02', type: 'major', note: 'Added the DQI window.' },
			{ date: '2026-10-01', type: 'minor', note: 'Reviewed; no changes.' },
		]);
	});

	test('a missing list says how to start one', () => {
		const result = z.object({ changes: changesField }).safeParse({});
		expect(result.error?.issues[0]?.message).toBe(
			'required field is missing: add "changes:" with at least one line, e.g. "changes: [{ date: 2026-12-02, type: major, note: First published }]"',
		);
	});

	test.each([
		{ value: [], message: 'empty list' },
		{ value: [{ date: '2026-12-02', note: 'Added the window.' }], message: 'expected one of' },
		{ value: [{ date: '2026-12-02', type: 'huge', note: 'Added the window.' }], message: 'major' },
		{ value: [{ date: '2026-02-30', type: 'minor', note: 'Added the window.' }], message: 'real' },
		{ value: [{ date: '2026-12-02', type: 'minor', note: 'Hi' }], message: 'too short' },
	])('refuses $value', ({ value, message }) => {
		const result = changesField.safeParse(value);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain(message);
	});
});
