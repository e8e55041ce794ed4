import { describe, expect, test } from 'vitest';
import { resolveCacheDir, resolveContentDir, resolveOutDir } from '../../../../src/lib/content/dir.ts';

describe('where a build reads and writes', () => {
	test('content/ and dist/ unless PDP_CONTENT_DIR and PDP_OUT_DIR say otherwise', () => {
		expect(resolveContentDir({})).toBe('./content');
		expect(resolveContentDir({ PDP_CONTENT_DIR: ' /tmp/catalog// ' })).toBe('/tmp/catalog');
		expect(resolveOutDir({})).toBe('./dist');
		expect(resolveOutDir({ PDP_OUT_DIR: '/tmp/out' })).toBe('/tmp/out');
	});

	test('one cache per content folder, so one folder’s entries never reach another’s build', () => {
		expect(resolveCacheDir('./content', {})).toBe('./node_modules/.astro');
		expect(resolveCacheDir('/tmp/pdp-7/content-50', {})).toBe(
			'./node_modules/.astro/content--tmp-pdp-7-content-50',
		);
	});

	test('PDP_CACHE_DIR chooses the cache: a cold build of the same folder beside a warm one', () => {
		expect(resolveCacheDir('./content', { PDP_CACHE_DIR: '/tmp/cold-cache' })).toBe(
			'/tmp/cold-cache',
		);
	});
});
