import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { failStorageFor } from './support/storage-faults.ts';
import { readSiteEntries } from '../support/site-content.ts';

const ROLE = 'engagement-manager';
const ROLE_TITLE = 'EM (ProServe Delivery role)';
const KEY = 'pdp:role:v1';
const CHECKLIST = 'dqi';
const PHASE = 'manage-and-inspect';

const entries = readSiteEntries();
const checklistItems = (id: string) =>
	(entries.find((entry) => entry.collection === 'checklists' && entry.id === id)?.data['items'] ??
		[]) as { id: string; role: string }[];
const mineOn = (id: string) => checklistItems(id).filter((item) => item.role === ROLE);

const picker = (page: Page) => page.getByRole('combobox', { name: 'I am' });
const status = (page: Page) => page.locator('pdp-role-picker [data-role-status]');
const notice = (page: Page) => page.locator('pdp-role-picker [data-role-notice]');
const markedItems = (page: Page) =>
	page
		.locator('[data-role-lens] li[data-mine]')
		.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['itemId']));

describe('role lens', () => {
	const browse = useBrowser();

	test('picking a role marks its checklist items in words, and survives a reload', async () => {
		const { page, problems } = browse();
		const expected = mineOn(CHECKLIST).map((item) => item.id);
		expect(expected.length).toBeGreaterThan(0);
		await page.goto(`/checklists/${CHECKLIST}/`);
		await expect(markedItems(page)).resolves.toEqual([]);
		await picker(page).selectOption({ label: ROLE_TITLE });
		await expect(markedItems(page)).resolves.toEqual(expected);
		const firstMine = page.locator(`li[data-item-id="${expected[0] ?? ''}"]`);
		await expect(firstMine.getByText('Your role', { exact: true }).isVisible()).resolves.toBe(true);
		await expect(status(page).textContent()).resolves.toBe(
			`Your role: ${ROLE_TITLE}. ${String(expected.length)} checklist items on this page are yours, marked “Your role”.`,
		);
		await page.reload();
		await expect(picker(page).inputValue()).resolves.toBe(ROLE);
		await expect(markedItems(page)).resolves.toEqual(expected);
		expect(problems).toEqual([]);
	});

	test('the phase guide marks the role’s RACI column; clearing unmarks it', async () => {
		const { page, problems } = browse();
		await page.goto(`/checklists/${CHECKLIST}/`);
		await picker(page).selectOption(ROLE);
		await page.goto(`/phases/${PHASE}/`);
		// The role picker sits with the table it marks, in the RACI disclosure.
		await page.locator('details[data-raci-disclosure] > summary').click();
		const column = page.locator(`.pdp-raci thead th[data-role="${ROLE}"]`);
		await expect(column.getAttribute('data-mine')).resolves.toBe('');
		await expect(column.textContent()).resolves.toContain('Your role');
		// The phase's checklist items are listed, and marked, on the checklist's own page only.
		await expect(markedItems(page)).resolves.toEqual([]);
		await page.getByRole('button', { name: 'Clear my role' }).click();
		await expect(page.locator('[data-mine]').count()).resolves.toBe(0);
		await expect(page.getByText('Your role', { exact: true }).count()).resolves.toBe(0);
		await expect(page.evaluate((key) => localStorage.getItem(key), KEY)).resolves.toBeNull();
		await expect(
			picker(page).evaluate((select) => document.activeElement === select),
		).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	test('a role picked on the home page is marked on the checklists, with a link to its page', async () => {
		const { page, problems } = browse();
		await page.goto('/');
		await picker(page).selectOption({ label: ROLE_TITLE });
		await expect(status(page).textContent()).resolves.toBe(`Your role: ${ROLE_TITLE}.`);
		await page.getByRole('link', { name: /What your role does in each phase/ }).click();
		await page.waitForURL(new RegExp(`/roles/${ROLE}/$`), { waitUntil: 'load' });
		await page.goto(`/checklists/${CHECKLIST}/`);
		await expect(markedItems(page)).resolves.toEqual(mineOn(CHECKLIST).map((item) => item.id));
		expect(problems).toEqual([]);
	});

	test('a role chosen in another tab is applied here at once', async () => {
		const { page, context } = browse();
		await page.goto(`/checklists/${CHECKLIST}/`);
		const other = await context.newPage();
		await other.goto(`/roles/${ROLE}/`);
		await picker(other).selectOption(ROLE);
		await expect.poll(() => markedItems(page)).toEqual(mineOn(CHECKLIST).map((item) => item.id));
		await picker(other).selectOption('');
		await expect.poll(() => markedItems(page)).toEqual([]);
	});

	test('a role saved before it was merged into another is set aside with a notice, and ProServe Sales can be chosen', async () => {
		const { page, problems } = browse();
		const merged = checklistItems('oqr').filter((item) => item.role === 'proserve-sales');
		expect(merged.length).toBeGreaterThan(0);
		await page.goto('/');
		await page.evaluate(
			(key) => localStorage.setItem(key, JSON.stringify({ version: 1, role: 'cpm' })),
			KEY,
		);
		await page.goto('/checklists/oqr/');
		await expect(notice(page).textContent()).resolves.toBe(
			'Your saved role is no longer in the catalog; choose another.',
		);
		await expect(picker(page).inputValue()).resolves.toBe('');
		await expect(markedItems(page)).resolves.toEqual([]);
		await expect(page.evaluate((key) => localStorage.getItem(key), KEY)).resolves.toBeNull();
		await picker(page).selectOption({ label: 'ProServe Sales' });
		await expect(markedItems(page)).resolves.toEqual(merged.map((item) => item.id));
		expect(problems).toEqual([]);
	});

	test('has no accessibility violations with a role chosen', async () => {
		const { page } = browse();
		for (const path of [`/checklists/${CHECKLIST}/`, `/phases/${PHASE}/`, `/roles/${ROLE}/`]) {
			await page.goto(path);
			for (const disclosure of await page.locator('details[data-raci-disclosure]').all()) {
				await disclosure.locator('summary').click();
			}
			await picker(page).selectOption(ROLE);
			await expect(findAccessibilityViolations(page), path).resolves.toEqual([]);
		}
	});
});

describe('role page', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('lists every checklist item the role owns, by checklist, each linked to the item', async () => {
		const { page } = browse();
		const owned = entries.flatMap((entry) =>
			entry.collection === 'checklists'
				? checklistItems(entry.id)
						.filter((item) => item.role === ROLE)
						.map((item) => `/checklists/${entry.id}/#${item.id}`)
				: [],
		);
		await page.goto(`/roles/${ROLE}/`);
		const links = await page
			.locator('details[aria-labelledby^="items-"] li a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links.sort()).toEqual(owned.sort());
		const duties = (entries.find((entry) => entry.collection === 'roles' && entry.id === ROLE)
			?.data['duties'] ?? []) as unknown[];
		await expect(page.locator('.pdp-duties > div').count()).resolves.toBe(duties.length);
	});
});

describe('role lens without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('shows no picker that could not remember anything, and the checklist reads as before', async () => {
		const { page } = browse();
		await page.goto(`/checklists/${CHECKLIST}/`);
		await expect(page.locator('pdp-role-picker').isVisible()).resolves.toBe(false);
		await expect(page.locator('.pdp-checklist__item').count()).resolves.toBe(
			checklistItems(CHECKLIST).length,
		);
	});
});

describe('role lens under fault', () => {
	const browse = useBrowser();

	test.each([
		['storage that throws on read', failStorageFor('getItem', 'SecurityError'), 'does not let'],
		['storage that throws on write', failStorageFor('setItem', 'SecurityError'), 'does not let'],
		['storage that is full', failStorageFor('setItem', 'QuotaExceededError'), 'storage is full'],
	])('%s: says so, and still marks the role on this page', async (_name, script, text) => {
		const { page, problems } = browse();
		await page.addInitScript(script);
		await page.goto(`/checklists/${CHECKLIST}/`);
		await picker(page).selectOption(ROLE);
		await expect(notice(page).textContent()).resolves.toContain(text);
		await expect(markedItems(page)).resolves.toEqual(mineOn(CHECKLIST).map((item) => item.id));
		expect(problems).toEqual([]);
	});

	test.each([
		['garbage', '{oops', 'could not be read'],
		[
			'markup',
			JSON.stringify({ version: 1, role: '<img src=x onerror=alert(1)>' }),
			'could not be read',
		],
		[
			'a prototype key',
			'{"__proto__":{"role":"engagement-manager"},"version":1}',
			'could not be read',
		],
		[
			'a role the site no longer has',
			JSON.stringify({ version: 1, role: 'chief-wizard' }),
			'no longer in the catalog',
		],
	])('%s in storage: clears it with a notice, nothing marked', async (_name, stored, text) => {
		const { page, problems } = browse();
		await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
			KEY,
			stored,
		] as const);
		await page.goto(`/checklists/${CHECKLIST}/`);
		await expect(notice(page).textContent()).resolves.toContain(text);
		await expect(markedItems(page)).resolves.toEqual([]);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		await expect(
			page.evaluate(() => Object.prototype.hasOwnProperty.call({}, 'role')),
		).resolves.toBe(false);
		expect(problems).toEqual([]);
	});
});
