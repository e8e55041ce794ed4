import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { toSlug } from '../../../src/lib/slug.ts';
import { KEBAB_CASE } from '../../../src/schemas/names.ts';

describe('toSlug', () => {
	test.each([
		['Run the Customer Kickoff', 'run-the-customer-kickoff'],
		["Don't panic: café (v2)", 'dont-panic-cafe-v2'],
		['#OneTeam alignment', 'oneteam-alignment'],
		['  --Exit--  ', 'exit'],
		['Ünïcödé ÅND ß', 'unicode-and'],
	])('%j → %j', (text, slug) => {
		expect(toSlug(text)).toBe(slug);
	});

	test('splits camelCase and PascalCase words only when asked', () => {
		expect(toSlug('MyFirstPlaybook')).toBe('myfirstplaybook');
		expect(toSlug('MyFirstPlaybook', { splitWords: true })).toBe('my-first-playbook');
	});

	test('cuts to a length without leaving a hyphen at the end', () => {
		expect(toSlug('acme migration phase two', { maxLength: 13 })).toBe('acme-migratio');
		expect(toSlug('acme migration', { maxLength: 5 })).toBe('acme');
	});

	test('whatever the text, the slug is empty or valid kebab-case', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (text, splitWords) => {
				const slug = toSlug(text, { splitWords });
				expect(slug === '' || KEBAB_CASE.test(slug)).toBe(true);
			}),
		);
	});
});
