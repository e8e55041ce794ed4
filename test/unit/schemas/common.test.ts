import { describe, expect, test } from 'vitest';
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
