import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries, titleOf } from '../support/site-content.ts';

const entries = readSiteEntries();
const phaseTitle = (id: string) =>
	titleOf(entries.find((entry) => entry.collection === 'phases' && entry.id === id)!);

describe('search page', () => {
	const browse = useBrowser();

	const waitForResults = (page: ReturnType<typeof browse>['page']) =>
		page
			.locator('[data-status]')
			.filter({ hasText: /result/ })
			.waitFor();

	test('shows its filters before anything is typed, and browses by filter alone', async () => {
		const { page, problems } = browse();
		await page.goto('/search/');
		await page.locator('pdp-search[data-ready]').waitFor();
		// Filters start closed so the results come first; the summary says what is chosen.
		await page.locator('[data-filters] summary', { hasText: 'Type' }).click();
		await page
			.locator('[data-filters] label', { hasText: 'Checklist' })
			.getByRole('checkbox')
			.check();
		await waitForResults(page);
		const checklists = entries.filter((entry) => entry.collection === 'checklists').length;
		await expect(page.locator('[data-status]').textContent()).resolves.toBe(
			`${checklists} results`,
		);
		expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Checklist']);
		await expect(
			page.locator('[data-filters] summary', { hasText: 'Type' }).textContent(),
		).resolves.toBe('Type · 1');
		expect(problems).toEqual([]);
	});

	test('a term with a phase filter returns only that phase’s entries, with type and phase badges', async () => {
		const { page } = browse();
		const phase = phaseTitle('s2d');
		await page.goto(`/search/?q=PESA&phase=${encodeURIComponent(phase)}`);
		await waitForResults(page);
		// Pages, not the FAQ questions and sections listed under them.
		const cards = page.locator('[data-results] > li:not(.pdp-entry-card--section)');
		await expect(cards.count()).resolves.toBeGreaterThan(3);
		for (const meta of await cards.locator('.pdp-entry-card__meta').allTextContents())
			expect(meta).toContain(phase);
		await expect(cards.first().locator('.pdp-badge').textContent()).resolves.toMatch(/\w/);
		await expect(
			page.locator('[data-filters] summary', { hasText: 'Phase' }).textContent(),
		).resolves.toBe('Phase · 1');
		await page.locator('[data-filters] summary', { hasText: 'Phase' }).click();
		await expect(
			page.locator('[data-filters] label', { hasText: phase }).getByRole('checkbox').isChecked(),
		).resolves.toBe(true);
	});

	test.each([
		['PESA', 'pesa'],
		['DQI', 'delivery-quality-inspection'],
		['OQR', 'opportunity-quality-review'],
		['S2D', 's2d-handover'],
		['CSAT', 'csat'],
	])('the acronym %s finds its process among the first results', async (acronym, process) => {
		const { page } = browse();
		await page.goto(`/search/?q=${acronym}`);
		await waitForResults(page);
		const hrefs = await page
			.locator('[data-results] a.pdp-entry-card__title')
			.evaluateAll((links) => links.slice(0, 6).map((link) => link.getAttribute('href')));
		expect(
			hrefs.some((href) => href?.includes(`/${process}/`) || href?.includes(acronym.toLowerCase())),
		).toBe(true);
	});

	test('a glossary term is found by its expansion', async () => {
		const { page } = browse();
		await page.goto('/search/?q=Pre-Engagement+Security+Assessment');
		await waitForResults(page);
		const hrefs = await page
			.locator('[data-results] a.pdp-entry-card__title')
			.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
		expect(hrefs).toContain('/glossary/pesa/');
	});

	test('no results suggests the catalog and the glossary', async () => {
		const { page } = browse();
		await page.goto('/search/?q=xylophonequartz');
		await page.locator('[data-empty]:not([hidden])').waitFor();
		await expect(
			page.locator('[data-empty]').getByRole('link', { name: 'catalog' }).getAttribute('href'),
		).resolves.toBe('/catalog/');
		await expect(
			page.locator('[data-empty]').getByRole('link', { name: 'glossary' }).getAttribute('href'),
		).resolves.toBe('/glossary/');
	});

	test('works from the keyboard alone: type, tick a filter, open a result', async () => {
		const { page } = browse();
		await page.goto('/search/');
		await page.locator('pdp-search[data-ready]').waitFor();
		const box = page.getByRole('searchbox', { name: 'Search the catalog' });
		for (
			let presses = 0;
			presses < 40 && !(await box.evaluate((element) => element === document.activeElement));
			presses++
		) {
			await page.keyboard.press('Tab');
		}
		await page.keyboard.type('kickoff');
		// Tab to the Type filter, open it, tab to its first value and tick it.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await waitForResults(page);
		const checked = await page.locator('[data-filters] input:checked').count();
		expect(checked).toBe(1);
		const first = page.locator('[data-results] a.pdp-entry-card__title').first();
		await first.focus();
		const href = await first.getAttribute('href');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === href);
	});

	test('has no accessibility violations', async () => {
		const { page } = browse();
		await page.goto('/search/?q=kickoff');
		await waitForResults(page);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
	});
});
