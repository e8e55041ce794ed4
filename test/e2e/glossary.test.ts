import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPhone, useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries, titleOf, type SiteEntry } from '../support/site-content.ts';
import { entryPath } from '../../src/lib/catalog/entry-types.ts';
import {
	buildGlossaryMatcher,
	decodeGlossaryTerm,
	describeUse,
	type GlossaryTerm,
} from '../../src/lib/catalog/glossary-terms.ts';

const MENTIONS_SHOWN = 12;
const entries = readSiteEntries().sort((left, right) =>
	`${left.collection}/${left.id}`.localeCompare(`${right.collection}/${right.id}`),
);
const terms = entries.flatMap((entry) =>
	entry.collection === 'glossary' ? (decodeGlossaryTerm(entry.id, entry.data) ?? []) : [],
);
const matcher = buildGlossaryMatcher(terms);
const termIdsIn = (text: string) => new Set(matcher.findAll(text).map((match) => match.term.id));
const withoutCode = (body: string) => body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
// Lines of plain prose: no heading, table, HTML, link or code, so a use there is always marked.
const plainProse = (body: string) =>
	withoutCode(body)
		.split('\n')
		.filter((line) => !/^\s*[#|<]/.test(line) && !/[`[\]<]/.test(line))
		.join('\n');

/**
 * A term with an expansion, used in plain prose of a playbook, and named in few enough entries
 * (counting every use outside code, more than the site marks) that its glossary page lists all.
 */
function pickTermAndPage(): { term: GlossaryTerm; entry: SiteEntry } {
	for (const term of terms.filter((candidate) => candidate.expansion)) {
		const mentions = entries.filter((entry) => termIdsIn(withoutCode(entry.body)).has(term.id));
		const entry = entries.find(
			(candidate) =>
				candidate.collection === 'playbooks' && termIdsIn(plainProse(candidate.body)).has(term.id),
		);
		if (entry && mentions.length <= MENTIONS_SHOWN) return { term, entry };
	}
	throw new Error('no glossary term with an expansion is used in the prose of a playbook');
}

const { term, entry } = pickTermAndPage();
const pagePath = entryPath(entry.collection, entry.id);
const triggerOf = (page: Page) => page.locator(`button[popovertarget="pdp-term-${term.id}"]`);
const popoverOf = (page: Page) => page.locator(`#pdp-term-${term.id}`);

/** Presses Tab until the term's button has focus; false when it never gets it. */
async function tabTo(page: Page, limit = 400): Promise<boolean> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(
			(id) => document.activeElement?.getAttribute('popovertarget') === id,
			`pdp-term-${term.id}`,
		);
		if (focused) return true;
	}
	return false;
}

describe(`the glossary in place, on ${pagePath} (${term.term})`, () => {
	const browse = useBrowser();

	test('marks the first use of the term as an abbreviation with its expansion or meaning', async () => {
		const { page } = browse();
		await page.goto(pagePath);
		await expect(triggerOf(page).count()).resolves.toBe(1);
		const abbr = triggerOf(page).locator('abbr');
		const written = (await abbr.textContent()) ?? '';
		expect(termIdsIn(written)).toEqual(new Set([term.id]));
		await expect(abbr.getAttribute('title')).resolves.toBe(describeUse(term, written));
		await expect(popoverOf(page).isVisible()).resolves.toBe(false);
		await expect(
			page.locator(':is(h1, h2, h3, h4, h5, h6, a, code) .pdp-term').count(),
		).resolves.toBe(0);
		expect(browse().problems).toEqual([]);
	});

	test('opens the definition from the keyboard, passes axe while open, and closes on Esc', async () => {
		const { page } = browse();
		await page.goto(pagePath);
		await expect(tabTo(page)).resolves.toBe(true);
		await page.keyboard.press('Enter');
		const popover = popoverOf(page);
		await expect(popover.isVisible()).resolves.toBe(true);
		await expect(popover.textContent()).resolves.toContain(term.definition);
		const link = popover.getByRole('link', { name: `${term.term} in the glossary` });
		await expect(link.getAttribute('href')).resolves.toBe(entryPath('glossary', term.id));
		await expect(link.isVisible()).resolves.toBe(true);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);

		await page.keyboard.press('Tab');
		await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(
			true,
		);
		await page.keyboard.press('Escape');
		await expect(popover.isVisible()).resolves.toBe(false);
		await expect(
			triggerOf(page).evaluate((element) => element === document.activeElement),
		).resolves.toBe(true);
		await page.keyboard.press('Space');
		await expect(popover.isVisible()).resolves.toBe(true);
		expect(browse().problems).toEqual([]);
	});

	test('opens with a tap on a 375px phone, inside the screen, and closes with a tap outside', async () => {
		const phone = await openPhone(browse(), { width: 375, height: 740 });
		try {
			const page = await phone.newPage();
			await page.goto(pagePath);
			await triggerOf(page).tap();
			const box = await popoverOf(page).boundingBox();
			expect(box?.x).toBeGreaterThanOrEqual(0);
			expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(375);
			await page.locator('h1').tap();
			await expect(popoverOf(page).isVisible()).resolves.toBe(false);
		} finally {
			await phone.close();
		}
	});

	test('the term’s glossary page lists the page under “Mentioned in”', async () => {
		const { page } = browse();
		await page.goto(entryPath('glossary', term.id));
		const mentions = page.getByRole('region', { name: 'Mentioned in' });
		await expect(
			mentions.getByRole('link', { name: titleOf(entry), exact: true }).getAttribute('href'),
		).resolves.toBe(pagePath);
		expect(browse().problems).toEqual([]);
	});

	test('the glossary index links the term to where it is mentioned', async () => {
		const { page } = browse();
		await page.goto('/glossary/');
		const count = page.locator(`#${term.id}`).getByRole('link', { name: /^Mentioned in \d+ entr/ });
		await expect(count.getAttribute('href')).resolves.toBe(
			entryPath('glossary', term.id, 'pdp-mentioned-in'),
		);
		expect(browse().problems).toEqual([]);
	});
});

describe('a heading that names a glossary term', () => {
	const browse = useBrowser();
	const headed = entries
		.filter((candidate) => candidate.collection !== 'glossary')
		.flatMap((candidate) =>
			withoutCode(candidate.body)
				.split('\n')
				.filter((line) => /^#{2,6} [\w\s?,.’'&()/-]+$/.test(line) && termIdsIn(line).size > 0)
				.map((line) => ({ entry: candidate, heading: line.replace(/^#+ /, '').trim() })),
		)[0];

	test.runIf(headed)('is not marked', async () => {
		if (!headed) return;
		const { page } = browse();
		await page.goto(entryPath(headed.entry.collection, headed.entry.id));
		const heading = page.getByRole('heading', { name: headed.heading, exact: true });
		await expect(heading.count()).resolves.toBe(1);
		await expect(heading.locator('abbr, button').count()).resolves.toBe(0);
		await expect(page.locator('.pdp-term').count()).resolves.toBeGreaterThan(0);
	});
});
