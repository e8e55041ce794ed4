import { describe, expect, test } from 'vitest';
import {
	catalogDigest,
	entryPageKey,
	type DigestedEntry,
} from '../../../../src/lib/catalog/page-cache-key.ts';

const context = { buildDate: '2026-11-30', settings: { siteUrl: 'https://pdp.example.com' } };
const entries: DigestedEntry[] = [
	{
		collection: 'playbooks',
		id: 'run-the-kickoff',
		data: { title: 'Run the kickoff', lastReviewed: '2026-10-01' },
		fromBody: [[{ collection: 'runbooks', id: 'book-the-room' }], ['raid']],
	},
	{
		collection: 'runbooks',
		id: 'book-the-room',
		data: { title: 'Book the room', lastReviewed: '2026-09-01' },
		fromBody: [[], []],
	},
];
const digest = (changed: Partial<typeof context> = {}, list = entries) =>
	catalogDigest({ ...context, ...changed }, list);
const withFirst = (change: Partial<DigestedEntry>) => [{ ...entries[0]!, ...change }, entries[1]!];

describe('the catalog digest every page key holds', () => {
	test('is the same for the same catalog, in whatever order the entries come', () => {
		expect(digest()).toBe(digest({}, [...entries].reverse()));
		expect(digest()).toMatch(/^[\w-]{22}$/);
	});

	test('changes with any entry’s front matter, which other pages show', () => {
		const reviewed = withFirst({ data: { title: 'Run the kickoff', lastReviewed: '2026-11-30' } });
		expect(digest({}, reviewed)).not.toBe(digest());
	});

	test('changes with what a body says that other pages show: its links and glossary terms', () => {
		expect(digest({}, withFirst({ fromBody: [[], ['raid']] }))).not.toBe(digest());
		expect(
			digest({}, withFirst({ fromBody: [[{ collection: 'runbooks', id: 'book-the-room' }], []] })),
		).not.toBe(digest());
	});

	test('changes with an entry added or removed, the build date and the deployment settings', () => {
		expect(digest({}, [entries[0]!])).not.toBe(digest());
		expect(digest({ buildDate: '2026-12-01' })).not.toBe(digest());
		expect(digest({ settings: { siteUrl: 'https://other.example.com' } })).not.toBe(digest());
	});

	test('does not mistake two entries for one: the fields are kept apart', () => {
		const split = [
			{ collection: 'playbooks', id: 'a', data: 'b', fromBody: null },
			{ collection: 'playbooks', id: 'ab', data: '', fromBody: null },
		];
		const joined = [
			{ collection: 'playbooks', id: 'ab', data: 'b', fromBody: null },
			{ collection: 'playbooks', id: 'a', data: '', fromBody: null },
		];
		expect(digest({}, split)).not.toBe(digest({}, joined));
	});
});

describe('the key of a page that shows an entry’s body', () => {
	test('holds the catalog digest and the entry’s own file digest', () => {
		expect(entryPageKey('catalog1', { digest: 'abc' })).toBe('catalog1.abc');
		expect(entryPageKey('catalog1', { digest: 'abd' })).not.toBe(
			entryPageKey('catalog1', { digest: 'abc' }),
		);
		expect(entryPageKey('catalog2', { digest: 'abc' })).not.toBe(
			entryPageKey('catalog1', { digest: 'abc' }),
		);
	});

	test('is missing when the entry has no digest, so its page is rendered every build', () => {
		expect(entryPageKey('catalog1', {})).toBeUndefined();
	});
});
