import { describe, expect, test } from 'vitest';
import { isCalendarDate } from '../../../src/schemas/common.ts';
import { entryLink } from '../../../src/schemas/references.ts';

describe('isCalendarDate', () => {
	test.each(['2026-11-30', '2024-02-29', '2000-02-29', '2026-01-01', '2026-12-31'])(
		'accepts %s',
		(date) => {
			expect(isCalendarDate(date)).toBe(true);
		},
	);
	test.each([
		'2026-02-29',
		'1900-02-29',
		'2026-02-30',
		'2026-13-01',
		'2026-00-10',
		'2026-04-31',
		'2026-1-5',
		'26-01-01',
		'2026-01-01T00:00',
		'',
	])('rejects %s', (date) => {
		expect(isCalendarDate(date)).toBe(false);
	});
});

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
