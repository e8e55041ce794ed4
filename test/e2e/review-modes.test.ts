import { describe, expect, test } from 'vitest';
import { AssessmentPage } from './support/assessment-page.ts';
import { ChecklistPage } from './support/checklist-page.ts';
import { openPhone, useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries } from '../support/site-content.ts';

const CHECKLIST = 'dqi';
const entries = readSiteEntries();
const items = (entries.find((entry) => entry.collection === 'checklists' && entry.id === CHECKLIST)
	?.data['items'] ?? []) as { id: string; text: string }[];
const phaseChecklist = entries.find(
	(entry) => entry.collection === 'checklists' && entry.data['kind'] === 'phase',
)!.id;

describe('Tick and Assess modes of a quality-gate checklist', () => {
	const browse = useBrowser();
	const open = async (fragment = '') => {
		const modes = new AssessmentPage(browse().page);
		await modes.page.goto(`/checklists/${CHECKLIST}/${fragment}`);
		await modes.tab('Tick').waitFor();
		return modes;
	};
	/** Item texts a reader can see, in either mode's list. */
	const visibleItemTexts = (modes: AssessmentPage) =>
		modes.page
			.locator('.pdp-checklist__text:visible, .pdp-assess__item:visible > legend')
			.allTextContents();

	test('shows the items once: Tick by default, Assess on its tab, one panel at a time', async () => {
		const modes = await open();
		await expect(modes.tab('Tick').getAttribute('aria-selected')).resolves.toBe('true');
		await expect(modes.visiblePanel.count()).resolves.toBe(1);
		await expect(visibleItemTexts(modes)).resolves.toHaveLength(items.length);
		await expect(modes.root.getByRole('group').count()).resolves.toBe(0);
		await modes.tab('Assess').click();
		await modes.ready();
		await expect(modes.tab('Assess').getAttribute('aria-selected')).resolves.toBe('true');
		await expect(modes.visiblePanel.count()).resolves.toBe(1);
		await expect(modes.visiblePanel.getAttribute('aria-labelledby')).resolves.toBe('mode-assess');
		await expect(visibleItemTexts(modes)).resolves.toHaveLength(items.length);
		await expect(modes.page.locator('.pdp-checklist__item:visible').count()).resolves.toBe(0);
		expect(browse().problems).toEqual([]);
	});

	test('switching rewrites the URL fragment in place, without a history entry or a scroll jump', async () => {
		const modes = await open();
		await modes.tab('Assess').scrollIntoViewIfNeeded();
		const before = await modes.page.evaluate(() => [scrollY, history.length]);
		await modes.tab('Assess').click();
		await expect(modes.page.evaluate(() => location.hash)).resolves.toBe('#assess');
		await expect(modes.page.evaluate(() => [scrollY, history.length])).resolves.toEqual(before);
		await modes.tab('Tick').click();
		await expect(modes.page.evaluate(() => location.hash)).resolves.toBe('');
		await expect(modes.page.evaluate(() => [scrollY, history.length])).resolves.toEqual(before);
	});

	test('works from the keyboard: arrow keys, Home and End move between the tabs', async () => {
		const modes = await open();
		await modes.tab('Tick').focus();
		await modes.page.keyboard.press('ArrowRight');
		await expect(modes.tab('Assess').getAttribute('aria-selected')).resolves.toBe('true');
		await expect(
			modes.tab('Assess').evaluate((tab) => tab === document.activeElement),
		).resolves.toBe(true);
		await expect(modes.tab('Tick').getAttribute('tabindex')).resolves.toBe('-1');
		await modes.page.keyboard.press('ArrowRight');
		await expect(modes.tab('Tick').getAttribute('aria-selected')).resolves.toBe('true');
		await modes.page.keyboard.press('End');
		await expect(modes.tab('Assess').getAttribute('aria-selected')).resolves.toBe('true');
		await modes.page.keyboard.press('Home');
		await expect(modes.tab('Tick').getAttribute('aria-selected')).resolves.toBe('true');
		await expect(modes.visiblePanel.getAttribute('aria-labelledby')).resolves.toBe('mode-tick');
	});

	test('#assess opens Assess mode in view; an item’s link still opens Tick at that item', async () => {
		const modes = await open('#assess');
		await expect(modes.tab('Assess').getAttribute('aria-selected')).resolves.toBe('true');
		await modes.ready();
		const box = await modes.tab('Assess').boundingBox();
		expect(box && box.y >= 0 && box.y < 400).toBe(true);
		const item = items[12]!;
		await modes.page.goto(`/checklists/${CHECKLIST}/#${item.id}`);
		await expect(modes.tab('Tick').getAttribute('aria-selected')).resolves.toBe('true');
		const target = modes.page.locator(`[id="${item.id}"]`);
		await expect(target.isVisible()).resolves.toBe(true);
		await expect(target.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
		// A section link of the page's contents, followed from Assess mode, goes back to Tick.
		await modes.tab('Assess').click();
		await modes.page.evaluate(() => {
			location.hash = '#section-preparation';
		});
		await expect.poll(() => modes.tab('Tick').getAttribute('aria-selected')).toBe('true');
	});

	test('has no accessibility violations in either mode, and 44 px tabs on a phone', async () => {
		const modes = await open();
		await expect(findAccessibilityViolations(modes.page)).resolves.toEqual([]);
		await modes.tab('Assess').click();
		await modes.ready();
		await expect(findAccessibilityViolations(modes.page)).resolves.toEqual([]);
		const phone = await openPhone(browse());
		const onPhone = new AssessmentPage(await phone.newPage());
		await onPhone.page.goto(`/checklists/${CHECKLIST}/`);
		for (const name of ['Tick', 'Assess'] as const) {
			const box = await onPhone.tab(name).boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(44);
		}
		await phone.close();
	});

	test('a phase checklist has no modes and looks as before', async () => {
		const { page, problems } = browse();
		const checklist = await new ChecklistPage(page).open(phaseChecklist);
		await expect(page.getByRole('tab').count()).resolves.toBe(0);
		await expect(page.locator('pdp-review-modes').count()).resolves.toBe(0);
		await expect(checklist.items.first().isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});
});
