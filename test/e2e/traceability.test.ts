import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries } from '../support/site-content.ts';
import { entryPath } from '../../src/lib/catalog/entry-types.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

const PATH = '/authoring/traceability/';

// The report's figures worked out here from the files as written, not by the code under test.
const entries = readSiteEntries().filter((entry) => entry.data['status'] !== 'deprecated');
const ownerOf = new Map(
	entries.map((entry) => [`${entry.collection}/${entry.id}`, entry.data['owner']]),
);
interface WrittenItem {
	id: string;
	role: string;
	required?: boolean;
	guidance?: string[];
}
const items = entries
	.filter((entry) => entry.collection === 'checklists')
	.flatMap((checklist) =>
		(checklist.data['items'] as WrittenItem[]).map((item) => ({
			checklist: checklist.id,
			id: item.id,
			role: item.role,
			required: item.required !== false,
			links: item.guidance ?? [],
		})),
	);
const pages = (links: readonly string[]) => links.map((link) => link.split('#')[0] ?? '');
const required = items.filter((item) => item.required);
const unguided = required.filter((item) => item.links.length === 0);
const roles = [...new Set(items.map((item) => item.role))];
const unownedRoles = roles.filter((role) => {
	const linked = new Set(
		pages(items.filter((item) => item.role === role).flatMap((item) => item.links)),
	);
	return linked.size > 0 && ![...linked].some((page) => ownerOf.get(page) === role);
});
const linkedPages = new Set(pages(items.flatMap((item) => item.links)));
const guidance = entries.filter((entry) =>
	['playbooks', 'runbooks', 'considerations', 'faqs'].includes(entry.collection),
);
const unlinked = guidance.filter((entry) => !linkedPages.has(`${entry.collection}/${entry.id}`));
const gates = entries.flatMap((entry) => {
	const gate = entry.data['qualityGate'] as
		{ id: string; name: string; checklist?: string } | undefined;
	return entry.collection === 'processes' && gate ? [gate] : [];
});

/** The hrefs of the links a locator's elements hold, in page order. */
const hrefsIn = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('framework traceability report', () => {
	const browse = useBrowser();

	test('counts the real catalog at the top, and each list holds what it counts', async () => {
		const { page, problems } = browse();
		await page.goto(PATH);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Framework traceability',
		);
		const counts = await page
			.locator('dl.pdp-trace-counts > div')
			.evaluateAll((rows) =>
				rows.map((row) =>
					[row.querySelector('dt'), row.querySelector('dd')].map((cell) =>
						(cell?.textContent ?? '').replace(/\s+/g, ' ').trim(),
					),
				),
			);
		const of = (count: number, total: number, what: string) =>
			`${String(count)} of ${String(total)} ${what}`;
		expect(counts).toEqual([
			[
				'Checklist items',
				`${String(items.length)} ${String(required.length)} required, on ${String(new Set(items.map((item) => item.checklist)).size)} checklists`,
			],
			['Required items with no guidance', of(unguided.length, required.length, 'required items')],
			[
				'Roles that own none of their items’ guidance',
				of(unownedRoles.length, roles.length, 'roles responsible for items'),
			],
			[
				'Guidance no item points to',
				of(unlinked.length, guidance.length, 'playbooks, runbooks, considerations and FAQs'),
			],
		]);
		await expect(hrefsIn(page, '#unguided ~ ul > li > a:first-child')).resolves.toEqual(
			unguided.map((item) => entryPath('checklists', item.checklist, item.id)),
		);
		expect((await hrefsIn(page, '#roles ~ ul > li > a')).sort()).toEqual(
			unownedRoles.map((role) => `${entryPath('roles', role)}#checklist-items`).sort(),
		);
		expect((await hrefsIn(page, '#unlinked ~ ul > li > a')).sort()).toEqual(
			unlinked.map((entry) => entryPath(entry.collection, entry.id)).sort(),
		);
		expect(problems).toEqual([]);
	});

	test("traces each gate's required items to their guidance and their role", async () => {
		const { page } = browse();
		await page.goto(PATH);
		expect(gates.length).toBeGreaterThan(0);
		for (const gate of gates) {
			await expect(
				page.getByRole('heading', { level: 3, name: gate.name, exact: true }).count(),
			).resolves.toBe(1);
			const table = page.getByRole('region', { name: gate.name, exact: true });
			const expected = required.filter((item) => item.checklist === gate.checklist);
			const rows = await table
				.locator('tbody tr')
				.evaluateAll((all) =>
					all.map((row) =>
						[...row.children].map((cell) =>
							[...cell.querySelectorAll('a')].map((link) => link.getAttribute('href')),
						),
					),
				);
			expect(rows, gate.id).toEqual(
				expected.map((item) => [
					[entryPath('checklists', item.checklist, item.id)],
					item.links.map((link) => {
						const [path = '', fragment] = link.split('#');
						const [collection, id = ''] = path.split('/') as [CollectionName, string];
						return entryPath(collection, id, fragment);
					}),
					[`${entryPath('roles', item.role)}#checklist-items`],
				]),
			);
		}
	});

	test('every link leads to a page, and a #fragment to an element on it', async () => {
		const { page, baseUrl } = browse();
		await page.goto(PATH);
		const hrefs = new Set(
			(await hrefsIn(page, 'main a[href^="/"], main a[href^="#"]')).map((href) =>
				href?.startsWith('#') ? `${PATH}${href}` : (href ?? ''),
			),
		);
		const bodies = new Map<string, string>();
		const broken: string[] = [];
		for (const href of hrefs) {
			const [path = '', fragment] = href.split('#');
			if (!bodies.has(path)) {
				const response = await page.request.get(`${baseUrl}${path}`);
				bodies.set(path, response.ok() ? await response.text() : '');
			}
			const body = bodies.get(path) ?? '';
			if (!body || (fragment && !body.includes(`id="${fragment}"`))) broken.push(href);
		}
		expect(hrefs.size).toBeGreaterThan(50);
		expect(broken).toEqual([]);
		// And one followed as a reader would: the first item opens at its place on its checklist.
		const first = page.locator('.pdp-trace-table tbody th a').first();
		const href = (await first.getAttribute('href')) ?? '';
		await first.click();
		await page.waitForURL(`**${href}`);
		await expect(page.locator(`[id="${href.split('#')[1] ?? ''}"]`).isVisible()).resolves.toBe(
			true,
		);
	});

	test('prints the whole report without the site around it', async () => {
		const { page } = browse();
		await page.goto(PATH);
		await page.emulateMedia({ media: 'print' });
		for (const part of ['dl.pdp-trace-counts', '#roles', '#unlinked', '.pdp-trace-table']) {
			await expect(page.locator(part).first().isVisible(), part).resolves.toBe(true);
		}
		await expect(page.locator('.pdp-trace-table tbody tr:visible').count()).resolves.toBe(
			required.filter((item) => gates.some((gate) => gate.checklist === item.checklist)).length,
		);
		await expect(page.locator('#starlight__sidebar').isVisible()).resolves.toBe(false);
	});
});

describe('framework traceability report without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('shows the same counts, lists and tables', async () => {
		const { page, problems } = browse();
		await page.goto(PATH);
		await expect(page.locator('dl.pdp-trace-counts > div').count()).resolves.toBe(4);
		await expect(page.locator('#unlinked ~ ul > li').count()).resolves.toBe(unlinked.length);
		await expect(page.locator('.pdp-trace-table').count()).resolves.toBe(
			gates.filter((gate) => gate.checklist).length,
		);
		expect(problems).toEqual([]);
	});
});

// Each theme once, and each layout once: at a phone's width a table's rows stack under labels, at
// a laptop's they are a table (axe takes seconds over a page this long).
describe.each([
	{ colorScheme: 'light', width: 390 },
	{ colorScheme: 'dark', width: 1280 },
] as const)(
	'framework traceability report in $colorScheme at $width px',
	({ colorScheme, width }) => {
		const browse = useBrowser({ colorScheme });

		test('has no accessibility violation', async () => {
			const { page } = browse();
			await page.setViewportSize({ width, height: 800 });
			await page.goto(PATH);
			await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		});
	},
);
