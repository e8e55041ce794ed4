import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCodeDigest, DigestCache, digestOf } from '../../../../src/lib/content/digest-cache.ts';

const folder = mkdtempSync(join(tmpdir(), 'pdp-digest-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('DigestCache', () => {
	test('computes a result once, keeps it across runs, and reports hits and misses', () => {
		const file = join(folder, 'once.json');
		let computed = 0;
		const work = () => (computed++, [`result ${computed}`]);
		const first = DigestCache.open<string[]>(file, 'v1');
		expect(first.get('a', work)).toEqual(['result 1']);
		expect(first.get('a', work)).toEqual(['result 1']);
		first.save();
		const second = DigestCache.open<string[]>(file, 'v1');
		expect(second.get('a', work)).toEqual(['result 1']);
		expect(computed).toBe(1);
		expect({ hits: second.hits, misses: second.misses }).toEqual({ hits: 1, misses: 0 });
	});

	test('ignores a cache written by other code, and a damaged file', () => {
		const file = join(folder, 'version.json');
		const old = DigestCache.open<number>(file, 'old code');
		old.get('a', () => 1);
		old.save();
		expect(DigestCache.open<number>(file, 'new code').get('a', () => 2)).toBe(2);
		writeFileSync(file, '{"version": "old co');
		expect(DigestCache.open<number>(file, 'old code').get('a', () => 3)).toBe(3);
	});

	test('writes back only the results this run used, so it never grows with renamed files', () => {
		const file = join(folder, 'prune.json');
		const first = DigestCache.open<number>(file, 'v');
		first.get('kept', () => 1);
		first.get('gone', () => 2);
		first.save();
		const second = DigestCache.open<number>(file, 'v');
		second.get('kept', () => 0);
		second.save();
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 'v', entries: { kept: 1 } });
	});

	test('without a file it computes every time and writes nothing', () => {
		const cache = DigestCache.open<number>(undefined, 'v');
		cache.get('a', () => 1);
		cache.save();
		expect(DigestCache.open<number>(undefined, 'v').get('a', () => 2)).toBe(2);
	});
});

describe('digests', () => {
	test('tell parts apart, so two fields never run together', () => {
		expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
		expect(digestOf('a')).toBe(digestOf('a'));
	});

	test("the checking code's digest changes with any file under src/lib/content or src/schemas", () => {
		const root = mkdtempSync(join(folder, 'root-'));
		const { mkdirSync } = process.getBuiltinModule('node:fs');
		mkdirSync(join(root, 'src/lib/content'), { recursive: true });
		mkdirSync(join(root, 'src/schemas'), { recursive: true });
		writeFileSync(join(root, 'src/lib/content/rule.ts'), 'export const a = 1;');
		writeFileSync(join(root, 'src/schemas/playbooks.ts'), 'export const b = 1;');
		writeFileSync(join(root, 'package-lock.json'), '{}');
		const before = checkCodeDigest(root);
		expect(checkCodeDigest(root)).toBe(before);
		writeFileSync(join(root, 'src/schemas/playbooks.ts'), 'export const b = 2;');
		expect(checkCodeDigest(root)).not.toBe(before);
	});
});
