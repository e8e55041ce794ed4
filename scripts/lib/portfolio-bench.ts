/**
 * The portfolio's benchmark: how long `/engagements/portfolio/` takes to show N engagement record
 * files given to its file input, in Chromium over a built site; the records are made for the
 * catalog that site's page carries. Tooling only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateWorks, recordFiles, workspaceCatalogOf } from './portfolio-records.ts';
import { median, readBuiltPage } from './site-measure.ts';

/** One size's timings, in milliseconds. */
export interface PortfolioTiming {
	files: number;
	/** Inside the page: from the file input's change event to the matrix drawn and laid out. */
	pageMs: number[];
	/** From the benchmark's side: from choosing the files (on disk) to N rows on the page. */
	outsideMs: number[];
}

/** What the benchmark reports: N files against one file, measured in the same run. */
export interface PortfolioResult {
	sizes: PortfolioTiming[];
	runs: number;
}

/** Times one load of `files` in a fresh page (nothing kept in its storage), every row shown. */
async function timeLoad(
	baseUrl: string,
	browser: Browser,
	files: string[],
): Promise<{ pageMs: number; outsideMs: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${baseUrl}/engagements/portfolio/`);
	await page.locator('pdp-engagements[data-ready]').waitFor({ timeout: 60_000 });
	// Archived engagements are hidden until asked for; the figure is for all N rows.
	await page.getByLabel('Show archived').check();
	// A reader points at the drop zone to choose files (or drags them in), which starts loading the
	// record reader: the figure is for what follows.
	await page.locator('[data-drop]').hover();
	await page.waitForLoadState('networkidle');
	const started = performance.now();
	await page.locator('[data-files]').setInputFiles(files);
	await page
		.locator(`[data-matrix] tbody tr:nth-child(${String(files.length)})`)
		.waitFor({ timeout: 60_000 });
	const outsideMs = performance.now() - started;
	await page.locator('pdp-engagements[data-load-ms]').waitFor();
	const pageMs = Number(await page.locator('pdp-engagements').getAttribute('data-load-ms'));
	const rows = await page.locator('[data-matrix] tbody tr').count();
	await context.close();
	if (rows !== files.length)
		throw new Error(`the portfolio shows ${rows} rows, not ${files.length}`);
	return { pageMs, outsideMs };
}

/**
 * Loads `count` generated record files (and, as the baseline in the same run, one) `runs` times
 * each, alternating, in a fresh page each time.
 */
export async function benchPortfolio(
	baseUrl: string,
	browser: Browser,
	options: { count: number; runs: number; seed: number; outDir: string },
): Promise<PortfolioResult> {
	const catalog = workspaceCatalogOf(readBuiltPage(options.outDir, '/engagements/portfolio/'));
	const works = generateWorks(catalog, {
		count: options.count,
		seed: options.seed,
		today: today(),
	});
	// Files on disk, as a reader chooses them: Chromium reads them itself.
	const folder = mkdtempSync(join(tmpdir(), 'pdp-portfolio-'));
	const files = recordFiles(works, catalog).map(({ name, text }) => {
		writeFileSync(join(folder, name), text);
		return join(folder, name);
	});
	const sizes = [1, options.count].map((count) => ({
		files: count,
		pageMs: [] as number[],
		outsideMs: [] as number[],
	}));
	// A warm-up load of each size, not counted: the first page of a fresh browser compiles more.
	for (const size of sizes) await timeLoad(baseUrl, browser, files.slice(0, size.files));
	for (let run = 0; run < options.runs; run++)
		for (const size of sizes) {
			const timing = await timeLoad(baseUrl, browser, files.slice(0, size.files));
			size.pageMs.push(timing.pageMs);
			size.outsideMs.push(timing.outsideMs);
		}
	rmSync(folder, { recursive: true, force: true });
	return { sizes, runs: options.runs };
}

/** Today in UTC, as the generated engagements count their dates from it. */
function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** The result as Markdown lines: medians for N files and for one, and their ratio. */
export function portfolioTable(result: PortfolioResult): string[] {
	const [one, many] = result.sizes;
	if (!one || !many) return [];
	const cell = (values: number[]) =>
		`${median(values).toFixed(0)} (max ${Math.max(...values).toFixed(0)})`;
	const ratio = (pick: (size: PortfolioTiming) => number[]) =>
		`${(median(pick(many)) / median(pick(one))).toFixed(1)}×`;
	return [
		`| Portfolio: record files to matrix, median of ${String(result.runs)} (ms) | ${String(many.files)} files | 1 file | ratio |`,
		'|---|---|---|---|',
		`| In the page: change event to the matrix laid out | ${cell(many.pageMs)} | ${cell(one.pageMs)} | ${ratio((size) => size.pageMs)} |`,
		`| From outside: files chosen to ${String(many.files)} rows shown | ${cell(many.outsideMs)} | ${cell(one.outsideMs)} | ${ratio((size) => size.outsideMs)} |`,
	];
}
