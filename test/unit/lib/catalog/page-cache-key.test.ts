import { describe, expect, test } from 'vitest';
import {
	catalogDigest,
	codeDigest,
	entryPageKey,
	type DigestedEntry,
} from '../../../../src/lib/catalog/page-cache-key.ts';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

describe('codeDigest', () => {
	test('changes when any file of the code changes, is added or is renamed, and not otherwise', () => {
		const root = mkdtempSync(join(tmpdir(), 'pdp-code-'));
		mkdirSync(join(root, 'src/lib'), { recursive: true });
		writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 1;');
		writeFileSync(join(root, 'package-lock.json'), '{}');
		const digest = () => codeDigest(root, ['src', 'package-lock.json']);
		const first = digest();
		expect(digest()).toBe(first);
		writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 2;');
		const edited = digest();
		expect(edited).not.toBe(first);
		writeFileSync(join(root, 'src/lib/b.ts'), '');
		const added = digest();
		expect(added).not.toBe(edited);
		renameSync(join(root, 'src/lib/b.ts'), join(root, 'src/lib/c.ts'));
		expect(digest()).not.toBe(added);
		writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
		expect(digest()).not.toBe(added);
	});
});
