import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPhone } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readPage } from '../support/built-site.ts';
import {
	browserStorage,
	generateWorks,
	recordFiles,
	workspaceCatalogOf,
} from '../../scripts/lib/portfolio-records.ts';

const catalog = workspaceCatalogOf(readPage('/engagements/portfolio/'));
const TODAY = '2026-07-15';
const works = generateWorks(catalog, { count: 8, seed: 5, today: TODAY }).map((work) => ({
	...work,
	engagement: { ...work.engagement, archived: false },
}));
/** Two engagements kept in the browser; the rest travel as record files. */
const [first, second, ...others] = works;
const files = recordFiles(works, catalog);
const HOSTILE_NAME = '<img src=x onerror="window.pdpPwned=true">';

/** A file as Playwright hands it to a file input. */
const asUpload = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text),
});

/** Opens the portfolio with the clock fixed, and the browser keeping `kept` engagements. */
async function openPortfolio(page: Page, kept = [first!, second!]): Promise<void> {
	await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
	const entries = browserStorage(kept);
	await page.addInitScript((stored) => {
		if (localStorage.length > 0) return;
		for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
	}, entries);
	await page.goto('/engagements/portfolio/');
	await page.locator('pdp-engagements[data-ready]').waitFor();
}

/** Drops files on the page as a reader drags them from a folder; `bytes` makes a file that size. */
async function dropFiles(page: Page, dropped: { name: string; text?: string; bytes?: number }[]) {
	const transfer = await page.evaluateHandle((list) => {
		const data = new DataTransfer();
		for (const file of list)
			data.items.add(new File([file.text ?? new Uint8Array(file.bytes ?? 0)], file.name));
		return data;
	}, dropped);
	for (const type of ['dragenter', 'dragover', 'drop'])
		await page.locator('[data-drop]').dispatchEvent(type, { dataTransfer: transfer });
}

/** The matrix's rows as a reader reads them: each row's cells' text. */
const matrixRows = (page: Page) =>
	page
		.locator('[data-matrix] tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())),
		);
const names = async (page: Page) =>
	(await matrixRows(page)).map((cells) => cells[0]!.split('\n')[0]);

describe('the portfolio without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('says what it needs scripting for and links every checklist by phase', async () => {
		const { page, problems } = browse();
		await page.goto('/engagements/portfolio/');
		await expect(page.locator('.pdp-no-script').textContent()).resolves.toContain(
			'The portfolio needs JavaScript',
		);
		await expect(page.locator('.pdp-no-script a[href^="/checklists/"]').count()).resolves.toBe(
			catalog.checklists.length,
		);
		await expect(page.locator('[data-drop]').isVisible()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});
});

describe('the portfolio', () => {
	const browse = useBrowser();

	test('shows this browser’s engagements and dropped files; a hostile file is named and skipped, and no script runs', async () => {
		const { page, problems } = browse();
		await openPortfolio(page);
		await expect.poll(() => names(page)).toHaveLength(2);
		// The first engagement again, from a file; a second file whose engagement's name is markup;
		// a third too large to be a record, named with markup too.
		const hostile = { ...others[0]!, engagement: { ...others[0]!.engagement, name: HOSTILE_NAME } };
		await dropFiles(page, [
			{ name: 'acme.json', text: files[0]!.text },
			{ name: 'other.json', text: recordFiles([hostile], catalog)[0]!.text },
			{ name: '<svg onload="window.pdpPwned=true">.json', bytes: 6_000_000 },
		]);
		await expect.poll(() => names(page)).toHaveLength(4);
		await expect(page.locator('[data-problems-text]').textContent()).resolves.toBe(
			'1 of 3 files was not loaded; the others were.',
		);
		await expect(page.locator('[data-problems-list] li').allTextContents()).resolves.toEqual([
			'“<svg onload="window.pdpPwned=true">.json”: The file is larger than 5 MB, too large to be an engagement record.',
		]);
		const rows = await matrixRows(page);
		// The same engagement from this browser and from a file: two rows, told apart by source.
		const same = rows.filter((cells) => cells[0]!.startsWith(`${first!.engagement.name}\n`));
		expect(same.map((cells) => cells[0]!.split(' · ').at(-1))).toEqual([
			'This browser',
			'acme.json',
		]);
		expect(rows.map((cells) => cells[0]!.split('\n')[0])).toContain(HOSTILE_NAME);
		await expect(page.locator('[data-matrix] img, [data-problems] svg').count()).resolves.toBe(0);
		await expect(page.evaluate(() => 'pdpPwned' in window)).resolves.toBe(false);
		// Engagements in this browser link to their page; those from files have none here.
		await expect(page.locator('[data-matrix] tbody th a').count()).resolves.toBe(2);
		await expect(page.locator('[data-loaded-summary]').textContent()).resolves.toBe(
			'2 files in the portfolio',
		);
		// Choosing files works as dropping does: one not JSON is refused; a name loaded again replaces.
		await page
			.locator('[data-files]')
			.setInputFiles([
				asUpload('notes.txt', 'not json at all'),
				asUpload('acme.json', files[2]!.text),
			]);
		await expect
			.poll(() => page.locator('[data-problems]').textContent())
			.toContain('“notes.txt”: The file is not an engagement record');
		await expect.poll(() => names(page)).toContain(works[2]!.engagement.name);
		await expect(names(page)).resolves.toHaveLength(4);
		await page.locator('[data-loaded-summary]').click();
		await page.getByRole('button', { name: 'Remove “other.json”' }).click();
		await expect.poll(() => names(page)).toHaveLength(3);
		await page.getByRole('button', { name: 'Clear files' }).click();
		await expect.poll(() => names(page)).toHaveLength(2);
		expect(problems).toEqual([]);
	});

	test('sorts by a column either way and filters as the reader asks', async () => {
		const { page, problems } = browse();
		await openPortfolio(page, []);
		const shelved = { ...others[1]!, engagement: { ...others[1]!.engagement, archived: true } };
		await page
			.locator('[data-files]')
			.setInputFiles(
				recordFiles([...works.slice(0, 5), shelved], catalog).map(({ name, text }) =>
					asUpload(name, text),
				),
			);
		await expect.poll(() => names(page)).toHaveLength(5);
		// The archived one is left out until asked for.
		await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(
			/^5 of 6 engagements shown · /,
		);
		const byName = works.slice(0, 5).map(({ engagement }) => engagement.name);
		const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
		await expect(names(page)).resolves.toEqual(byName.toSorted(collator.compare));
		const heading = page.locator('[data-matrix] thead th').first();
		await expect(heading.getAttribute('aria-sort')).resolves.toBe('ascending');
		await page.getByRole('button', { name: 'Engagement', exact: true }).click();
		await expect.poll(() => names(page)).toEqual(byName.toSorted(collator.compare).reverse());
		await expect(heading.getAttribute('aria-sort')).resolves.toBe('descending');
		// Counts sort most first; the keyboard stays on the heading that was pressed.
		await page.getByRole('button', { name: 'Overdue items' }).click();
		const overdue = async () => (await matrixRows(page)).map((cells) => Number(cells.at(-1)));
		await expect.poll(overdue).toEqual((await overdue()).toSorted((a, b) => b - a));
		await expect(
			page.evaluate(() => document.activeElement?.getAttribute('data-sort')),
		).resolves.toBe('overdue');
		// Words, a gate's status, overdue only, archived shown.
		await page.getByLabel('Find').fill(works[0]!.engagement.name);
		await expect.poll(() => names(page)).toEqual([works[0]!.engagement.name]);
		await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(
			/^1 of 6 engagements shown · /,
		);
		await page.getByLabel('Find').fill('no such engagement');
		await expect.poll(() => page.locator('[data-no-match]').isVisible()).toBe(true);
		await page.getByLabel('Find').fill('');
		await page.getByRole('combobox', { name: /^Gate/ }).selectOption({ label: 'DQI' });
		await page.getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'Not met' });
		const dqi = catalog.gates.findIndex(({ id }) => id === 'dqi') + 1;
		const dqiCells = async () => (await matrixRows(page)).map((cells) => cells[dqi]);
		await expect.poll(dqiCells).not.toContain('In progress');
		const shown = await dqiCells();
		expect(shown.length).toBeGreaterThan(0);
		for (const cell of shown) expect(cell).toBe('Not met');
		await page.getByRole('combobox', { name: /^Gate/ }).selectOption({ label: 'Any gate' });
		await page.getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'Any status' });
		await page.getByLabel('Show archived').check();
		await expect.poll(() => names(page)).toHaveLength(6);
		await expect(page.locator('[data-matrix]').textContent()).resolves.toContain('Archived');
		expect(problems).toEqual([]);
	});

	test('exports the matrix as CSV and Markdown, as filtered and sorted', async () => {
		const { page, problems } = browse();
		await openPortfolio(page);
		await page.getByRole('button', { name: 'Engagement', exact: true }).click();
		const download = async (item: string) => {
			await page.locator('summary', { hasText: 'Export' }).click();
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: item }).click(),
			]);
			return {
				name: file.suggestedFilename(),
				text: readFileSync((await file.path()) ?? '', 'utf8'),
			};
		};
		const csv = await download('Matrix as CSV');
		expect(csv.name).toBe(`portfolio-${TODAY}.csv`);
		const lines = csv.text.split('\r\n');
		expect(lines[0]).toMatch(/^Engagement,Customer,Source,Archived,Opportunity Quality Review/);
		expect(lines.slice(1, 3).map((line) => line.split(',')[0])).toEqual(await names(page));
		const markdown = await download('Matrix as Markdown');
		expect(markdown.name).toBe(`portfolio-${TODAY}.md`);
		expect(markdown.text).toContain('# Portfolio');
		expect(markdown.text).toContain(`| ${(await names(page))[0]!} |`);
		expect(problems).toEqual([]);
	});

	test('takes 500 files at most: the rest are named as skipped', async () => {
		const { page, problems } = browse();
		await openPortfolio(page, []);
		const record = (index: number) =>
			JSON.stringify({
				schemaVersion: 1,
				engagement: { name: `E${String(index)}`, start: '2026-01-05', end: '2026-12-18' },
			});
		await page
			.locator('[data-files]')
			.setInputFiles(
				Array.from({ length: 502 }, (_, index) =>
					asUpload(`e${String(index)}.json`, record(index)),
				),
			);
		await expect.poll(() => page.locator('[data-matrix] tbody tr').count()).toBe(500);
		await expect(page.locator('[data-problems-list] li').allTextContents()).resolves.toEqual([
			'“e500.json”: Skipped: the portfolio holds at most 500 files.',
			'“e501.json”: Skipped: the portfolio holds at most 500 files.',
		]);
		expect(problems).toEqual([]);
	});

	test('prints the matrix and the items most often unmet, without the files and controls', async () => {
		const { page } = browse();
		await openPortfolio(page);
		await page.emulateMedia({ media: 'print' });
		for (const part of ['[data-matrix] table', '[data-unmet]', '[data-summary]'])
			await expect(page.locator(part).isVisible(), part).resolves.toBe(true);
		for (const part of ['[data-drop]', '[data-filters]', '.pdp-pf__actions'])
			await expect(page.locator(part).isVisible(), part).resolves.toBe(false);
		await expect(page.locator('[data-print-date]').textContent()).resolves.toBe(TODAY);
	});

	test('passes axe in light and dark with engagements on it, and never scrolls sideways on a phone', async () => {
		const watched = browse();
		await openPortfolio(watched.page);
		await watched.page.locator('[data-files]').setInputFiles([asUpload('b.json', files[3]!.text)]);
		await expect.poll(() => names(watched.page)).toHaveLength(3);
		await expect(findAccessibilityViolations(watched.page)).resolves.toEqual([]);
		const dark = await watched.context.browser()!.newContext({
			baseURL: watched.baseUrl,
			colorScheme: 'dark',
		});
		const darkPage = await dark.newPage();
		await openPortfolio(darkPage);
		await expect(findAccessibilityViolations(darkPage)).resolves.toEqual([]);
		await dark.close();
		const phone = await openPhone(watched);
		const small = await phone.newPage();
		await openPortfolio(small);
		await expect(
			small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
		).resolves.toBeLessThanOrEqual(0);
		await phone.close();
		expect(watched.problems).toEqual([]);
	});
});
