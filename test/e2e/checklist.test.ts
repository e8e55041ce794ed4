import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { encodeShare } from '../../src/lib/checklists/share-link.ts';
import { ChecklistPage } from './support/checklist-page.ts';
import { openPhone, useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { failStorageFor } from './support/storage-faults.ts';
import { readSiteEntries } from '../support/site-content.ts';

const CHECKLIST = 'dqi';
const entry = readSiteEntries().find(
	(candidate) => candidate.collection === 'checklists' && candidate.id === CHECKLIST,
);
const items = (entry?.data['items'] ?? []) as { id: string; required?: boolean }[];
const requiredCount = items.filter((item) => item.required !== false).length;
const key = `pdp:checklist:v1:${CHECKLIST}`;

describe('checklist without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('is a readable list with role, required or optional, and due for every item', async () => {
		const { page } = browse();
		await page.goto(`/checklists/${CHECKLIST}/`);
		const rendered = page.locator('.pdp-checklist__item');
		await expect(rendered.count()).resolves.toBe(items.length);
		for (const text of await rendered.allTextContents()) {
			expect(text).toMatch(/Required|Optional/);
			expect(text).toContain('Due:');
		}
		await expect(page.locator('[data-toolbar]').isVisible()).resolves.toBe(false);
		await expect(page.getByRole('checkbox').first().isDisabled()).resolves.toBe(true);
	});
});

describe('checklist', () => {
	const browse = useBrowser();
	const open = async (query = '') => {
		const { page } = browse();
		return new ChecklistPage(page).open(CHECKLIST, query);
	};

	test('ticks items, shows progress to screen readers, and keeps it across a reload', async () => {
		const checklist = await open();
		await expect(checklist.progress.textContent()).resolves.toBe(
			`0 of ${items.length} done · required 0 of ${requiredCount}`,
		);
		await expect(checklist.progress.getAttribute('role')).resolves.toBe('status');
		await checklist.checkbox(0).check();
		await checklist.checkbox(3).check();
		await expect(checklist.progress.textContent()).resolves.toMatch(
			new RegExp(`^2 of ${items.length} done`),
		);
		await checklist.page.reload();
		await expect(checklist.checkedIndexes()).resolves.toEqual([0, 3]);
		expect(browse().problems).toEqual([]);
	});

	test('keeps one run per engagement: create, switch, rename, delete with undo', async () => {
		const checklist = await open();
		await checklist.newRun('Acme migration');
		await checklist.checkbox(1).check();
		await checklist.newRun('Contoso data lake');
		await checklist.checkbox(2).check();
		await expect(checklist.runSelect.locator('option').allTextContents()).resolves.toEqual([
			'My run',
			'Acme migration',
			'Contoso data lake',
		]);
		await checklist.runSelect.selectOption({ label: 'Acme migration' });
		await expect(checklist.checkedIndexes()).resolves.toEqual([1]);
		await checklist.press('Rename');
		await checklist.page.getByRole('textbox', { name: 'Run name' }).fill('Acme cloud migration');
		await checklist.page.keyboard.press('Enter');
		await expect(checklist.runSelect.locator('option:checked').textContent()).resolves.toBe(
			'Acme cloud migration',
		);
		await checklist.press('Delete');
		await expect(checklist.runSelect.locator('option').allTextContents()).resolves.toEqual([
			'My run',
			'Contoso data lake',
		]);
		await checklist.button('Undo').click();
		await expect(checklist.runSelect.locator('option:checked').textContent()).resolves.toBe(
			'Acme cloud migration',
		);
		await expect(checklist.checkedIndexes()).resolves.toEqual([1]);
	});

	test('reset clears the run and can be undone', async () => {
		const checklist = await open();
		await checklist.checkbox(0).check();
		await checklist.press('Reset');
		await expect(checklist.checkedIndexes()).resolves.toEqual([]);
		await checklist.button('Undo').click();
		await expect(checklist.checkedIndexes()).resolves.toEqual([0]);
	});

	test('a tick in one tab appears in the other', async () => {
		const first = await open();
		const second = await new ChecklistPage(await first.page.context().newPage()).open(CHECKLIST);
		await first.checkbox(4).check();
		await expect.poll(() => second.checkedIndexes()).toEqual([4]);
	});

	test('filters by role and required only', async () => {
		const checklist = await open();
		const roles = await checklist.page
			.getByRole('combobox', { name: 'Role' })
			.locator('option')
			.evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
		const role = roles[1] ?? '';
		await checklist.page.getByRole('combobox', { name: 'Role' }).selectOption(role);
		const visibleRoles = await checklist.items.evaluateAll((elements) =>
			elements
				.filter((element) => !(element as HTMLElement).hidden)
				.map((element) => element.getAttribute('data-role')),
		);
		expect(visibleRoles.length).toBeGreaterThan(0);
		expect(new Set(visibleRoles)).toEqual(new Set([role]));
		await checklist.page.getByRole('combobox', { name: 'Role' }).selectOption('');
		await checklist.page.getByRole('checkbox', { name: 'Required only' }).check();
		await expect(checklist.items.locator('visible=true').count()).resolves.toBe(requiredCount);
	});

	test('a share link shows the run to someone else as a shared view, without touching their runs', async () => {
		const sender = await open();
		await sender.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await sender.press('Rename');
		await sender.page.getByRole('textbox', { name: 'Run name' }).fill('Acme <b>migration</b>');
		await sender.page.keyboard.press('Enter');
		await sender.checkbox(0).check();
		await sender.checkbox(2).check();
		await sender.press('Copy share link');
		const link = await sender.output.inputValue();
		expect(link.slice(0, 200)).toMatch(/\/checklists\/dqi\/\?shared=[A-Za-z0-9_-]+$/);
		await expect(sender.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);

		const browser = sender.page.context().browser();
		if (!browser) throw new Error('no browser');
		const receiverContext = await browser.newContext({ baseURL: browse().baseUrl });
		const receiver = new ChecklistPage(await receiverContext.newPage());
		await receiver.open(CHECKLIST);
		await receiver.checkbox(5).check();
		await receiver.page.goto(link);
		await expect(receiver.sharedBanner.isVisible()).resolves.toBe(true);
		await expect(receiver.sharedBanner.locator('[data-shared-name]').textContent()).resolves.toBe(
			'Acme <b>migration</b>',
		);
		await expect(receiver.sharedBanner.locator('b').count()).resolves.toBe(0);
		await expect(receiver.checkedIndexes()).resolves.toEqual([0, 2]);
		await expect(receiver.checkbox(0).isDisabled()).resolves.toBe(true);
		await receiver.page.getByRole('button', { name: 'Back to my runs' }).click();
		await expect(receiver.checkedIndexes()).resolves.toEqual([5]);
		await receiver.page.goto(link);
		await receiver.page.getByRole('button', { name: 'Save as my run' }).click();
		await expect(receiver.runSelect.locator('option').allTextContents()).resolves.toEqual([
			'My run',
			'Acme <b>migration</b>',
		]);
		await expect(receiver.checkedIndexes()).resolves.toEqual([0, 2]);
		expect(new URL(receiver.page.url()).search).toBe('');
		await receiverContext.close();
	});

	test('links to one item: the item has an anchor, opening it scrolls to and highlights it', async () => {
		const checklist = await open();
		const id = await checklist.itemId(12);
		await checklist.items.nth(12).getByRole('link', { name: 'Link to this item' }).click();
		// The link is written once the clipboard has answered.
		await expect
			.poll(() => checklist.output.inputValue())
			.toBe(`${browse().baseUrl}/checklists/${CHECKLIST}/#${id}`);
		await checklist.page.goto(`/checklists/${CHECKLIST}/#${id}`);
		const target = checklist.page.locator(`[id="${id}"]`);
		await expect(target.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
		await expect(
			target.evaluate((element) => getComputedStyle(element).outlineStyle),
		).resolves.toBe('solid');
		await expect(target.isVisible()).resolves.toBe(true);
		const box = await target.boundingBox();
		expect(box?.y).toBeGreaterThanOrEqual(0);
		expect(box?.y).toBeLessThan(800);
	});

	test('groups its actions: share and print on the toolbar, the rest in two menus that close after a choice', async () => {
		const checklist = await open();
		const visibleButtons = await checklist.toolbar
			.locator('button:visible')
			.evaluateAll((buttons) => buttons.map((button) => button.textContent?.trim()));
		expect(visibleButtons).toEqual(['Copy share link', 'Print']);
		const menus = checklist.toolbar.locator('details[data-menu] > summary');
		await expect(menus.allTextContents()).resolves.toEqual(['Run actions', 'Export or import']);
		await checklist.press('Copy as Markdown');
		await expect(checklist.toolbar.locator('details[data-menu][open]').count()).resolves.toBe(0);
	});

	test('keeps the progress in view while the list scrolls', async () => {
		const checklist = await open();
		await checklist.checkbox(0).check();
		await checklist.items.last().scrollIntoViewIfNeeded();
		const sticky = checklist.stickyProgress;
		// It appears on the scroll event after the toolbar's own line has gone.
		await expect.poll(() => sticky.isVisible()).toBe(true);
		const box = await sticky.boundingBox();
		expect(box && box.y >= 0 && box.y < 200).toBe(true);
		await expect(sticky.textContent()).resolves.toBe(await checklist.progress.textContent());
		await expect(sticky.textContent()).resolves.toMatch(/^1 of \d+ done · required \d+ of \d+$/);
	});

	test('shows the sticky progress only once the toolbar’s own progress line has scrolled away', async () => {
		const checklist = await open();
		await expect(checklist.progress.isVisible()).resolves.toBe(true);
		await expect(checklist.stickyProgress.isVisible()).resolves.toBe(false);
		// Where the list is on the page, not on the screen: showing the progress must not move it,
		// or a click that starts on an item's link ends beside it.
		const listTop = () =>
			checklist.items.first().evaluate((item) => item.getBoundingClientRect().top + scrollY);
		const before = await listTop();
		await checklist.items.nth(8).scrollIntoViewIfNeeded();
		await expect.poll(() => checklist.stickyProgress.isVisible()).toBe(true);
		await expect(listTop()).resolves.toBe(before);
		await checklist.page.evaluate(() => window.scrollTo(0, 0));
		await expect.poll(() => checklist.stickyProgress.isVisible()).toBe(false);
	});

	test('keeps each item compact: its link on the meta line, named for the item, the page within six screens', async () => {
		const checklist = await open();
		const text = await checklist.itemText(0);
		const link = checklist.itemLink(0);
		await expect(link.evaluate((element) => element.textContent?.trim())).resolves.toBe(
			'Link to this item',
		);
		// Its accessible name says which item it links to.
		await expect(
			checklist.items
				.nth(0)
				.getByRole('link', { name: `Link to this item ${text}`, exact: true })
				.count(),
		).resolves.toBe(1);
		const meta = checklist.items.nth(0).locator('.pdp-checklist__meta');
		const [linkBox, metaBox] = [await link.boundingBox(), await meta.boundingBox()];
		expect(Math.abs((linkBox?.y ?? 0) - (metaBox?.y ?? 100))).toBeLessThan(6);
		// Beyond its own text, an item takes a few short lines for meta, link and guidance that
		// share them (about 110 px when each had a line of its own).
		const extras = await checklist.items.evaluateAll((items) =>
			items.map((item) => {
				const text = item.querySelector('.pdp-checklist__text')?.getBoundingClientRect().height;
				return item.getBoundingClientRect().height - (text ?? 0);
			}),
		);
		for (const extra of extras) expect(extra).toBeLessThanOrEqual(85);
		await expect(checklist.heightWithoutRelated()).resolves.toBeLessThanOrEqual(4_800);
	});

	test('gives every control a 44 px touch target on a phone', async () => {
		const context = await openPhone(browse());
		const checklist = await new ChecklistPage(await context.newPage()).open(CHECKLIST);
		const heights = await checklist.toolbar
			.locator('button:visible, summary:visible, select:visible')
			.evaluateAll((controls) => controls.map((control) => control.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(3);
		for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
		await context.close();
	});

	test('exports Markdown, CSV and JSON, and imports the JSON back as a run', async () => {
		const checklist = await open();
		await checklist.checkbox(0).check();
		const firstId = await checklist.itemId(0);
		await checklist.press('Copy as Markdown');
		const markdown = await checklist.output.inputValue();
		// The exact state, as a link that opens it, and the checklist's own sections.
		expect(markdown).toMatch(
			/\[Open this run as exported\]\(http:\/\/[^)]+\?shared=[A-Za-z0-9_-]+\)/,
		);
		expect(markdown).toMatch(/^#### \S/m);
		expect(markdown).toContain(
			`- [x] [${await checklist.itemText(0)}](${browse().baseUrl}/checklists/${CHECKLIST}/#${firstId})`,
		);
		expect(markdown.match(/^- \[ \]/gm)).toHaveLength(items.length - 1);

		const [csv] = await Promise.all([
			checklist.page.waitForEvent('download'),
			checklist.press('Download CSV'),
		]);
		expect(csv.suggestedFilename()).toBe(`${CHECKLIST}-my-run.csv`);
		const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
		expect(csvText.split('\r\n')[0]).toBe('id,text,role,required,due,done');
		expect(csvText).toContain(`${firstId},`);

		const [json] = await Promise.all([
			checklist.page.waitForEvent('download'),
			checklist.press('Download JSON'),
		]);
		const jsonPath = (await json.path()) ?? '';
		const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as { checked: string[] };
		expect(exported.checked).toEqual([firstId]);

		await checklist.checkbox(0).uncheck();
		await checklist.page.locator('[data-import]').setInputFiles(jsonPath);
		await expect
			.poll(() => checklist.runSelect.locator('option').allTextContents())
			.toEqual(['My run', 'My run']);
		await expect(checklist.checkedIndexes()).resolves.toEqual([0]);
		await checklist.page.locator('[data-import]').setInputFiles({
			name: 'x.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"nope":1}'),
		});
		await expect
			.poll(() => checklist.notice.textContent())
			.toBe('The file is not a checklist export from this site.');
	});

	test('print and exports carry the reader’s own date, not the UTC one', async () => {
		const browser = browse().context.browser();
		if (!browser) throw new Error('no browser');
		// 23:30 UTC on 30 November is already 1 December on Kiritimati (UTC+14).
		const context = await browser.newContext({
			baseURL: browse().baseUrl,
			timezoneId: 'Pacific/Kiritimati',
		});
		const page = await context.newPage();
		await page.clock.setFixedTime(new Date('2026-11-30T23:30:00Z'));
		const checklist = await new ChecklistPage(page).open(CHECKLIST);
		await checklist.press('Copy as Markdown');
		await expect(checklist.output.inputValue()).resolves.toContain('2026-12-01');
		await expect(checklist.output.inputValue()).resolves.not.toContain('2026-11-30');
		await expect(page.locator('[data-print-date]').textContent()).resolves.toBe('2026-12-01');
		await context.close();
	});

	test('prints the run name, date, version, every item with its state, and sign-off lines', async () => {
		const checklist = await open();
		await checklist.checkbox(1).check();
		await checklist.page.getByRole('checkbox', { name: 'Required only' }).check();
		await checklist.page.emulateMedia({ media: 'print' });
		await expect(checklist.toolbar.isVisible()).resolves.toBe(false);
		const header = checklist.page.locator('.pdp-print-header');
		await expect(header.isVisible()).resolves.toBe(true);
		await expect(header.textContent()).resolves.toMatch(
			/Run: My run · 1 of \d+ done · required \d+ of \d+ · Printed \d{4}-\d{2}-\d{2} · Checklist version [a-z0-9]+/,
		);
		// A review pack, not a page: no role picker, no feedback box, no metadata line.
		for (const chrome of ['pdp-role-picker', '.pdp-feedback', '.pdp-about'])
			await expect(checklist.page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
		await expect(checklist.items.locator('visible=true').count()).resolves.toBe(items.length);
		await expect(checklist.page.locator('.pdp-signoff').isVisible()).resolves.toBe(true);
		await expect(checklist.page.locator('#starlight__sidebar').isVisible()).resolves.toBe(false);
		await expect(checklist.checkedIndexes()).resolves.toEqual([1]);
	});

	test('after the checklist changes, ticks of removed items are listed and new items start unticked', async () => {
		const { page } = browse();
		const kept = items[0]?.id ?? '';
		await page.addInitScript(([storageKey, value]) => localStorage.setItem(storageKey, value), [
			key,
			JSON.stringify({
				version: 1,
				active: 'old',
				runs: [
					{ id: 'old', name: 'Before the change', checked: [kept, 'retired-item'], updated: 1 },
				],
			}),
		] as const);
		const checklist = await new ChecklistPage(page).open(CHECKLIST);
		await expect(checklist.checkedIndexes()).resolves.toEqual([0]);
		await expect(page.locator('[data-unknown-list] li').allTextContents()).resolves.toEqual([
			'retired-item',
		]);
		await expect(checklist.progress.textContent()).resolves.toMatch(/^1 of /);
	});

	test('works from the keyboard alone', async () => {
		const checklist = await open();
		const first = checklist.checkbox(0);
		for (
			let presses = 0;
			presses < 80 && !(await first.evaluate((element) => element === document.activeElement));
			presses++
		) {
			await checklist.page.keyboard.press('Tab');
		}
		await expect(first.evaluate((element) => element === document.activeElement)).resolves.toBe(
			true,
		);
		await checklist.page.keyboard.press('Space');
		await expect(first.isChecked()).resolves.toBe(true);
		await expect(checklist.progress.textContent()).resolves.toMatch(/^1 of /);
	});

	test('has no accessibility violations', async () => {
		const checklist = await open();
		await checklist.checkbox(0).check();
		await expect(findAccessibilityViolations(checklist.page)).resolves.toEqual([]);
	});
});

describe('checklist state under fault', () => {
	const browse = useBrowser();

	test('keeps a copy of stored ticks it cannot read, instead of losing them', async () => {
		const { page } = browse();
		await page.addInitScript((storageKey) => {
			if (!sessionStorage.getItem('seeded'))
				localStorage.setItem(storageKey, '{"version":1,"runs":');
			sessionStorage.setItem('seeded', '1');
		}, key);
		const checklist = await new ChecklistPage(page).open(CHECKLIST);
		await expect(checklist.notice.textContent()).resolves.toContain('set aside');
		await checklist.checkbox(0).check();
		await expect(
			page.evaluate((storageKey) => localStorage.getItem(`${storageKey}:set-aside`), key),
		).resolves.toBe('{"version":1,"runs":');
	});

	test('refuses a run past the most it keeps, rather than losing one on reload', async () => {
		const { page } = browse();
		const runs = Array.from({ length: 50 }, (_, index) => ({
			id: `run${String(index)}`,
			name: `Engagement ${String(index)}`,
			checked: [],
			updated: 1,
		}));
		// Seeded once, so a reload shows what the page kept, not the seed again.
		await page.addInitScript(
			([storageKey, value]) => {
				if (sessionStorage.getItem('seeded')) return;
				localStorage.setItem(storageKey, value);
				sessionStorage.setItem('seeded', '1');
			},
			[key, JSON.stringify({ version: 1, active: 'run0', runs })] as const,
		);
		const checklist = await new ChecklistPage(page).open(CHECKLIST);
		await checklist.newRun('One too many');
		await expect(checklist.notice.textContent()).resolves.toContain('already keeps 50 runs');
		await expect(page.locator('[data-run-select] option').count()).resolves.toBe(50);

		// An imported run is refused the same way…
		await page.locator('[data-import]').setInputFiles({
			name: 'run.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({ schemaVersion: 1, checklist: CHECKLIST, run: 'Imported', checked: [] }),
			),
		});
		await expect.poll(() => checklist.notice.textContent()).toContain('already keeps 50 runs');
		// …and so is a shared run saved as one's own: the shared view stays, nothing is lost.
		await page.goto(
			`/checklists/${CHECKLIST}/?shared=${encodeShare({ name: 'Shared', checked: [], fingerprint: '' })}`,
		);
		await page.getByRole('button', { name: 'Save as my run' }).click();
		await expect(checklist.notice.textContent()).resolves.toContain('already keeps 50 runs');
		await expect(checklist.sharedBanner.isVisible()).resolves.toBe(true);
		await page.goto(`/checklists/${CHECKLIST}/`);
		await expect(page.locator('[data-run-select] option').count()).resolves.toBe(50);
		await expect(checklist.runSelect.inputValue()).resolves.toBe('run0');
	});

	test.each([
		['garbage in storage', 'localStorage.setItem(KEY, "{oops")', 'could not be read'],
		[
			'storage that throws on read (private mode)',
			failStorageFor('getItem', 'SecurityError'),
			'does not let the page save',
		],
		[
			'storage that throws on write',
			failStorageFor('setItem', 'SecurityError'),
			'does not let the page save',
		],
		['storage that is full', failStorageFor('setItem', 'QuotaExceededError'), 'storage is full'],
	])('%s: shows a notice and still ticks in memory', async (_name, script, notice) => {
		const { page, problems } = browse();
		await page.addInitScript(script.replace('KEY', JSON.stringify(key)));
		const checklist = await new ChecklistPage(page).open(CHECKLIST);
		await checklist.checkbox(0).check();
		await expect(checklist.notice.textContent()).resolves.toContain(notice);
		await expect(checklist.progress.textContent()).resolves.toMatch(/^1 of /);
		expect(problems).toEqual([]);
	});

	test.each([
		['markup', `?shared=${encodeURIComponent('<script>alert(1)</script>')}`],
		['an oversized value', `?shared=${'A'.repeat(6_500)}`],
		[
			'prototype keys',
			`?shared=${btoa('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"n":"x","c":"nope"}').replace(/=+$/, '')}`,
		],
	])('a share link with %s is refused with a notice, never executed', async (_name, query) => {
		const { page, problems } = browse();
		page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
		const checklist = await new ChecklistPage(page).open(CHECKLIST, query);
		await expect(checklist.notice.textContent()).resolves.toContain('share link is damaged');
		await expect(checklist.sharedBanner.isVisible()).resolves.toBe(false);
		await expect(page.evaluate(() => 'polluted' in {})).resolves.toBe(false);
		await expect(
			page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
		).resolves.toBeUndefined();
		expect(problems).toEqual([]);
	});
});
