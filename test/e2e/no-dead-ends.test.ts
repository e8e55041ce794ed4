import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries } from '../support/site-content.ts';

const entries = readSiteEntries();
const phases = entries.filter((entry) => entry.collection === 'phases');

describe('no dead ends', () => {
	const browse = useBrowser();

	test('a missing page searches the words of its address and offers the likely pages and where to start', async () => {
		const { page, baseUrl } = browse();
		const response = await fetch(`${baseUrl}/faqs/sprint-zero-faq/`);
		expect(response.status).toBe(404);
		await page.goto('/faqs/sprint-zero-faq/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Page not found',
		);
		const likely = page.getByRole('region', { name: 'Were you looking for' });
		await likely.waitFor();
		await expect(
			page.getByRole('searchbox', { name: 'Search the catalog' }).first().inputValue(),
		).resolves.toBe('sprint zero faq');
		const hrefs = await likely
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toContain('/faqs/sprint-0-faq/');
		for (const phase of phases)
			await expect(
				page.locator(`main a[href="/phases/${phase.id}/"]`).count(),
			).resolves.toBeGreaterThan(0);
		await expect(page.locator('main a[href="/catalog/"]').count()).resolves.toBeGreaterThan(0);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
	});

	test.each([
		'/catalog/',
		'/playbooks/',
		'/search/',
		'/glossary/',
		'/whats-new/',
		'/quality-gates/',
		'/onboarding/',
		'/',
	])('%s has no previous/next links to unrelated sidebar neighbours', async (path) => {
		const { page } = browse();
		await page.goto(path);
		await expect(page.locator('.pagination-links a').count()).resolves.toBe(0);
	});

	test('the home page and the onboarding path link what the framework is', async () => {
		const { page } = browse();
		for (const path of ['/', '/onboarding/']) {
			await page.goto(path);
			await expect(
				page.locator('main a[href="/framework/"]').count(),
				path,
			).resolves.toBeGreaterThan(0);
		}
		// First thing on the onboarding path: before the first phase guide.
		const links = await page
			.locator('main a[href]')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links.indexOf('/framework/')).toBeLessThan(links.indexOf('/phases/s2d/'));
	});

	test('the framework page names the four phases, the two quality gates and the four outcomes, each linked', async () => {
		const { page } = browse();
		await page.goto('/framework/');
		const glance = page.locator('main [data-at-a-glance]');
		const linked = async (prefix: string) =>
			(
				await glance
					.locator(`a[href^="${prefix}"]`)
					.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
			).sort();
		await expect(linked('/phases/')).resolves.toEqual([
			'/phases/close-and-d2s/',
			'/phases/launch/',
			'/phases/manage-and-inspect/',
			'/phases/s2d/',
		]);
		const gates = glance.locator('li', { hasText: 'Two quality gates' }).locator('a');
		await expect(
			gates.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))),
		).resolves.toEqual(['/quality-gates/oqr/', '/quality-gates/dqi/']);
		await expect(linked('/outcomes/')).resolves.toEqual([
			'/outcomes/improved-esg-performance/',
			'/outcomes/increased-revenue/',
			'/outcomes/operational-efficiency/',
			'/outcomes/reduced-business-risk/',
		]);
	});

	test('a type index offers only filters its entries have, each with a count above 0', async () => {
		const { page } = browse();
		await page.goto('/roles/');
		await page.locator('pdp-catalog[data-ready]').waitFor();
		await expect(page.locator('[data-facet-group="phase"]').count()).resolves.toBe(0);
		const counts = await page.locator('[data-facets] [data-count]').allTextContents();
		expect(counts.length).toBeGreaterThan(0);
		for (const count of counts) expect(Number(count)).toBeGreaterThan(0);
	});

	test('a quality-gate page says it is a quality gate, and a success measure that it is one', async () => {
		const { page } = browse();
		await page.goto('/quality-gates/dqi/');
		await expect(page.locator('.pdp-meta-line a').first().textContent()).resolves.toBe(
			'Quality gate',
		);
		await page.goto('/quality-gates/csat/');
		const kind = page.locator('.pdp-meta-line a').first();
		await expect(kind.textContent()).resolves.toBe('Success measure');
		await expect(kind.getAttribute('href')).resolves.toBe('/quality-gates/#success-measure');
	});
});

describe('no dead ends without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('the missing page still offers a search box and where to start', async () => {
		const { page } = browse();
		await page.goto('/no-such-page/');
		await expect(
			page.locator('main form[action="/search/"] input[name="q"]').count(),
		).resolves.toBe(1);
		await expect(page.locator('main a[href="/catalog/"]').count()).resolves.toBeGreaterThan(0);
	});
});
