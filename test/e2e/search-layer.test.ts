import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { ALSO_KNOWN_AS_MARK } from '../../src/lib/search/results.ts';

/** Runs a query on `/search/` and waits until the layer has shown its answer. */
async function searchPage(page: Page, query: string): Promise<void> {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(
		(expected) =>
			document.querySelector<HTMLElement>('pdp-search')?.dataset['searched'] === expected,
		query.slice(0, 200).trim(),
	);
}

const results = (page: Page) => page.locator('pdp-search [data-results] > li');
const pageTitles = (page: Page) =>
	page
		.locator('pdp-search [data-results] > li:not(.pdp-entry-card--section) > a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('the search layer on /search/', () => {
	const browse = useBrowser();

	test('a question with no page holding all its words still finds pages, and says which words', async () => {
		const { page, problems } = browse();
		await searchPage(page, 'is it wise to warn the customer about the survey');
		await expect(results(page).count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('pdp-search [data-notice]').textContent()).resolves.toMatch(
			/No page has all of your words\. Showing results for .*survey/,
		);
		expect(problems).toEqual([]);
	});

	test('a synonym finds the catalog’s own term and says so', async () => {
		const { page } = browse();
		await searchPage(page, 'how do we stop scope creep');
		await expect(page.locator('pdp-search [data-notice]').textContent()).resolves.toContain(
			'Including results for change request (“scope creep”)',
		);
		const [first] = await pageTitles(page);
		expect(first).toMatch(/change/);
	});

	test('a typo gets “did you mean”, linked, and the corrected word’s results', async () => {
		const { page } = browse();
		await searchPage(page, 'retrospectve without blame');
		const suggestion = page.locator('pdp-search [data-notice] a');
		await expect(suggestion.textContent()).resolves.toBe('retrospective without blame');
		await expect(suggestion.getAttribute('href')).resolves.toBe(
			'/search/?q=retrospective+without+blame',
		);
		expect((await pageTitles(page)).slice(0, 3).join(' ')).toMatch(/retrospective/);
	});

	test('a question an FAQ answers shows that answer first, linked to its question', async () => {
		const { page } = browse();
		await searchPage(page, 'how long should sprint 0 last');
		const answer = page.getByRole('region', { name: 'Answer' });
		await expect(answer.locator('a').textContent()).resolves.toBe('How long should Sprint 0 last?');
		await expect(answer.locator('a').getAttribute('href')).resolves.toMatch(
			/^\/faqs\/sprint-0-faq\/#/,
		);
		await expect(answer.locator('.pdp-answer__text').textContent()).resolves.toMatch(/\w{3}/);
	});

	test('a glossary term the query names shows its definition first', async () => {
		const { page } = browse();
		await searchPage(page, 'what does PESA stand for');
		const answer = page.getByRole('region', { name: 'Answer' });
		await expect(answer.locator('a').getAttribute('href')).resolves.toBe('/glossary/pesa/');
		await expect(answer.textContent()).resolves.toContain('security assessment');
	});

	test('FAQ questions are results of their own under their page', async () => {
		const { page } = browse();
		await searchPage(page, 'sprint 0 customer access');
		const section = page.locator('pdp-search [data-results] > li.pdp-entry-card--section').first();
		await expect(section.locator('a').getAttribute('href')).resolves.toMatch(/#/);
		await expect(section.locator('.pdp-entry-card__meta').textContent()).resolves.toMatch(/^In /);
	});

	test('a quoted phrase stays exact: fewer pages than its words, never relaxed to them', async () => {
		const { page } = browse();
		await searchPage(page, 'review weekly');
		const words = await results(page).count();
		await searchPage(page, '"review weekly"');
		const phrase = await pageTitles(page);
		expect(phrase.length).toBeGreaterThan(0);
		expect(phrase.length).toBeLessThan(words);
		await expect(page.locator('pdp-search').getAttribute('data-searches')).resolves.toBe('1');
		await expect(page.locator('pdp-search [data-notice]').isHidden()).resolves.toBe(true);
	});

	test('a best bet comes first', async () => {
		const { page } = browse();
		await searchPage(page, 'risk register');
		const [first] = await pageTitles(page);
		expect(first).toBe('/playbooks/manage-risks-and-issues-with-the-raid-log/');
	});

	test('the reader’s role marks the results that involve it, and hides nothing', async () => {
		const { page } = browse();
		await searchPage(page, 'kickoff');
		const before = await results(page).count();
		await page.evaluate(() =>
			localStorage.setItem('pdp:role:v1', JSON.stringify({ version: 1, role: 'consultant' })),
		);
		await searchPage(page, 'kickoff');
		await expect(results(page).count()).resolves.toBe(before);
		await expect(
			page.locator('pdp-search .pdp-badge--role', { hasText: 'Your role' }).count(),
		).resolves.toBeGreaterThan(0);
	});

	test('excerpts never show the synonyms indexed with a page', async () => {
		const { page } = browse();
		for (const query of ['sprint zero', 'handover to support', 'scope creep', 'post mortem']) {
			await searchPage(page, query);
			for (const text of await page.locator('pdp-search [data-results]').allTextContents())
				expect(text).not.toContain(ALSO_KNOWN_AS_MARK);
		}
	});

	test.each([
		['a 2,000-character query', 'raid '.repeat(400)],
		['stop words only', 'how do I do it'],
		['punctuation only', '?!.;:'],
		['markup', '<img src=x onerror="document.body.dataset.hacked=1">'],
		['regex metacharacters', '.*+?^${}()|[]\\'],
	])('%s: a defined answer, shown as text, no error', async (_, query) => {
		const { page, problems } = browse();
		await searchPage(page, query);
		await expect(page.locator('pdp-search [data-status]').textContent()).resolves.toMatch(/\w/);
		await expect(page.locator('pdp-search [data-results] img').count()).resolves.toBe(0);
		await expect(page.evaluate(() => document.body.dataset['hacked'])).resolves.toBeUndefined();
		expect(problems).toEqual([]);
	});

	test('hostile filter values in the URL are shown as text and match nothing, without error', async () => {
		const { page, problems } = browse();
		const hostile = '<img src=x onerror="document.body.dataset.hacked=1">';
		await page.goto(
			`/search/?q=kickoff&type=${encodeURIComponent(hostile)}&phase=__proto__&role=${'x'.repeat(500)}`,
		);
		await page.waitForFunction(
			() => document.querySelector<HTMLElement>('pdp-search')?.dataset['searched'] === 'kickoff',
		);
		await expect(page.locator('pdp-search img').count()).resolves.toBe(0);
		await expect(page.evaluate(() => document.body.dataset['hacked'])).resolves.toBeUndefined();
		await expect(
			page.evaluate(() => Object.prototype.hasOwnProperty.call({}, 'any')),
		).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	test('stop words alone are told to add a word', async () => {
		const { page } = browse();
		await searchPage(page, 'how do I do it');
		await expect(page.locator('pdp-search [data-status]').textContent()).resolves.toBe(
			'Your search has only common words; add a word about what you are looking for.',
		);
	});

	test.each([
		[1280, 800],
		[390, 844],
	])(
		'at %i×%i the first result is on the first screen, and nothing scrolls sideways',
		async (width, height) => {
			const { page } = browse();
			await page.setViewportSize({ width, height });
			await searchPage(page, 'kickoff agenda');
			const first = await results(page).first().boundingBox();
			expect(first?.y).toBeLessThan(height - 60);
			await expect(
				page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
			).resolves.toBe(true);
		},
	);

	test('has no accessibility violations with an answer and notices shown', async () => {
		const { page } = browse();
		await searchPage(page, 'retrospectve without blame');
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
	});
});

describe('the header search (Ctrl+K)', () => {
	const browse = useBrowser();
	const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the catalog' });

	test('the button is named by its visible text and announces its shortcut', async () => {
		const { page } = browse();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/playbooks/run-the-customer-kickoff/');
		const button = page.getByRole('button', { name: 'Search Ctrl K' });
		await expect(button.isVisible()).resolves.toBe(true);
		await expect(button.getAttribute('aria-keyshortcuts')).resolves.toBe('Control+K');
	});

	test('loads nothing of the search until it opens, then answers like /search/', async () => {
		const { page, problems } = browse();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto('/playbooks/run-the-customer-kickoff/');
		await page.waitForLoadState('networkidle');
		expect(
			requested.filter((path) => /pagefind|vocabulary\.json|search-engine/.test(path)),
		).toEqual([]);
		await page.keyboard.press('Control+k');
		await expect(dialog(page).isVisible()).resolves.toBe(true);
		await expect(
			page.evaluate(() => document.activeElement?.getAttribute('placeholder')),
		).resolves.toBe('Search, or ask a question');
		await page.keyboard.type('what does PESA stand for');
		await page.waitForFunction(
			() =>
				document.querySelector<HTMLElement>('pdp-site-search')?.dataset['searched'] ===
				'what does PESA stand for',
		);
		await expect(
			dialog(page).getByRole('region', { name: 'Answer' }).locator('a').getAttribute('href'),
		).resolves.toBe('/glossary/pesa/');
		await expect(
			dialog(page).getByRole('link', { name: 'All results, with filters' }).getAttribute('href'),
		).resolves.toBe('/search/?q=what+does+PESA+stand+for');
		expect(requested.some((path) => path.endsWith('/search/vocabulary.json'))).toBe(true);
		await page.keyboard.press('Escape');
		await expect(dialog(page).isVisible()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	test('on a phone the button fits and opens a full-screen dialog that closes with its button', async () => {
		const { page } = browse();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		const button = page.getByRole('button', { name: 'Search Ctrl K' });
		const box = await button.boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(44);
		expect(box?.height).toBeGreaterThanOrEqual(44);
		await button.click();
		await expect(dialog(page).isVisible()).resolves.toBe(true);
		await expect(
			page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
		).resolves.toBe(true);
		await dialog(page).getByRole('button', { name: 'Close' }).click();
		await expect(dialog(page).isVisible()).resolves.toBe(false);
	});

	test('has no accessibility violations, open and closed', async () => {
		const { page } = browse();
		await page.goto('/');
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('kickoff');
		await page.waitForFunction(
			() =>
				document.querySelector<HTMLElement>('pdp-site-search')?.dataset['searched'] === 'kickoff',
		);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
	});

	test('lists only FAQ questions under their page, one each, to stay short', async () => {
		const { page } = browse();
		await page.goto('/');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('who attends the kickoff');
		await page.waitForFunction(
			() =>
				document.querySelector<HTMLElement>('pdp-site-search')?.dataset['searched'] ===
				'who attends the kickoff',
		);
		const owners = await page.evaluate(() =>
			[...document.querySelectorAll('[data-site-results] > li.pdp-entry-card--section')].map(
				(section) => {
					let owner = section.previousElementSibling;
					while (owner?.classList.contains('pdp-entry-card--section'))
						owner = owner.previousElementSibling;
					return owner?.querySelector('.pdp-badge')?.textContent;
				},
			),
		);
		expect(owners.length).toBeGreaterThan(0);
		expect(new Set(owners)).toEqual(new Set(['FAQ']));
	});
});
