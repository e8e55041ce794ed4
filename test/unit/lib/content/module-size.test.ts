import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	findOversizedModules,
	formatOversizedModules,
	listContentModules,
	MODULE_SIZE_LIMIT,
	type SizedModule,
} from '../../../../src/lib/content/module-size.ts';

const root = mkdtempSync(join(tmpdir(), 'pdp-module-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A cache folder and a `.astro` folder holding files of these sizes, under a fresh project. */
function project(files: Record<string, number>): {
	cwd: string;
	cacheDir: string;
	dotAstro: string;
} {
	const cwd = mkdtempSync(join(root, 'project-'));
	for (const [path, bytes] of Object.entries(files)) {
		const file = join(cwd, path);
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(file, 'x'.repeat(bytes));
	}
	return { cwd, cacheDir: join(cwd, 'node_modules/.astro'), dotAstro: join(cwd, '.astro') };
}

const store = (bytes: number): SizedModule => ({
	name: 'node_modules/.astro/data-store.json',
	bytes,
	kind: 'content-store',
});

describe('listContentModules', () => {
	test('finds the content store, the chunks of a chunked store and the entry index', () => {
		const { cwd, cacheDir, dotAstro } = project({
			'node_modules/.astro/data-store.json': 300,
			'node_modules/.astro/data-store/0123456789abcdef.txt': 20,
			'node_modules/.astro/data-store/manifest.json': 5,
			'.astro/content-modules.mjs': 40,
			'.astro/content-assets.mjs': 2,
		});
		expect(listContentModules(cacheDir, dotAstro, cwd)).toEqual([
			{ name: 'node_modules/.astro/data-store.json', bytes: 300, kind: 'content-store' },
			{
				name: 'node_modules/.astro/data-store/0123456789abcdef.txt',
				bytes: 20,
				kind: 'content-store',
			},
			{ name: '.astro/content-modules.mjs', bytes: 40, kind: 'content-index' },
			{ name: '.astro/content-assets.mjs', bytes: 2, kind: 'content-index' },
		]);
	});

	test('lists nothing before Astro has written anything', () => {
		const { cwd, cacheDir, dotAstro } = project({});
		expect(listContentModules(cacheDir, dotAstro, cwd)).toEqual([]);
	});
});

describe('findOversizedModules', () => {
	test('the limit is 64 MiB', () => {
		expect(MODULE_SIZE_LIMIT).toBe(64 * 1024 * 1024);
	});

	test.each([
		[1023, []],
		[1024, []],
		[1025, [1025]],
	])('a module of %i bytes against a limit of 1 KiB: over are %j', (bytes, over) => {
		expect(findOversizedModules([store(bytes)], 1024).map((module) => module.bytes)).toEqual(over);
	});

	test('reports every module over the limit, largest first', () => {
		const index: SizedModule = {
			name: '.astro/content-modules.mjs',
			bytes: 2000,
			kind: 'content-index',
		};
		expect(findOversizedModules([store(1500), store(10), index], 1024)).toEqual([
			index,
			store(1500),
		]);
	});
});

describe('formatOversizedModules', () => {
	test('names the content store, its size and the loader settings that shrink it', () => {
		const report = formatOversizedModules([store(98_587_474)]);
		expect(report).toBe(
			'Module size check: 1 module(s) over the 64.0 MiB one module may weigh:\n' +
				'  node_modules/.astro/data-store.json: 94.0 MiB, Astro’s content store, loaded as one module\n' +
				'      fix: in src/content.config.ts, wrap each large collection’s loader in keepHtmlInFiles() and give its glob() `retainBody: false`, so the store keeps no HTML or Markdown bodies (Astro’s `deferRender: true` keeps HTML out too, as one Vite module per entry); if it still passes, `experimental.collectionStorage: "chunked"` in astro.config.mjs splits the store into modules of 20 MB',
		);
	});

	test('a chunk that bundles the content store gets the same fix', () => {
		const chunk: SizedModule = {
			name: 'prerender chunks/_astro_data-layer-content.mjs',
			bytes: 2048,
			kind: 'chunk',
			largestPart: { id: 'astro:data-layer-content', bytes: 2000, isContentStore: true },
		};
		expect(formatOversizedModules([chunk], 1024)).toContain('keepHtmlInFiles()');
	});

	test('any other chunk names its largest module', () => {
		const chunk: SizedModule = {
			name: 'client _astro/catalog.BX12abcd.js',
			bytes: 3 * 1024 * 1024,
			kind: 'chunk',
			largestPart: { id: '/site/src/data/all.json', bytes: 2 * 1024 * 1024, isContentStore: false },
		};
		const report = formatOversizedModules([chunk], 1024);
		expect(report).toContain(
			'client _astro/catalog.BX12abcd.js: 3.0 MiB, a bundled chunk; its largest module is /site/src/data/all.json (2.0 MiB)',
		);
		expect(report).toContain('fix: keep large data out of imported modules');
	});
});
