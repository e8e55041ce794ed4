import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveCacheDir } from '../../src/lib/content/dir.ts';
import { gzipSize, listFiles, median, pageScripts } from '../../scripts/lib/site-measure.ts';
import { runAstroBuild, writeSyntheticCatalog } from '../support/astro-build.ts';

/**
 * Size budgets: the same synthetic catalog built at 50 and 2,000 entries. Sizes and counts only,
 * never times (the benchmark reports those); what must hold is that a page does not grow with the
 * catalog and the site grows linearly.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SMALL = 50;
const LARGE = 2000;
const ENTRY_PAGE = /^(playbooks|runbooks|considerations|faqs|checklists)\/[^/]+\/index\.html$/;
const work = mkdtempSync(join(tmpdir(), 'pdp-budget-'));
const outDir = (size: number) => join(work, `dist-${size}`);

function build(size: number): void {
	const content = join(work, `content-${size}`);
	writeSyntheticCatalog(content, size);
	const run = runAstroBuild({ content, outDir: outDir(size) });
	rmSync(resolve(ROOT, resolveCacheDir(content)), { recursive: true, force: true });
	if (run.status !== 0)
		throw new Error(
			`build of ${size} entries failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`,
		);
}

const entryPageSizes = (size: number) =>
	listFiles(outDir(size))
		.filter((file) => ENTRY_PAGE.test(file.path))
		.map((file) => file.size);
const totalSize = (size: number) =>
	listFiles(outDir(size)).reduce((total, file) => total + file.size, 0);
const firstPage = (size: number, type: string) =>
	`/${
		listFiles(outDir(size))
			.map((file) => file.path)
			.filter(
				(path) =>
					new RegExp(`^${type}/[^/]+/index\\.html$`).test(path) &&
					!path.startsWith(`${type}/page/`),
			)
			.sort()[0]
			?.replace(/index\.html$/, '') ?? ''
	}`;

beforeAll(() => {
	build(SMALL);
	build(LARGE);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`a catalog of ${LARGE} entries against one of ${SMALL}`, () => {
	test('the median entry page weighs the same, within 10%', () => {
		const small = median(entryPageSizes(SMALL));
		const large = median(entryPageSizes(LARGE));
		expect(entryPageSizes(LARGE).length).toBeGreaterThan(entryPageSizes(SMALL).length * 30);
		expect(large / small).toBeGreaterThan(0.9);
		expect(large / small).toBeLessThan(1.1);
	});

	test('the whole site grows linearly: at most 45 times the output for 40 times the entries', () => {
		expect(totalSize(LARGE)).toBeLessThanOrEqual(45 * totalSize(SMALL));
	});

	test('the catalog page stays the same size: it is paginated, its data loads separately', () => {
		const catalogHtml = (size: number) =>
			listFiles(outDir(size)).find((file) => file.path === 'catalog/index.html')?.size ?? 0;
		expect(catalogHtml(LARGE) / catalogHtml(SMALL)).toBeLessThan(1.25);
	});

	test('a plain entry page loads no JavaScript of ours beyond Starlight’s own', () => {
		const docsPage = pageScripts(outDir(LARGE), '/about/');
		for (const type of ['playbooks', 'runbooks', 'considerations', 'faqs']) {
			expect(
				[...pageScripts(outDir(LARGE), firstPage(LARGE, type))].filter(
					(script) => !docsPage.has(script),
				),
				type,
			).toEqual([]);
		}
	});

	// A checklist page was 8.0 KB (its checklist and the role picker) until the engagement workspace
	// (#15) came to share the checklist's run store with it: Vite now puts the run store, the
	// exports and the share link in chunks of their own, about 0.7 KB more gzip for the same code.
	// The checklist itself stays within its 8 KB (test/e2e/budgets.test.ts).
	test('the checklist stays within 9 KB and the catalog within 8 KB gzip of their own JavaScript', () => {
		const starlight = pageScripts(outDir(LARGE), '/about/');
		for (const [path, kilobytes] of [
			[firstPage(LARGE, 'checklists'), 9],
			['/catalog/', 8],
		] as const) {
			const own = [...pageScripts(outDir(LARGE), path)].filter((script) => !starlight.has(script));
			expect(own.length, path).toBeGreaterThan(0);
			expect(gzipSize(outDir(LARGE), own), path).toBeLessThanOrEqual(kilobytes * 1024);
		}
	});
});
