import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { readSiteEntries, titleOf, type SiteEntry } from '../support/site-content.ts';
import { entryPath } from '../../src/lib/catalog/entry-types.ts';

const entries = readSiteEntries();
const questions = entries.filter((entry) => entry.collection === 'questions');
const namesOf = (entry: SiteEntry) =>
	((entry.data['questions'] as unknown[] | undefined) ?? []).map(String);
const usersOf = (id: string) => entries.filter((entry) => namesOf(entry).includes(id));
const open = questions.filter((question) => typeof question.data['answer'] !== 'string');

describe('open questions', () => {
	const browse = useBrowser();

	test('a page relying on open questions says so in one line, linking each to its page', async () => {
		const { page } = browse();
		const entry = entries.find(
			(candidate) => candidate.collection === 'runbooks' && namesOf(candidate).length > 1,
		)!;
		await page.goto(entryPath(entry.collection, entry.id));
		const line = page.locator('.pdp-open-questions');
		await expect(line.count()).resolves.toBe(1);
		await expect(
			line.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
		).resolves.toEqual(namesOf(entry).map((id) => entryPath('questions', id)));
		// The page no longer writes the point out itself.
		await expect(page.locator('main').textContent()).resolves.not.toMatch(
			/To be confirmed by the content owner/,
		);
		await line.locator('a').first().click();
		await page.waitForURL(`**${entryPath('questions', namesOf(entry)[0]!)}`);
	});

	test("a question's page gives what the framework says, the working assumption and every page relying on it", async () => {
		const { page } = browse();
		const question = [...open].sort(
			(left, right) => usersOf(right.id).length - usersOf(left.id).length,
		)[0]!;
		await page.goto(entryPath('questions', question.id));
		await expect(page.locator('h1').textContent()).resolves.toBe(titleOf(question));
		const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
		for (const field of ['framework', 'assumption']) {
			expect(text).toContain(String(question.data[field]).replace(/\s+/g, ' ').trim());
		}
		const listed = await page
			.locator('#where-it-applies ~ .pdp-entry-list .pdp-entry-card__title')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(listed.sort()).toEqual(
			usersOf(question.id)
				.map((entry) => entryPath(entry.collection, entry.id))
				.sort(),
		);
	});

	test('/authoring/open-questions/ lists every question with its owner and where it is used', async () => {
		const { page } = browse();
		await page.goto('/authoring/open-questions/');
		const pages = new Set(
			open.flatMap((question) =>
				usersOf(question.id).map((entry) => `${entry.collection}/${entry.id}`),
			),
		).size;
		await expect(page.locator('main p').first().textContent()).resolves.toMatch(
			new RegExp(`^\\s*${String(open.length)} open questions, relied on by ${String(pages)} pages`),
		);
		const items = page.locator('.pdp-question-list > li');
		await expect(items.count()).resolves.toBe(questions.length);
		for (const question of questions) {
			const item = page.locator(`.pdp-question-list > li[id="${question.id}"]`);
			const uses = usersOf(question.id);
			await expect(item.locator('.pdp-question-list__meta').textContent()).resolves.toContain(
				`Used on ${String(uses.length)} ${uses.length === 1 ? 'page' : 'pages'}`,
			);
			await expect(
				item
					.locator('.pdp-question-list__uses a')
					.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
			).resolves.toEqual(
				expect.arrayContaining(uses.map((entry) => entryPath(entry.collection, entry.id))),
			);
		}
	});
});
