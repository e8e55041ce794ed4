import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPhone, useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries, type SiteEntry } from '../support/site-content.ts';
import { readOnboardingPath } from '../support/onboarding-content.ts';
import { collectionPath, entryPath, INDEXED_TYPES } from '../../src/lib/catalog/entry-types.ts';
import { qualityGatePath } from '../../src/lib/catalog/quality-gates.ts';

const entries = readSiteEntries();
const ofCollection = (collection: SiteEntry['collection']) =>
	entries
		.filter((entry) => entry.collection === collection && entry.data['status'] !== 'deprecated')
		.sort((a, b) => a.id.localeCompare(b.id));
const phases = ofCollection('phases').sort(
	(a, b) => Number(a.data['order']) - Number(b.data['order']),
);
const gates = ofCollection('processes').flatMap((process) => {
	const gate = process.data['qualityGate'] as { id: string } | undefined;
	return gate ? [qualityGatePath(gate.id)] : [];
});

/** The screen the budgets are counted in: a laptop window. */
const SCREEN = { width: 1280, height: 800 };

/**
 * Rendered height of the page as it first opens, in screens of `SCREEN`: once it has loaded (its
 * styles, images and scripts), its fonts are in and a frame has been drawn. Waiting for the network
 * to be idle as well cost half a second a page and changed no height.
 */
async function screensOf(page: Page, path: string): Promise<number> {
	await page.goto(path);
	const height = await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise(requestAnimationFrame);
		return document.documentElement.scrollHeight;
	});
	return Math.round((height / SCREEN.height) * 100) / 100;
}

describe('every page keeps to its height budget on the real catalog (1280×800)', () => {
	const browse = useBrowser();
	// Six screens of reading, plus the quarter screen every entry page ends with (its updates and
	// "Was this helpful?"); roles list every phase's duties and get eight.
	const READING = 6.25;
	const budgets: { type: string; screens: number; paths: string[] }[] = [
		{ type: 'phase guides', screens: READING, paths: phases.map((p) => entryPath('phases', p.id)) },
		...(
			['playbooks', 'runbooks', 'considerations', 'faqs', 'checklists', 'templates'] as const
		).map((collection) => ({
			type: collection,
			screens: READING,
			paths: ofCollection(collection).map((entry) => entryPath(collection, entry.id)),
		})),
		...(['processes', 'outcomes', 'standards', 'glossary', 'questions'] as const).map(
			(collection) => ({
				type: collection,
				screens: READING,
				paths: ofCollection(collection).map((entry) => entryPath(collection, entry.id)),
			}),
		),
		{ type: 'quality gates', screens: READING, paths: gates },
		{
			type: 'roles',
			screens: 8,
			paths: ofCollection('roles').map((role) => entryPath('roles', role.id)),
		},
	];

	// Every page is opened and left to settle: the glossary alone has over sixty pages.
	test.each(budgets)(
		'$type: at most $screens screens each',
		async ({ screens, paths }) => {
			expect(paths.length).toBeGreaterThan(0);
			const { page } = browse();
			await page.setViewportSize(SCREEN);
			const over: string[] = [];
			for (const path of paths) {
				const height = await screensOf(page, path);
				if (height > screens) over.push(`${path}: ${String(height)} screens`);
			}
			expect(over).toEqual([]);
		},
		180_000,
	);
});

describe('aggregate pages summarise instead of listing everything', () => {
	const browse = useBrowser();
	const phase = phases[0]!;

	test('a phase guide lists no checklist item: it sums the checklist up and links to it', async () => {
		const { page } = browse();
		await page.goto(entryPath('phases', phase.id));
		const checklistId = String(phase.data['checklist']);
		const checklist = entries.find(
			(entry) => entry.collection === 'checklists' && entry.id === checklistId,
		)!;
		const items = checklist.data['items'] as { text: string; required: boolean }[];
		await expect(page.locator('main .pdp-checklist__item').count()).resolves.toBe(0);
		const summary = page.locator('.pdp-checklist-summary');
		const required = items.filter((item) => item.required).length;
		await expect(summary.textContent()).resolves.toMatch(
			new RegExp(`${String(items.length)} items,\\s+${String(required)} required`),
		);
		// A phase checklist is ticked, not assessed.
		await expect(summary.getByRole('link', { name: 'Assess this gate' }).count()).resolves.toBe(0);
		await expect(
			summary.getByRole('link', { name: 'Tick the checklist' }).getAttribute('href'),
		).resolves.toBe(entryPath('checklists', checklistId));
	});

	test.each([
		entryPath('phases', phase.id),
		entryPath('processes', ofCollection('processes')[0]!.id),
		'/roles/engagement-manager/',
		gates[0]!,
	])(
		'%s: groups are closed disclosures with counts, and no entry is listed twice',
		async (path) => {
			const { page } = browse();
			await page.goto(path);
			const groups = page.locator('.pdp-groups > details.pdp-group');
			expect(await groups.count()).toBeGreaterThan(0);
			await expect(
				groups.evaluateAll(
					(all) => all.filter((group) => (group as HTMLDetailsElement).open).length,
				),
			).resolves.toBe(0);
			for (const group of await groups.all()) {
				const count = Number(await group.locator('summary .pdp-group__count').textContent());
				await group.locator('summary').click();
				const listed = await group.locator(':scope > ul > li').count();
				// Up to 12 entries listed; the rest one click away in the filtered catalog.
				const more = await group.locator('.pdp-group__more a[href^="/catalog/"]').count();
				expect(listed).toBe(more ? 12 : count);
			}
			// Within a block an entry is listed once, and the related block repeats none of them. (A
			// role page's "takes part in" and "owns" are two relations, so an entry may be in both.)
			const pathsIn = (selector: string) =>
				page
					.locator(selector)
					.evaluateAll((links) =>
						links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
					);
			const blocks = await page.locator('main .pdp-groups').all();
			for (const block of blocks) {
				const links = await block
					.locator('a.pdp-entry-card__title')
					.evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).pathname));
				expect(new Set(links).size).toBe(links.length);
			}
			const grouped = new Set(await pathsIn('main .pdp-groups a.pdp-entry-card__title'));
			expect(grouped.size).toBeGreaterThan(0);
			for (const link of await pathsIn('section.pdp-related a.pdp-entry-card__title'))
				expect(grouped.has(link), link).toBe(false);
		},
	);

	test.each(['/checklists/dqi/', '/playbooks/run-the-customer-kickoff/'])(
		'%s: the related block lists nothing the page already links (items, text, footer)',
		async (path) => {
			const { page } = browse();
			await page.goto(path);
			const pathsOf = (selector: string) =>
				page
					.locator(selector)
					.evaluateAll((links) =>
						links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
					);
			const related = await pathsOf('section.pdp-related a.pdp-entry-card__title');
			const elsewhere = new Set([
				...(await pathsOf('.sl-markdown-content a[href^="/"]:not(section.pdp-related a)')),
				...(await pathsOf('.pagination-links a')),
			]);
			for (const link of related) expect(elsewhere.has(link), link).toBe(false);
		},
	);

	test('a role page groups the checklist items it owns by checklist, closed, with counts', async () => {
		const { page } = browse();
		await page.goto('/roles/engagement-manager/');
		const owned = entries
			.filter((entry) => entry.collection === 'checklists')
			.flatMap((checklist) =>
				(checklist.data['items'] as { role: string }[]).filter(
					(item) => item.role === 'engagement-manager',
				),
			);
		const groups = page.locator('details.pdp-group[aria-labelledby^="items-"]');
		const counts = await groups
			.locator('summary .pdp-group__count')
			.allTextContents()
			.then((texts) => texts.map(Number));
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(owned.length);
		await expect(groups.locator('li a:visible').count()).resolves.toBe(0);
	});
});

describe('the RACI table on a phase guide', () => {
	const browse = useBrowser();
	const phase = phases.find((candidate) => (candidate.data['raci'] as unknown[]).length > 0)!;

	async function openRaci(page: Page) {
		await page.goto(entryPath('phases', phase.id));
		await page.locator('details[data-raci-disclosure] > summary').click();
		return page.locator('.pdp-table-scroll');
	}

	test('says it scrolls sideways, and keeps the activity column in place while it does', async () => {
		const { page } = browse();
		await page.setViewportSize({ width: 390, height: 844 });
		const scroller = await openRaci(page);
		await expect(page.locator('.pdp-scroll-hint').textContent()).resolves.toMatch(
			/\d+ activities, \d+ roles: the table scrolls sideways/,
		);
		const activity = page.locator('.pdp-raci tbody th[scope="row"]').first();
		const before = await activity.boundingBox();
		await scroller.evaluate((element) => (element.scrollLeft = 400));
		await expect(scroller.evaluate((element) => element.scrollLeft)).resolves.toBeGreaterThan(0);
		const after = await activity.boundingBox();
		expect(after?.x).toBe(before?.x);
	});

	test('choosing a role brings its column fully into view, beside the activity column', async () => {
		const { page } = browse();
		await page.setViewportSize({ width: 390, height: 844 });
		const scroller = await openRaci(page);
		const roles = await page
			.locator('.pdp-raci thead th[data-role]')
			.evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['role'] ?? ''));
		const last = roles.at(-1)!;
		await page.locator('pdp-role-picker select').selectOption(last);
		const column = page.locator(`.pdp-raci thead th[data-role="${last}"]`);
		await expect(column.textContent()).resolves.toContain('Your role');
		const box = (await scroller.boundingBox())!;
		const cell = (await column.boundingBox())!;
		const sticky = (await page.locator('.pdp-raci thead th').first().boundingBox())!;
		expect(cell.x).toBeGreaterThanOrEqual(sticky.x + sticky.width - 1);
		expect(cell.x + cell.width).toBeLessThanOrEqual(box.x + box.width + 1);
	});
});

describe('previous and next links follow the reader’s path', () => {
	const browse = useBrowser();
	const path = readOnboardingPath(entries);

	test('an onboarding step’s footer links the path’s previous and next steps', async () => {
		const { page } = browse();
		const step = path[1]!;
		await page.goto(step.href);
		const footer = page.locator('.pagination-links');
		await expect(footer.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe(path[0]!.href);
		await expect(footer.locator('a[rel="next"]').getAttribute('href')).resolves.toBe(path[2]!.href);
	});

	test('the last step leads back to the onboarding path', async () => {
		const { page } = browse();
		await page.goto(path.at(-1)!.href);
		await expect(
			page.locator('.pagination-links a[rel="next"]').getAttribute('href'),
		).resolves.toBe('/onboarding/');
	});

	test('an entry off the path has no previous or next link to an unrelated page', async () => {
		const { page } = browse();
		const onPath = new Set(path.map((step) => step.href));
		const off = ofCollection('playbooks').find(
			(entry) => !onPath.has(entryPath('playbooks', entry.id)),
		)!;
		await page.goto(entryPath('playbooks', off.id));
		await expect(page.locator('.pagination-links a').count()).resolves.toBe(0);
	});

	test('"Mark as read" at the end of a step is the same state as the one at the top', async () => {
		const { page } = browse();
		const step = path[2]!;
		await page.goto(step.href);
		const [top, end] = await page
			.getByRole('checkbox', { name: `Mark as read: ${step.title}` })
			.all();
		await end!.check();
		await expect(top!.isChecked()).resolves.toBe(true);
		await page.reload();
		await expect(end!.isChecked()).resolves.toBe(true);
		await top!.uncheck();
		await expect(end!.isChecked()).resolves.toBe(false);
	});
});

// One retry. The shift CI met about one run in three (the table of contents drawn before the main
// pane arrived) is fixed and has its own test below; once, right after a build, a first try of
// /checklists/dqi/#assess at 390 px failed and five runs since have passed, cause not found. A
// real shift of our own is there on every try, so the retry still catches it.
describe('nothing moves after the page has drawn (cumulative layout shift 0)', { retry: 1 }, () => {
	const browse = useBrowser();
	const phase = phases[0]!;
	const checklist = ofCollection('checklists')[0]!;

	test.each([
		['/catalog/', SCREEN],
		['/search/', SCREEN],
		['/search/?q=kickoff', SCREEN],
		['/roles/engagement-manager/', SCREEN],
		['/onboarding/', SCREEN],
		[entryPath('phases', phase.id), SCREEN],
		[entryPath('checklists', checklist.id), SCREEN],
		['/catalog/', { width: 390, height: 844 }],
		['/search/?q=kickoff', { width: 390, height: 844 }],
		['/roles/engagement-manager/', { width: 390, height: 844 }],
		['/onboarding/', { width: 390, height: 844 }],
		[entryPath('checklists', checklist.id), { width: 390, height: 844 }],
		// A link to a gate's Assess mode: the mode is chosen before the first paint.
		['/checklists/dqi/#assess', SCREEN],
		['/checklists/dqi/#assess', { width: 390, height: 844 }],
		[gates[0]!, SCREEN],
		['/engagements/', SCREEN],
		['/engagements/', { width: 390, height: 844 }],
	])('%s at %o', async (path, viewport) => {
		const { page } = browse();
		await page.setViewportSize(viewport);
		await page.addInitScript(() => {
			const shifts: { value: number; nodes: string[] }[] = [];
			Object.assign(window, { pdpShifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node | null }[];
				})[]) {
					if (entry.hadRecentInput) continue;
					shifts.push({
						value: entry.value,
						nodes: (entry.sources ?? []).map((source) =>
							source.node instanceof Element
								? `${source.node.tagName.toLowerCase()}.${source.node.className}`
								: String(source.node?.nodeName),
						),
					});
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		const shifts = await page.evaluate(
			() => (window as unknown as { pdpShifts: { value: number; nodes: string[] }[] }).pdpShifts,
		);
		// Lighthouse shows CLS to three decimals: below 0.0005 it reads 0.
		const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
		expect(total, JSON.stringify(shifts)).toBeLessThan(0.0005);
	});

	// Starlight's HTML has the table of contents before the main pane. A first paint before the
	// main pane has arrived (slow network, busy machine) showed it at the left, then moved it
	// across the page: the 0.39 shift CI met about one run in three.
	test('the table of contents is in its place before the main pane has arrived', async () => {
		const { page } = browse();
		await page.setViewportSize(SCREEN);
		await page.goto(gates[0]!);
		const tocLeft = () =>
			page.locator('.right-sidebar').evaluate((toc) => toc.getBoundingClientRect().left);
		const inPlace = await tocLeft();
		expect(inPlace).toBeGreaterThan(SCREEN.width / 2);
		await page.locator('.main-pane').evaluate((pane) => {
			(pane as HTMLElement).style.display = 'none';
		});
		await expect(tocLeft()).resolves.toBe(inPlace);
	});
});

/** One page of every type: each type's first entry and index, and every page of its own kind. */
const EVERY_PAGE_TYPE = [
	'/',
	...INDEXED_TYPES.map((type) => entryPath(type, ofCollection(type)[0]!.id)),
	...INDEXED_TYPES.map(collectionPath),
	entryPath('glossary', ofCollection('glossary')[0]!.id),
	'/glossary/',
	'/checklists/dqi/#assess',
	'/quality-gates/',
	gates[0]!,
	'/catalog/',
	'/catalog/page/2/',
	'/search/?q=kickoff',
	'/onboarding/',
	'/whats-new/',
	'/about/',
	'/framework/',
	'/authoring/front-matter/',
	'/authoring/traceability/',
	'/engagements/',
	'/engagements/engagement/',
	'/no-such-page/',
];

// Dark only: the theme changes colours, never layout (no style of ours depends on it), so the
// widths are checked once; smoke.test.ts runs axe in light on every route type.
describe('no sideways scroll at any width, and no accessibility violation in dark', () => {
	const browse = useBrowser({ colorScheme: 'dark' });
	test.each(EVERY_PAGE_TYPE)('%s', async (path) => {
		const { page } = browse();
		await page.goto(path);
		await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(
			'dark',
		);
		const overflow: string[] = [];
		for (const width of [320, 390, 768, 1280, 1920]) {
			await page.setViewportSize({ width, height: 800 });
			const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			if (scrollWidth > width) overflow.push(`${String(width)}: ${String(scrollWidth)} px`);
		}
		expect(overflow).toEqual([]);
		// Contrast and the rest at the last width, 1,920 px.
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
	});
});

describe('controls are easy to tap on a phone', () => {
	const browse = useBrowser();

	test.each([
		entryPath('phases', phases[0]!.id),
		'/roles/engagement-manager/',
		entryPath('playbooks', ofCollection('playbooks')[0]!.id),
		'/catalog/',
		'/search/?q=kickoff',
	])(
		'%s: every button, select and disclosure in the content is at least 44 px tall',
		async (path) => {
			const phone = await openPhone(browse());
			try {
				const page = await phone.newPage();
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				const small = await page
					// A glossary term inside a sentence is an inline target, which WCAG 2.5.8 exempts.
					.locator(
						'main :is(button:not(.pdp-term), select, summary, a.pdp-action, input[type="search"]):visible',
					)
					.evaluateAll((controls) =>
						controls
							.map((control) => ({
								control: `${control.tagName.toLowerCase()} “${(control.textContent ?? '').trim().slice(0, 40)}”`,
								height: Math.round(control.getBoundingClientRect().height),
							}))
							.filter(({ height }) => height < 44),
					);
				expect(small).toEqual([]);
			} finally {
				await phone.close();
			}
		},
	);
});
