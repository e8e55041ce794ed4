import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { readSiteEntries, titleOf } from '../support/site-content.ts';
import { assessFreshness } from '../../src/lib/catalog/freshness.ts';
import { toUtcCalendarDate } from '../../src/schemas/calendar-date.ts';
import { entryPath } from '../../src/lib/catalog/entry-types.ts';

const entries = readSiteEntries();
const today = toUtcCalendarDate(new Date());
const stateOf = (entry: (typeof entries)[number]) =>
	assessFreshness({
		lastReviewed: String(entry.data['lastReviewed']),
		reviewEveryDays: Number(
			entry.data['reviewEveryDays'] ?? (entry.collection === 'glossary' ? 365 : 180),
		),
		today,
	}).state;
/** An entry's history as written in its file. */
const changesOf = (entry: (typeof entries)[number]) =>
	(
		(entry.data['changes'] as { date: unknown; type: string; note: string }[] | undefined) ?? []
	).map((change) => ({ ...change, date: String(change.date) }));
const practice = entries.filter((entry) =>
	['playbooks', 'runbooks', 'considerations', 'faqs', 'checklists'].includes(entry.collection),
);

describe('freshness, feedback and editing on entry pages', () => {
	const browse = useBrowser();

	test('an overdue entry says so at the top, a fresh one does not', async () => {
		const { page } = browse();
		const overdue = practice.find((entry) => stateOf(entry) === 'overdue');
		const fresh = practice.find((entry) => stateOf(entry) === 'fresh');
		expect(overdue ?? fresh).toBeDefined();
		if (overdue) {
			await page.goto(entryPath(overdue.collection, overdue.id));
			const notice = page.getByRole('complementary', { name: 'May be out of date' });
			await expect(notice.isVisible()).resolves.toBe(true);
			await expect(notice.textContent()).resolves.toMatch(
				/last reviewed .+ ago; its review was due on \d{4}-\d{2}-\d{2}/,
			);
		}
		if (fresh) {
			await page.goto(entryPath(fresh.collection, fresh.id));
			await expect(
				page.getByRole('complementary', { name: 'May be out of date' }).count(),
			).resolves.toBe(0);
			await expect(page.locator('.pdp-meta').textContent()).resolves.toMatch(
				/Next review\s*\d{4}-\d{2}-\d{2}/,
			);
		}
	});

	test('an entry shows when it was last updated and, on request, all its updates', async () => {
		const { page } = browse();
		const entry = practice
			.filter((candidate) => changesOf(candidate).length > 2)
			.sort((left, right) => changesOf(right).length - changesOf(left).length)[0]!;
		const changes = changesOf(entry).sort((left, right) => right.date.localeCompare(left.date));
		await page.goto(entryPath(entry.collection, entry.id));
		const updated = page.locator('.pdp-meta-line').getByRole('link', { name: /^Updated / });
		await expect(updated.textContent()).resolves.toBe(changes[0]?.date);
		await updated.click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#updates');
		const updates = page.getByRole('region', { name: 'Updates to this page' });
		await expect(updates.locator('.pdp-updates__latest').textContent()).resolves.toContain(
			changes[0]?.note,
		);
		await expect(updates.locator('.pdp-updates__latest').isVisible()).resolves.toBe(true);
		const earlier = updates.locator('.pdp-updates__all li');
		await expect(earlier.first().isVisible()).resolves.toBe(false);
		await updates.getByText(`All updates (${String(changes.length)})`).click();
		await expect(earlier.first().isVisible()).resolves.toBe(true);
		// Open, the section reads as the whole history, newest first, each update once.
		const list = updates.locator('.pdp-updates__list > li');
		const texts = await list.allTextContents();
		expect(texts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
			changes.map(
				(change) =>
					`${change.date} ${change.type === 'major' ? 'Major' : 'Minor'} ${change.note.replace(/\s+/g, ' ')}`,
			),
		);
	});

	test('every entry has an edit link to its file and a prefilled "Was this helpful?"', async () => {
		const { page } = browse();
		const playbook = practice.find((entry) => entry.collection === 'playbooks')!;
		await page.goto(entryPath('playbooks', playbook.id));
		const edit = await page.getByRole('link', { name: /Edit page/ }).getAttribute('href');
		expect(edit).toMatch(new RegExp(`/content/playbooks/.*${playbook.id}\\.md$`));
		const yes =
			(await page.getByRole('link', { name: 'Yes, it helped' }).getAttribute('href')) ?? '';
		expect(decodeURIComponent(yes)).toContain(`Helpful: ${titleOf(playbook)}`);
		expect(decodeURIComponent(yes)).toContain(`/playbooks/${playbook.id}/`);
	});
});

describe("What's new and its feeds", () => {
	const browse = useBrowser();

	test('the RSS feed parses as XML and lists the major changes, newest first', async () => {
		const { page, baseUrl } = browse();
		await page.goto('/whats-new/');
		const feed = await page.evaluate(async (url) => {
			const text = await (await fetch(url)).text();
			const xml = new DOMParser().parseFromString(text, 'application/xml');
			return {
				error: xml.querySelector('parsererror')?.textContent ?? null,
				items: [...xml.querySelectorAll('item')].map((item) => ({
					title: item.querySelector('title')?.textContent ?? '',
					link: item.querySelector('link')?.textContent ?? '',
					guid: item.querySelector('guid')?.textContent ?? '',
					date: item.querySelector('pubDate')?.textContent ?? '',
					description: item.querySelector('description')?.textContent ?? '',
				})),
			};
		}, `${baseUrl}/whats-new/rss.xml`);
		expect(feed.error).toBeNull();
		const majorChanges = entries
			.filter((entry) => (entry.data['status'] ?? 'published') === 'published')
			.flatMap((entry) =>
				changesOf(entry)
					.filter((change) => change.type === 'major')
					.map((change) => ({ ...change, path: entryPath(entry.collection, entry.id) })),
			)
			.sort((left, right) => right.date.localeCompare(left.date));
		expect(feed.items).toHaveLength(Math.min(50, majorChanges.length));
		const dates = feed.items.map((item) => new Date(item.date).toISOString().slice(0, 10));
		expect([...dates].sort().reverse()).toEqual(dates);
		expect(dates[0]).toBe(majorChanges[0]?.date);
		// Every item is one change: its note, and a guid of its own even when a page changed twice.
		for (const item of feed.items) {
			const path = new URL(item.link).pathname;
			expect(
				majorChanges.some((change) => change.path === path && change.note === item.description),
				`${path}: ${item.description}`,
			).toBe(true);
		}
		expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length);
		await expect(page.locator('.pdp-changes > li').count()).resolves.toBe(feed.items.length);
		await expect(
			page.locator('.pdp-changes > li').first().locator('.pdp-entry-card__summary').textContent(),
		).resolves.toBe(feed.items[0]?.description);
	});

	test('each phase has its own feed with only that phase’s entries', async () => {
		const { page, baseUrl } = browse();
		await page.goto('/whats-new/');
		const links = await page.evaluate(async (url) => {
			const xml = new DOMParser().parseFromString(
				await (await fetch(url)).text(),
				'application/xml',
			);
			return [...xml.querySelectorAll('item > link')].map(
				(link) => new URL(link.textContent ?? '').pathname,
			);
		}, `${baseUrl}/whats-new/launch/rss.xml`);
		expect(links.length).toBeGreaterThan(0);
		const inLaunch = new Set(
			entries
				.filter((entry) =>
					entry.collection === 'phases'
						? entry.id === 'launch'
						: ((entry.data['phases'] as string[] | undefined) ?? []).includes('launch'),
				)
				.map((entry) => entryPath(entry.collection, entry.id)),
		);
		for (const link of links) expect(inLaunch.has(link), link).toBe(true);
	});
});

describe('the machine-readable catalog', () => {
	const browse = useBrowser();
	const fetchJson = async (path: string) => {
		const { page, baseUrl } = browse();
		const response = await page.request.get(`${baseUrl}${path}`);
		expect(response.status()).toBe(200);
		return (await response.json()) as Record<string, unknown>;
	};

	test('/api/catalog.json validates against its published JSON Schema and lists every published entry', async () => {
		const [api, schema] = await Promise.all([
			fetchJson('/api/catalog.json'),
			fetchJson('/api/catalog.schema.json'),
		]);
		const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
		expect(validate(api), JSON.stringify(validate.errors)).toBe(true);
		expect((api['entries'] as unknown[]).length).toBe(
			entries.filter((entry) => entry.collection !== 'glossary').length,
		);
	});

	test('/api/checklists/<id>.json validates against its schema, with every item', async () => {
		const [api, schema] = await Promise.all([
			fetchJson('/api/checklists/dqi.json'),
			fetchJson('/api/checklist.schema.json'),
		]);
		const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
		expect(validate(api), JSON.stringify(validate.errors)).toBe(true);
		const dqi = entries.find((entry) => entry.collection === 'checklists' && entry.id === 'dqi')!;
		expect((api['items'] as { id: string }[]).map((item) => item.id)).toEqual(
			(dqi.data['items'] as { id: string }[]).map((item) => item.id),
		);
	});
});
