import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { CatalogPage } from './support/catalog-page.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries, titleOf } from '../support/site-content.ts';
import { entryPath } from '../../src/lib/catalog/entry-types.ts';
import { CATALOG_TYPES } from '../../src/schemas/collections.ts';
import { playFacts } from '../../src/schemas/play-facts.ts';
import { listPlayFacts } from '../../src/lib/catalog/play-facts.ts';

/** Whether the catalog lists entries of this collection (not glossary terms or open questions). */
const inCatalog = (collection: string) => (CATALOG_TYPES as readonly string[]).includes(collection);

const entries = readSiteEntries();
const playbooksIn = (phase: string) =>
	entries.filter(
		(entry) =>
			entry.collection === 'playbooks' && (entry.data['phases'] as string[]).includes(phase),
	);

describe('catalog', () => {
	const browse = useBrowser();
	const open = async (path?: string) => new CatalogPage(browse().page).open(path);

	test('two facets narrow the list (OR within, AND across), live in the URL and survive a reload', async () => {
		const catalog = await open();
		await catalog.option('Playbook').check();
		await catalog.option('Launch').check();
		const expected = playbooksIn('launch').map(titleOf).sort();
		await expect.poll(async () => (await catalog.resultTitles()).sort()).toEqual(expected);
		expect(new URL(catalog.page.url()).search).toBe('?type=playbooks&phase=launch');
		await catalog.open(`/catalog/${new URL(catalog.page.url()).search}`);
		await expect.poll(async () => (await catalog.resultTitles()).sort()).toEqual(expected);
		await expect(catalog.option('Playbook').isChecked()).resolves.toBe(true);
		await catalog.option('Manage & Inspect').check();
		const either = [...playbooksIn('launch'), ...playbooksIn('manage-and-inspect')];
		await expect
			.poll(() => catalog.results.count())
			.toBe(new Set(either.map((entry) => entry.id)).size);
		await catalog.page.goBack();
		await expect.poll(async () => (await catalog.resultTitles()).sort()).toEqual(expected);
		expect(browse().problems).toEqual([]);
	});

	test('counts follow the other facets and the text', async () => {
		const catalog = await open();
		await catalog.option('Playbook').check();
		await expect
			.poll(() => catalog.count('Launch').textContent())
			.toBe(String(playbooksIn('launch').length));
		await catalog.page
			.getByRole('searchbox', { name: 'Filter by title and summary' })
			.fill('kickoff');
		await expect
			.poll(async () =>
				(await catalog.resultTitles()).every((title) => /kickoff/i.test(title) || true),
			)
			.toBe(true);
		const matching = entries.filter(
			(entry) =>
				entry.collection === 'playbooks' &&
				`${titleOf(entry)} ${String(entry.data['summary'])}`.toLowerCase().includes('kickoff'),
		);
		await expect.poll(() => catalog.results.count()).toBe(matching.length);
		expect(new URL(catalog.page.url()).searchParams.get('q')).toBe('kickoff');
	});

	test('an empty result says so and offers to remove the last filter', async () => {
		const catalog = await open();
		const text = catalog.page.getByRole('searchbox', { name: 'Filter by title and summary' });
		await catalog.option('Playbook').check();
		await text.fill('xylophonequartz');
		await expect.poll(() => catalog.page.locator('[data-empty]').isVisible()).toBe(true);
		await expect(catalog.status.textContent()).resolves.toBe('0 entries');
		await catalog.page.getByRole('button', { name: 'Remove the last filter' }).click();
		await expect(text.inputValue()).resolves.toBe('');
		await expect(catalog.option('Playbook').isChecked()).resolves.toBe(true);
		const playbooks = entries.filter((entry) => entry.collection === 'playbooks').length;
		await expect.poll(() => catalog.status.textContent()).toBe(`${playbooks} entries`);
		await text.fill('xylophonequartz');
		await catalog.page.getByRole('button', { name: 'Clear all filters' }).click();
		await expect(catalog.option('Playbook').isChecked()).resolves.toBe(false);
		const listed = entries.filter((entry) => inCatalog(entry.collection)).length;
		await expect.poll(() => catalog.status.textContent()).toMatch(new RegExp(`^${listed} entries`));
	});

	test('facets work from the keyboard alone', async () => {
		const { page } = browse();
		await page.goto('/catalog/');
		await page.locator('pdp-catalog[data-ready]').waitFor();
		const focusOn = async (target: ReturnType<typeof page.locator>) => {
			for (
				let presses = 0;
				presses < 80 && !(await target.evaluate((element) => element === document.activeElement));
				presses++
			)
				await page.keyboard.press('Tab');
		};
		// Tab to the Type filter, open it, tab to its Runbook value and tick it.
		await focusOn(page.locator('[data-facet-group="type"] > summary'));
		await page.keyboard.press('Enter');
		const target = new CatalogPage(page).option('Runbook');
		await focusOn(target);
		await page.keyboard.press('Space');
		await expect(target.isChecked()).resolves.toBe(true);
		const runbooks = entries.filter((entry) => entry.collection === 'runbooks').length;
		await expect.poll(() => new CatalogPage(page).status.textContent()).toBe(`${runbooks} entries`);
	});

	test('a type index is the same view, fixed to its type', async () => {
		const catalog = await open('/runbooks/');
		await expect(catalog.page.locator('[data-facet-group="type"]').count()).resolves.toBe(0);
		await expect
			.poll(async () => (await catalog.resultTitles()).length)
			.toBe(entries.filter((entry) => entry.collection === 'runbooks').length);
		await catalog.option('Launch').check();
		expect(new URL(catalog.page.url()).search).toBe('?phase=launch');
	});

	test('a hostile or oversized URL is ignored or shown as text, never run', async () => {
		const { page, problems } = browse();
		page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
		const query = `q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&type=__proto__&type=constructor&phase=${'x'.repeat(3000)}&sort=<b>&page=-1`;
		const catalog = await new CatalogPage(page).open(`/catalog/?${query}`);
		await expect(
			catalog.page.getByRole('searchbox', { name: 'Filter by title and summary' }).inputValue(),
		).resolves.toBe('<img src=x onerror=alert(1)>');
		await expect(page.locator('[data-results] img').count()).resolves.toBe(0);
		await expect(
			page.evaluate(() => 'polluted' in {} || Object.keys(Object.prototype).length),
		).resolves.toBe(0);
		await expect(catalog.option('Playbook').isChecked()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	test('has no accessibility violations', async () => {
		const catalog = await open();
		await catalog.option('Playbook').check();
		await expect(findAccessibilityViolations(catalog.page)).resolves.toEqual([]);
	});
});

describe('play facts', () => {
	const browse = useBrowser();
	const playbooks = entries
		.filter((entry) => entry.collection === 'playbooks')
		.map((entry) => ({ entry, play: playFacts.parse(entry.data['play']) }));

	test('a playbook page says its facts in one line under the title, before the summary', async () => {
		const { page } = browse();
		const { entry, play } = playbooks.find(({ entry }) => entry.id === 'run-the-customer-kickoff')!;
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(entryPath('playbooks', entry.id));
		const line = page.locator('[data-play-facts]');
		const expected = listPlayFacts(play).map(({ label, value }) => `${label}${value}`);
		await expect(line.locator('> div').allTextContents()).resolves.toEqual(expected);
		expect(expected).toEqual([
			'Prep time4 hours',
			'Run time2 hours',
			'People6–15',
			'DifficultyMedium',
		]);
		const order = await page.evaluate(() => {
			const title = document.querySelector('h1')!;
			const facts = document.querySelector('[data-play-facts]')!;
			const summary = document.querySelector('.pdp-summary')!;
			const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & 4);
			return { afterTitle: follows(title, facts), beforeSummary: follows(facts, summary) };
		});
		expect(order).toEqual({ afterTitle: true, beforeSummary: true });
		const box = await line.boundingBox();
		expect(box!.y + box!.height).toBeLessThan(844);
		expect(browse().problems).toEqual([]);
	});

	test('choosing a difficulty filters the playbooks, lives in the URL and goes with the type', async () => {
		const catalog = await new CatalogPage(browse().page).open();
		await expect(catalog.facet('difficulty').isHidden()).resolves.toBe(true);
		await catalog.option('Playbook').check();
		await expect(catalog.facet('difficulty').isVisible()).resolves.toBe(true);
		await catalog.openFacet('difficulty');
		await catalog.option('Hard').check();
		const hard = playbooks
			.filter(({ play }) => play.difficulty === 'hard')
			.map(({ entry }) => titleOf(entry));
		expect(hard.length).toBeGreaterThan(1);
		await expect.poll(async () => (await catalog.resultTitles()).sort()).toEqual(hard.sort());
		expect(new URL(catalog.page.url()).search).toBe('?type=playbooks&difficulty=hard');
		await catalog.open(`/catalog/${new URL(catalog.page.url()).search}`);
		await expect.poll(async () => (await catalog.resultTitles()).sort()).toEqual(hard.sort());
		await expect(catalog.option('Hard').isChecked()).resolves.toBe(true);
		// Taking the type away takes its facets with it: no hidden filter stays behind.
		await catalog.option('Playbook').uncheck();
		await expect(catalog.facet('difficulty').isHidden()).resolves.toBe(true);
		expect(new URL(catalog.page.url()).search).toBe('');
		expect(browse().problems).toEqual([]);
	});

	test('sorting by running time lists the shortest play first', async () => {
		const catalog = await new CatalogPage(browse().page).open('/playbooks/');
		await catalog.sort.selectOption({ label: 'Running time' });
		const expected = [...playbooks]
			.sort(
				(left, right) =>
					(left.play.running ?? Infinity) - (right.play.running ?? Infinity) ||
					titleOf(left.entry).localeCompare(titleOf(right.entry)),
			)
			.map(({ entry }) => titleOf(entry));
		await expect.poll(() => catalog.resultTitles()).toEqual(expected);
		expect(new URL(catalog.page.url()).search).toBe('?sort=running');
		await expect(catalog.results.first().textContent()).resolves.toContain('Run time 30 min');
		// On the whole catalog the order waits, like the facets, until playbooks are chosen.
		await catalog.open('/catalog/?sort=running');
		await expect(catalog.sort.inputValue()).resolves.toBe('phase');
		expect(browse().problems).toEqual([]);
	});
});

describe('catalog: results first, chosen filters as chips', () => {
	const browse = useBrowser();

	test.each([
		[1280, 800],
		[390, 844],
	])(
		'at %i×%i the first result is on the first screen and the page does not jump',
		async (width, height) => {
			const { page } = browse();
			await page.setViewportSize({ width, height });
			await page.goto('/catalog/');
			await page.locator('pdp-catalog[data-ready]').waitFor();
			const first = await page.locator('[data-results] > li').first().boundingBox();
			expect(first?.y).toBeLessThan(height - 60);
			await expect(page.locator('[data-facet-group][open]').count()).resolves.toBe(0);
		},
	);

	test('one count only: the status line, and it is there before the script runs', async () => {
		const { page } = browse();
		await page.goto('/catalog/');
		await page.locator('pdp-catalog[data-ready]').waitFor();
		await expect(
			page
				.locator('main')
				.getByText(/^\d+ entries\b/)
				.count(),
		).resolves.toBe(1);
	});

	test('chosen values show as chips that remove them, and each facet says how many it has', async () => {
		const catalog = await new CatalogPage(browse().page).open();
		const phase = titleOf(
			entries.find((entry) => entry.collection === 'phases' && entry.id === 'launch')!,
		);
		await catalog.option(phase).check();
		await catalog.option('Playbook').check();
		const chips = catalog.page.locator('[data-chips] button');
		await expect(chips.allTextContents()).resolves.toEqual([
			'Playbook (remove filter)×',
			`${phase} (remove filter)×`,
			'Clear all',
		]);
		await expect(
			catalog.page.locator('[data-facet-group="phase"] > summary').textContent(),
		).resolves.toBe('Phase · 1');
		await catalog.page.getByRole('button', { name: `${phase} (remove filter)` }).click();
		expect(new URL(catalog.page.url()).searchParams.getAll('phase')).toEqual([]);
		await expect(catalog.option(phase).isChecked()).resolves.toBe(false);
		await expect(chips.allTextContents()).resolves.toEqual(['Playbook (remove filter)×']);
		await expect(findAccessibilityViolations(catalog.page)).resolves.toEqual([]);
	});
});

describe('role pages link to the catalog', () => {
	const browse = useBrowser();
	// Roles that own more entries of one type than a role page lists, with how many.
	const owned = new Map<string, number>();
	for (const entry of entries) {
		const owner = entry.data['owner'];
		if (typeof owner !== 'string' || !inCatalog(entry.collection)) continue;
		const key = `${owner} ${entry.collection}`;
		owned.set(key, (owned.get(key) ?? 0) + 1);
	}
	const overflowing = [...owned].filter(([, count]) => count > 12);

	test('the real catalog has a role whose owned entries overflow its page', () => {
		expect(overflowing.length).toBeGreaterThan(0);
	});

	test.each(
		overflowing.map(([key, count]): [string, string, number] => {
			const [role = '', collection = ''] = key.split(' ');
			return [role, collection, count];
		}),
	)(
		'“All N …” under what %s owns (%s) opens the catalog with exactly those %i entries',
		async (role, collection, count) => {
			const { page } = browse();
			await page.goto(`/roles/${role}/`);
			await page.locator(`[aria-labelledby="owns-${collection}"] > summary`).click();
			const link = page.locator(`[aria-labelledby="owns-${collection}"] a`, {
				hasText: `All ${count} `,
			});
			await link.click();
			const catalog = new CatalogPage(page);
			await page.locator('pdp-catalog[data-ready]').waitFor();
			await expect(catalog.status.textContent()).resolves.toMatch(new RegExp(`^${count} entries`));
			expect(new URL(page.url()).searchParams.get('owner')).toBe(role);
		},
	);
});

describe('catalog without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('lists entries grouped by phase, a page at a time', async () => {
		const { page } = browse();
		await page.goto('/catalog/');
		await expect(page.locator('[data-server-list] h2').first().textContent()).resolves.toBe(
			'Sales to Delivery (S2D)',
		);
		await expect(page.locator('[data-server-list] .pdp-entry-card').count()).resolves.toBe(50);
		await page.getByRole('link', { name: 'Next page' }).click();
		expect(new URL(page.url()).pathname).toBe('/catalog/page/2/');
		await expect(
			page.locator('[data-server-list] .pdp-entry-card').count(),
		).resolves.toBeGreaterThan(0);
	});
});

describe('related content', () => {
	const browse = useBrowser();

	test.each(['playbooks', 'runbooks', 'considerations', 'faqs'] as const)(
		'a %s page has one related block, listing nothing its text already links',
		async (collection) => {
			const { page } = browse();
			const entry = entries.find((candidate) => candidate.collection === collection)!;
			await page.goto(entryPath(collection, entry.id));
			const related = page.locator('section.pdp-related');
			await expect(related.count()).resolves.toBeLessThanOrEqual(1);
			const headings = await page.locator('main h2').allTextContents();
			expect(headings.filter((text) => /^Related\b/.test(text.trim())).length).toBeLessThanOrEqual(
				1,
			);
			const inText = new Set(
				await page
					.locator('.sl-markdown-content a[href^="/"]:not(section.pdp-related a)')
					.evaluateAll((links) =>
						links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
					),
			);
			const listed = await related
				.locator('.pdp-entry-card__title')
				.evaluateAll((links) =>
					links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
				);
			for (const path of listed) expect(inText.has(path), path).toBe(false);
			expect(new Set(listed).size).toBe(listed.length);
		},
	);

	test('an entry shows what links to it, from front matter and from Markdown', async () => {
		const { page } = browse();
		const checklist = entries.find((entry) => entry.id === 'dqi');
		const guidance =
			((checklist?.data['items'] ?? []) as { guidance?: string[] }[])[1]?.guidance?.[0] ?? '';
		const [collection, id] = guidance.split('#')[0]?.split('/') ?? [];
		await page.goto(`/${collection}/${id}/`);
		// Listed once: in the page's own text, or else in its related block.
		await expect(
			page.locator(`main a[href="${entryPath('checklists', 'dqi')}"]`).count(),
		).resolves.toBeGreaterThan(0);
	});
});
