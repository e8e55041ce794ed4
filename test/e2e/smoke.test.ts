import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries, titleOf, type SiteEntry } from '../support/site-content.ts';
import { ENTRY_TYPES, INDEXED_TYPES, entryPath } from '../../src/lib/catalog/entry-types.ts';
import { storageKey } from '../../src/lib/checklists/state.ts';
import { assessmentStorageKey } from '../../src/lib/checklists/assessment-state.ts';
import { DQI_STORAGE_KEY } from '../../src/lib/browser/dqi-window.ts';
import { PROGRESS_STORAGE_KEY } from '../../src/lib/browser/onboarding-progress.ts';
import { ROLE_STORAGE_KEY } from '../../src/lib/browser/role-choice.ts';

const entries = readSiteEntries();
const byCollection = (collection: SiteEntry['collection']) =>
	entries
		.filter((entry) => entry.collection === collection)
		.sort((a, b) => a.id.localeCompare(b.id));
const first = (collection: SiteEntry['collection']) => {
	const entry = byCollection(collection)[0];
	if (!entry) throw new Error(`content/${collection}/ has no published entry`);
	return entry;
};

/** A glossary page's title: the term, and its expansion where there is one. */
function glossaryTitle(entry: SiteEntry): string {
	const expansion = entry.data['expansion'];
	return typeof expansion === 'string' ? `${titleOf(entry)} — ${expansion}` : titleOf(entry);
}

const routes: { path: string; title: string }[] = [
	...INDEXED_TYPES.map((type) => ({
		path: entryPath(type, first(type).id),
		title: titleOf(first(type)),
	})),
	...INDEXED_TYPES.map((type) => ({ path: `/${type}/`, title: ENTRY_TYPES[type].plural })),
	{ path: '/glossary/', title: 'Glossary' },
	{ path: entryPath('glossary', first('glossary').id), title: glossaryTitle(first('glossary')) },
	{ path: '/catalog/', title: 'Catalog' },
	{ path: '/catalog/page/2/', title: 'Catalog (page 2)' },
	{ path: '/search/', title: 'Search' },
	{ path: '/whats-new/', title: "What's new" },
	{ path: '/authoring/front-matter/', title: 'Front matter reference' },
	{ path: '/authoring/open-questions/', title: 'Open questions' },
	{ path: entryPath('questions', first('questions').id), title: titleOf(first('questions')) },
	{ path: '/about/', title: 'About PDP' },
	{ path: '/framework/', title: 'The delivery framework in one page' },
];

describe('every route type', () => {
	const browse = useBrowser();

	test.each([...routes, { path: '/', title: 'Delivery Practices' }])(
		'$path renders "$title" with no console error and no accessibility violation',
		async ({ path, title }) => {
			const { page, problems } = browse();
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
			await expect(page.title()).resolves.toContain(title);
			await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
			expect(problems).toEqual([]);
		},
	);

	test('entry pages show type, phases, process and roles as links', async () => {
		const { page } = browse();
		const playbook = first('playbooks');
		await page.goto(entryPath('playbooks', playbook.id));
		// The type, phases and owner on one line; process, roles and outcomes one click away.
		const meta = page.locator('.pdp-about');
		await expect(meta.locator('.pdp-meta').isVisible()).resolves.toBe(false);
		await meta.getByText('Process, roles, outcomes and review dates').click();
		await expect(meta.locator('.pdp-meta').isVisible()).resolves.toBe(true);
		await expect(meta.getByRole('link', { name: 'Playbook' }).getAttribute('href')).resolves.toBe(
			'/playbooks/',
		);
		const processId = String(playbook.data['process']);
		await expect(meta.locator(`a[href="/processes/${processId}/"]`).count()).resolves.toBe(1);
		for (const phase of playbook.data['phases'] as string[]) {
			await expect(meta.locator(`a[href="/phases/${phase}/"]`).count()).resolves.toBe(1);
		}
		for (const role of playbook.data['roles'] as string[]) {
			await expect(meta.locator(`a[href="/roles/${role}/"]`).count()).resolves.toBeGreaterThan(0);
		}
	});
});

describe('entry pages lead with the reading', () => {
	const browse = useBrowser();
	const onPath = new Set(
		byCollection('phases').flatMap((phase) => {
			const onboarding = phase.data['onboarding'] as { playbooks?: string[] } | undefined;
			return (onboarding?.playbooks ?? []).map((id) => `playbooks/${id}`);
		}),
	);
	const plain = (['playbooks', 'runbooks', 'considerations', 'faqs'] as const).map((collection) => {
		const entry = byCollection(collection).find((item) => !onPath.has(`${collection}/${item.id}`));
		if (!entry) throw new Error(`no ${collection} entry off the onboarding path`);
		return entryPath(collection, entry.id);
	});

	test.each(plain)(
		'%s on a 390×844 phone: summary, one metadata line, and the reading starts on the first screen',
		async (path) => {
			const { page } = browse();
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			const summary = await page.locator('.pdp-summary').boundingBox();
			const about = await page.locator('.pdp-about').boundingBox();
			// What follows the metadata is the entry's own text (an aside, a paragraph or a heading).
			const reading = await page.locator('.pdp-about + *').boundingBox();
			expect(summary && about && summary.y < about.y).toBe(true);
			expect(about?.height).toBeLessThan(160);
			expect(reading?.y).toBeLessThan(844 - 40);
		},
	);
});

describe('no page scrolls sideways', () => {
	const browse = useBrowser();
	const paths = [
		...routes.map((route) => route.path),
		'/',
		...byCollection('phases').map((phase) => entryPath('phases', phase.id)),
		`/roles/${first('roles').id}/`,
		'/roles/',
		'/checklists/dqi/',
		'/quality-gates/dqi/',
		'/onboarding/',
		'/search/?q=kickoff',
	];

	test.each(paths)('%s fits every width from 320 to 1,920 px', async (path) => {
		const { page } = browse();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		const overflow: string[] = [];
		for (const width of [320, 390, 768, 1280, 1920]) {
			await page.setViewportSize({ width, height: 800 });
			const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			if (scrollWidth > width) overflow.push(`${String(width)} px wide: ${String(scrollWidth)} px`);
		}
		expect(overflow).toEqual([]);
	});
});

describe('every route type with damaged or blocked storage', () => {
	const browse = useBrowser();
	const checklist = first('checklists').id;
	// Every key the site and Starlight keep, each holding something that is not theirs.
	const garbage: Record<string, string> = {
		'starlight-theme': '{"bad',
		[ROLE_STORAGE_KEY]: '{oops',
		[PROGRESS_STORAGE_KEY]: '[1,2',
		[DQI_STORAGE_KEY]: '"2026-13-45"',
		[storageKey(checklist)]: '{"version":1,"runs":"no"}',
		[assessmentStorageKey('dqi')]: '{"__proto__":{"x":1}}',
	};
	const pages = [
		...routes.map((route) => route.path),
		'/',
		`/checklists/${checklist}/`,
		'/checklists/dqi/',
		'/quality-gates/dqi/',
		'/onboarding/',
		`/roles/${first('roles').id}/`,
		`/phases/${first('phases').id}/`,
	];

	test.each(pages)('%s: every stored key filled with garbage, no console error', async (path) => {
		const { page, problems } = browse();
		await page.addInitScript((values) => {
			for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
		}, garbage);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toMatch(
			/^(dark|light)$/,
		);
		expect(problems).toEqual([]);
	});

	test.each(pages)('%s: storage that throws on access, no console error', async (path) => {
		const { page, problems } = browse();
		await page.addInitScript(
			`Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`,
		);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});
});

describe('home page', () => {
	const browse = useBrowser();

	test('shows the four phases in order and one entry point per user group', async () => {
		const { page, problems } = browse();
		await page.goto('/');
		const phases = byCollection('phases').sort(
			(a, b) => Number(a.data['order']) - Number(b.data['order']),
		);
		await expect(page.locator('.pdp-phase-steps > li > a').allTextContents()).resolves.toEqual(
			phases.map(titleOf),
		);
		for (const name of ['Browse playbooks', 'Follow the onboarding path', 'Open the checklists']) {
			await expect(page.getByRole('link', { name }).isVisible()).resolves.toBe(true);
		}
		await expect(
			page.getByRole('link', { name: 'Follow the onboarding path' }).getAttribute('href'),
		).resolves.toBe('/onboarding/');
		expect(problems).toEqual([]);
	});

	test('the home search box opens site search, which finds an entry by a word from its body', async () => {
		const { page, problems } = browse();
		await page.goto('/');
		await page
			.getByRole('button', { name: 'Search playbooks, runbooks, checklists and FAQs' })
			.click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('searchbox').fill('back-to-green');
		const target = entries.find(
			(entry) => entry.collection === 'playbooks' && entry.body.includes('back-to-green'),
		);
		if (!target) throw new Error('no playbook mentions back-to-green');
		await expect(
			dialog
				.locator(`a[href^="${entryPath('playbooks', target.id)}"]`)
				.first()
				.waitFor({ timeout: 15_000 }),
		).resolves.toBeUndefined();
		expect(problems).toEqual([]);
	});
});

describe('catalog entries use Starlight’s Markdown processing', () => {
	const browse = useBrowser();

	test('headings get anchor links as on a docs page', async () => {
		const { page } = browse();
		await page.goto(entryPath('processes', first('processes').id));
		const heading = page.locator('.sl-markdown-content h2').first();
		const id = await heading.getAttribute('id');
		expect(id).toBeTruthy();
		await expect(
			page.locator(`.sl-markdown-content a.sl-anchor-link[href="#${id}"]`).count(),
		).resolves.toBe(1);
	});

	test('the sidebar lists phases and processes but no individual entry', async () => {
		const { page } = browse();
		await page.goto(entryPath('playbooks', first('playbooks').id));
		const sidebarLinks = await page
			.locator('#starlight__sidebar a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		for (const phase of byCollection('phases'))
			expect(sidebarLinks).toContain(`/phases/${phase.id}/`);
		const entryLinks = sidebarLinks.filter((href) =>
			/^\/(playbooks|runbooks|considerations|faqs|checklists)\/[^/]+\/$/.test(href),
		);
		expect(entryLinks).toEqual([]);
	});
});
