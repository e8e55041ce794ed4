import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { CatalogPage } from './support/catalog-page.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries, titleOf } from '../support/site-content.ts';

const templates = readSiteEntries().filter(
	(entry) => entry.collection === 'templates' && entry.data['status'] !== 'draft',
);
const EXPECTED_TYPES: Record<string, string> = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	md: 'text/markdown',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv',
};

describe('templates', () => {
	const browse = useBrowser();

	test('a document template shows its outline, guidance and placeholders, and its files download', async () => {
		const { page } = browse();
		await page.goto('/templates/weekly-status-report/');
		await expect(
			page.getByRole('heading', { level: 2, name: 'Outline' }).isVisible(),
		).resolves.toBe(true);
		const outline = page.getByRole('list', { name: 'Document outline' });
		await expect(outline.getByText('Top risks and issues', { exact: true }).count()).resolves.toBe(
			1,
		);
		await expect(outline.locator('.pdp-outline__guidance').count()).resolves.toBeGreaterThan(3);
		await expect(
			outline.locator('mark.pdp-placeholder', { hasText: 'Engagement name' }).count(),
		).resolves.toBe(1);
		const links = page.locator('.pdp-downloads a');
		await expect(links.allTextContents()).resolves.toEqual([
			'Weekly status report (Word)',
			'Weekly status report (Markdown)',
		]);
		expect(browse().problems).toEqual([]);
	});

	test('a register template lists its columns with their allowed values', async () => {
		const { page } = browse();
		await page.goto('/templates/raid-log/');
		const columns = page.getByRole('definition').filter({ hasText: 'The rating under' });
		await expect(columns.locator('.pdp-columns__value').allTextContents()).resolves.toEqual([
			'Red',
			'Amber',
			'Green',
		]);
		await expect(page.locator('.pdp-downloads').textContent()).resolves.toMatch(/\.xlsx, \d+ KB/);
		await expect(
			page.getByRole('heading', { level: 2, name: 'How to keep it' }).isVisible(),
		).resolves.toBe(true);
		expect(browse().problems).toEqual([]);
	});

	test.each(templates.map((entry) => entry.id))(
		'every file of %s downloads with its type and the size its page gives',
		async (id) => {
			const { page, baseUrl } = browse();
			await page.goto(`/templates/${id}/`);
			const items = await page.locator('.pdp-downloads li').all();
			expect(items.length).toBe(2);
			for (const item of items) {
				const href = (await item.getByRole('link').getAttribute('href')) ?? '';
				const response = await fetch(new URL(href, baseUrl));
				expect(response.status, href).toBe(200);
				const extension = href.split('.').pop() ?? '';
				expect(response.headers.get('content-type'), href).toContain(EXPECTED_TYPES[extension]);
				const bytes = (await response.arrayBuffer()).byteLength;
				const shown = (await item.locator('.pdp-muted').textContent()) ?? '';
				const size = bytes < 1000 ? `${bytes} bytes` : `${Math.round(bytes / 1000)} KB`;
				expect(shown).toContain(`${size}, version`);
			}
		},
	);

	test('the catalog has a Template facet that narrows to the templates of a phase', async () => {
		const catalog = await new CatalogPage(browse().page).open();
		await catalog.option('Template').check();
		await expect
			.poll(async () => (await catalog.resultTitles()).sort())
			.toEqual(templates.map(titleOf).sort());
		await catalog.option('Close & Delivery to Sales (D2S)').check();
		const closing = templates.filter((entry) =>
			(entry.data['phases'] as string[]).includes('close-and-d2s'),
		);
		await expect
			.poll(async () => (await catalog.resultTitles()).sort())
			.toEqual(closing.map(titleOf).sort());
		expect(browse().problems).toEqual([]);
	});

	test.each(['/templates/', '/templates/raid-log/', '/templates/weekly-status-report/'])(
		'%s passes axe, light and dark',
		async (path) => {
			const { page } = browse();
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				await expect(findAccessibilityViolations(page), scheme).resolves.toEqual([]);
			}
		},
	);

	test('a phase guide lists its templates', async () => {
		const { page } = browse();
		await page.goto('/phases/launch/');
		const group = page.locator('details.pdp-group', {
			has: page.getByRole('heading', { name: 'Templates' }),
		});
		await group.locator('summary').click();
		await expect(group.getByRole('link', { name: 'RAID log' }).count()).resolves.toBe(1);
	});

	test('a runbook names the templates it asks for under its metadata, each downloading from there', async () => {
		const { page, baseUrl } = browse();
		const runbook = readSiteEntries().find(
			(entry) => entry.collection === 'runbooks' && entry.id === 'run-the-weekly-raid-review',
		);
		expect(runbook?.data['templates']).toEqual(['raid-log', 'weekly-status-report']);
		await page.goto('/runbooks/run-the-weekly-raid-review/');
		const line = page.locator('.pdp-entry-templates');
		await expect(
			line.getByRole('link', { name: 'RAID log', exact: true }).getAttribute('href'),
		).resolves.toBe('/templates/raid-log/');
		// Each format link is named by its format first, then its template, for screen readers.
		const excel = line.getByRole('link', { name: 'Excel (RAID log)' });
		await expect(excel.getAttribute('download')).resolves.toBe('raid-log.xlsx');
		const response = await fetch(new URL((await excel.getAttribute('href')) ?? '', baseUrl));
		expect(response.headers.get('content-type')).toContain(EXPECTED_TYPES['xlsx']);
		await expect(
			line.getByRole('link', { name: 'Word (Weekly status report)' }).getAttribute('href'),
		).resolves.toBe('/templates/weekly-status-report/weekly-status-report.docx');
		// On the first screen of a phone, before the steps.
		await page.setViewportSize({ width: 390, height: 844 });
		const box = await line.boundingBox();
		expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThan(844);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		expect(browse().problems).toEqual([]);
	});

	test('an entry that asks for no template shows no templates line', async () => {
		const { page } = browse();
		await page.goto('/runbooks/send-the-csat-survey/');
		await expect(page.locator('.pdp-entry-templates').count()).resolves.toBe(0);
	});
});
