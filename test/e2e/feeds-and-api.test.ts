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

	test('the RSS feed parses as XML and lists the newest entries first', async () => {
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
					date: item.querySelector('pubDate')?.textContent ?? '',
				})),
			};
		}, `${baseUrl}/whats-new/rss.xml`);
		expect(feed.error).toBeNull();
		const published = entries.filter((entry) => entry.data['status'] !== 'deprecated');
		expect(feed.items).toHaveLength(Math.min(50, published.length));
		const dates = feed.items.map((item) => new Date(item.date).getTime());
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		const newest = [...published].sort((a, b) =>
			String(b.data['lastReviewed']).localeCompare(String(a.data['lastReviewed'])),
		)[0]!;
		expect(new Date(feed.items[0]?.date ?? '').toISOString().slice(0, 10)).toBe(
			String(newest.data['lastReviewed']),
		);
		await expect(page.locator('.pdp-changes > li').count()).resolves.toBe(feed.items.length);
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
