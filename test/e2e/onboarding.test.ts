import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { OnboardingPage } from './support/onboarding-page.ts';
import { readOnboardingPath } from '../support/onboarding-content.ts';
import { PROGRESS_STORAGE_KEY } from '../../src/lib/browser/onboarding-progress.ts';

const steps = readOnboardingPath();
const total = steps.length;
const step = (index: number) => {
	const found = steps[index];
	if (!found) throw new Error(`the onboarding path has no step ${String(index + 1)}`);
	return found;
};

describe('onboarding without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('is an ordered list of every step, numbered across phases, with what to learn and a reading time', async () => {
		const { page, problems } = browse();
		const onboarding = await new OnboardingPage(page).open();
		await expect(onboarding.steps.locator('a[data-step-link]').allTextContents()).resolves.toEqual(
			steps.map((candidate) => candidate.title),
		);
		const texts = await onboarding.steps.allTextContents();
		steps.forEach((candidate, index) => {
			expect(texts[index]).toContain(candidate.learn);
			expect(texts[index]).toContain(`${String(candidate.readingMinutes)} min read`);
		});
		// Each phase's list starts where the previous one stopped, so the numbers run 1 to N.
		const starts = await page
			.locator('ol.pdp-onboarding__steps')
			.evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start));
		expect(starts).toEqual(
			steps.filter((candidate) => candidate.collection === 'phases').map((guide) => guide.position),
		);
		await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
		await expect(onboarding.progress.isVisible()).resolves.toBe(false);
		await expect(page.getByText(`${String(total)} steps in`).isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	test('a step page says where it is on the path, and its previous and next links work', async () => {
		const { page, problems } = browse();
		const onboarding = await new OnboardingPage(page).openStep(step(1).href);
		await expect(onboarding.stepNav.textContent()).resolves.toContain(`step 2 of ${String(total)}`);
		await onboarding.stepNav.getByRole('link', { name: `Next: ${step(2).title}` }).click();
		await page.waitForURL(`**${step(2).href}`);
		await expect(onboarding.stepNav.textContent()).resolves.toContain(`step 3 of ${String(total)}`);
		await onboarding.stepNav.getByRole('link', { name: `Previous: ${step(1).title}` }).click();
		await page.waitForURL(`**${step(1).href}`);
		await expect(onboarding.stepNav.getByRole('checkbox').count()).resolves.toBe(0);
		expect(problems).toEqual([]);
	});
});

describe('onboarding with JavaScript', () => {
	const browse = useBrowser();

	test('marking five steps read, one from its own page, shows "5 of N read" and survives a reload', async () => {
		const { page, problems } = browse();
		const onboarding = await new OnboardingPage(page).open();
		await expect(onboarding.progressText()).resolves.toBe(`0 of ${String(total)} read`);
		for (const index of [0, 1, 2, 4]) await onboarding.toggle(step(index).title).check();
		await expect(onboarding.progressText()).resolves.toBe(`4 of ${String(total)} read`);

		await onboarding.openStep(step(5).href);
		await expect(onboarding.progressText()).resolves.toBe(`4 of ${String(total)} read`);
		await onboarding.toggle(step(5).title).check();
		await expect(onboarding.progressText()).resolves.toBe(`5 of ${String(total)} read`);

		await onboarding.open();
		await expect(onboarding.progressText()).resolves.toBe(`5 of ${String(total)} read`);
		await expect(onboarding.progressBar.getAttribute('value')).resolves.toBe('5');
		await page.reload();
		await expect(onboarding.progressText()).resolves.toBe(`5 of ${String(total)} read`);
		for (const index of [0, 1, 2, 4, 5]) {
			await expect(onboarding.toggle(step(index).title).isChecked()).resolves.toBe(true);
		}
		await expect(onboarding.toggle(step(3).title).isChecked()).resolves.toBe(false);
		await expect(onboarding.continueLink.textContent()).resolves.toBe(step(3).title);
		await expect(onboarding.continueLink.getAttribute('href')).resolves.toBe(step(3).href);
		expect(problems).toEqual([]);
	});

	test('unmarking a step on its page counts it as unread again on the path', async () => {
		const { page, problems } = browse();
		const onboarding = await new OnboardingPage(page).open();
		await onboarding.toggle(step(0).title).check();
		await onboarding.openStep(step(0).href);
		await expect(onboarding.toggle(step(0).title).isChecked()).resolves.toBe(true);
		await onboarding.toggle(step(0).title).uncheck();
		await onboarding.open();
		await expect(onboarding.progressText()).resolves.toBe(`0 of ${String(total)} read`);
		await expect(onboarding.continueLink.textContent()).resolves.toBe(step(0).title);
		expect(problems).toEqual([]);
	});

	test('every step page links to the steps before and after it, in path order', async () => {
		const { page, problems } = browse();
		const onboarding = new OnboardingPage(page);
		for (const current of steps) {
			await onboarding.openStep(current.href);
			// Leaving a page at once would cancel its favicon request and log it as a failure.
			await page.waitForLoadState('networkidle');
			const hrefs = await onboarding.stepNav
				.locator('a[rel="prev"], a[rel="next"]')
				.evaluateAll((links) =>
					links.map(
						(link) => `${link.getAttribute('rel') ?? ''} ${link.getAttribute('href') ?? ''}`,
					),
				);
			expect(hrefs, current.href).toEqual([
				...(current.previous ? [`prev ${current.previous.href}`] : []),
				...(current.next ? [`next ${current.next.href}`] : []),
			]);
		}
		await expect(
			onboarding.stepNav
				.getByRole('link', { name: 'Last step: back to the whole path' })
				.getAttribute('href'),
		).resolves.toBe('/onboarding/');
		expect(problems).toEqual([]);
	});

	test('"Start over" clears progress, and Undo brings it back', async () => {
		const { page, problems } = browse();
		const onboarding = await new OnboardingPage(page).open();
		for (const index of [0, 1]) await onboarding.toggle(step(index).title).check();
		await onboarding.button('Start over').click();
		await expect(onboarding.progressText()).resolves.toBe(`0 of ${String(total)} read`);
		await expect(onboarding.toggle(step(0).title).isChecked()).resolves.toBe(false);
		await page.reload();
		await expect(onboarding.progressText()).resolves.toBe(`0 of ${String(total)} read`);
		await onboarding.toggle(step(3).title).check();
		await onboarding.button('Start over').click();
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Undo');
		await onboarding.button('Undo').click();
		await expect(onboarding.progressText()).resolves.toBe(`1 of ${String(total)} read`);
		await expect(onboarding.button('Undo').isVisible()).resolves.toBe(false);
		await page.reload();
		await expect(onboarding.toggle(step(3).title).isChecked()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	test('says when every step is read', async () => {
		const { page, problems } = browse();
		await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
			key: PROGRESS_STORAGE_KEY,
			value: JSON.stringify({ version: 1, read: steps.map((candidate) => candidate.key) }),
		});
		const onboarding = await new OnboardingPage(page).open();
		await expect(onboarding.progressText()).resolves.toBe(
			`${String(total)} of ${String(total)} read`,
		);
		await expect(page.getByText('You have read every step of the path.').isVisible()).resolves.toBe(
			true,
		);
		await expect(onboarding.continueLink.isVisible()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	test('follows progress made in another tab', async () => {
		const { page, context, problems } = browse();
		const first = await new OnboardingPage(page).open();
		const second = await new OnboardingPage(await context.newPage()).openStep(step(2).href);
		await expect(second.progressText()).resolves.toBe(`0 of ${String(total)} read`);
		await first.toggle(step(2).title).check();
		await expect.poll(() => second.progressText()).toBe(`1 of ${String(total)} read`);
		await expect.poll(() => second.toggle(step(2).title).isChecked()).toBe(true);
		await second.toggle(step(2).title).uncheck();
		await expect.poll(() => first.progressText()).toBe(`0 of ${String(total)} read`);
		expect(problems).toEqual([]);
	});

	test('has no accessibility violations on the path and on a step page', async () => {
		const { page, problems } = browse();
		const onboarding = await new OnboardingPage(page).open();
		await onboarding.toggle(step(0).title).check();
		await onboarding.button('Start over').click();
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		await onboarding.openStep(step(1).href);
		await onboarding.toggle(step(1).title).check();
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		await onboarding.open();
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		expect(problems).toEqual([]);
	});
});

/**
 * Makes one Storage method throw for our keys only: Starlight's own scripts (theme, sidebar)
 * read localStorage too, and are not what these tests are about.
 */
function failFor(method: 'getItem' | 'setItem', name: string): string {
	return `{ const original = Storage.prototype.${method}; Storage.prototype.${method} = function (key, ...rest) { if (String(key).startsWith('pdp:')) throw new DOMException('refused', '${name}'); return original.call(this, key, ...rest); }; }`;
}

describe('onboarding progress under storage faults', () => {
	const browse = useBrowser();

	test.each([
		[
			'storage that refuses reads',
			failFor('getItem', 'SecurityError'),
			'does not let the page save',
		],
		[
			'storage that refuses writes',
			failFor('setItem', 'SecurityError'),
			'does not let the page save',
		],
		['storage that is full', failFor('setItem', 'QuotaExceededError'), 'storage is full'],
	])('%s: marks in memory and says so', async (_name, script, notice) => {
		const { page, problems } = browse();
		await page.addInitScript(script);
		const onboarding = await new OnboardingPage(page).open();
		await onboarding.toggle(step(0).title).check();
		await expect(onboarding.progressText()).resolves.toBe(`1 of ${String(total)} read`);
		await expect(onboarding.notice.textContent()).resolves.toContain(notice);
		await onboarding.toggle(step(1).title).check();
		await expect(onboarding.progressText()).resolves.toBe(`2 of ${String(total)} read`);
		expect(problems).toEqual([]);
	});

	test('a browser that blocks localStorage itself (SecurityError on access) still marks, with a notice', async () => {
		const blockStorage = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`;
		// The theme parts are hardened (src/components/overrides): a page without our scripts
		// reports nothing either.
		const { page, context, problems } = browse();
		await context.addInitScript(blockStorage);
		await page.goto('/about/');
		await page.waitForLoadState('networkidle');
		const starlightProblems = problems.splice(0);
		expect(starlightProblems).toEqual([]);
		const onboarding = await new OnboardingPage(page).open();
		await onboarding.toggle(step(0).title).check();
		await expect(onboarding.progressText()).resolves.toBe(`1 of ${String(total)} read`);
		await expect(onboarding.notice.textContent()).resolves.toContain('does not let the page save');
		expect(problems).toEqual(starlightProblems);
	});

	test.each([
		['garbage', '{oops'],
		['a prototype key', '{"__proto__":{"version":1,"read":["phases/s2d"]}}'],
		['an oversized value', `{"version":1,"read":["${'a'.repeat(50_000)}"]}`],
		['another format', '{"version":7,"read":[]}'],
	])('%s in storage: starts fresh with a notice, and the next mark saves', async (_name, value) => {
		const { page, problems } = browse();
		await page.addInitScript(
			({ key, stored }) => {
				// Seeded once: the reload below must read what the page saved, not the seed again.
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem(key, stored);
					sessionStorage.setItem('seeded', '1');
				}
			},
			{ key: PROGRESS_STORAGE_KEY, stored: value },
		);
		const onboarding = await new OnboardingPage(page).open();
		await expect(onboarding.progressText()).resolves.toBe(`0 of ${String(total)} read`);
		await expect(onboarding.notice.textContent()).resolves.toContain('could not be read');
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		await onboarding.toggle(step(0).title).check();
		await page.reload();
		await expect(onboarding.progressText()).resolves.toBe(`1 of ${String(total)} read`);
		await expect(onboarding.notice.textContent()).resolves.toBe('');
		await expect(page.evaluate(() => 'polluted' in {})).resolves.toBe(false);
		expect(problems).toEqual([]);
	});
});
