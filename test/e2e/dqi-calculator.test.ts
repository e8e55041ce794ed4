import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';

/** The page the calculator is on: change this one line if it moves. */
const PAGE_URL = '/quality-gates/dqi/';
const STORAGE_KEY = 'pdp:dqi:v1';
const RULE = 'The window opens 120 days after project start and closes 365 days after it.';

/** The calculator as a reader drives it: fields by their labels, the answer by its role. */
class DqiCalculator {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async open(): Promise<this> {
		await this.page.goto(PAGE_URL);
		await this.start.waitFor();
		return this;
	}

	get root(): Locator {
		return this.page.locator('pdp-dqi-calculator');
	}
	get start(): Locator {
		return this.root.getByLabel('Engagement start date');
	}
	get today(): Locator {
		return this.root.getByLabel('Date to check');
	}
	get status(): Locator {
		return this.root.locator('[data-result]');
	}
	get notice(): Locator {
		return this.root.locator('[data-notice]');
	}

	async check(start: string, today: string): Promise<string> {
		await this.start.fill(start);
		await this.today.fill(today);
		return (await this.status.textContent()) ?? '';
	}
}

/** Makes one Storage method throw for our keys only; Starlight's theme scripts are left alone. */
function failFor(method: 'getItem' | 'setItem', name: string): string {
	return `{ const original = Storage.prototype.${method}; Storage.prototype.${method} = function (key, ...rest) { if (String(key).startsWith('pdp:')) throw new DOMException('refused', '${name}'); return original.call(this, key, ...rest); }; }`;
}

/**
 * Makes `window.localStorage` itself throw, as in a sandboxed frame or with storage blocked,
 * from the moment the calculator is defined: Starlight's theme scripts read storage earlier
 * without a guard, and are not what this test is about.
 */
const STORAGE_GETTER_THROWS = `{
	const getter = Object.getOwnPropertyDescriptor(window, 'localStorage').get;
	Object.defineProperty(window, 'localStorage', {
		configurable: true,
		get() {
			if (customElements.get('pdp-dqi-calculator')) throw new DOMException('blocked', 'SecurityError');
			return getter.call(window);
		},
	});
}`;

describe('DQI calculator without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('states the rule and the Red-or-Amber note, and shows no dead fields', async () => {
		const { page } = browse();
		await page.goto(PAGE_URL);
		const root = page.locator('pdp-dqi-calculator');
		await expect(root.getByText(RULE).isVisible()).resolves.toBe(true);
		const link = root.getByRole('link', { name: 'Plan back-to-green' });
		await expect(link.isVisible()).resolves.toBe(true);
		await expect(link.getAttribute('href')).resolves.toBe(
			'/playbooks/plan-back-to-green-for-a-red-or-amber-engagement/',
		);
		await expect(root.getByLabel('Engagement start date').isVisible()).resolves.toBe(false);
		await expect(root.getByRole('status').count()).resolves.toBe(0);
	});
});

describe('DQI calculator', () => {
	const browse = useBrowser();
	const open = () => new DqiCalculator(browse().page).open();

	// 2026-02-02 + 120 days is 2 June 2026; + 365 days is 2 February 2027.
	test.each([
		[
			'day 119',
			'2026-06-01',
			'Day 119 since start: the DQI window is not open yet. It opens on 2 June 2026, in 1 day, and its last day is 2 February 2027.',
		],
		[
			'day 120',
			'2026-06-02',
			'Day 120 since start: the DQI window is open. It opened on 2 June 2026; its last day is 2 February 2027, 245 days from today.',
		],
		[
			'day 365',
			'2027-02-02',
			'Day 365 since start: the DQI window is open, and today is its last day. It opened on 2 June 2026.',
		],
		[
			'day 366',
			'2027-02-03',
			'Day 366 since start: the DQI window has closed. It was open from 2 June 2026 to 2 February 2027.',
		],
		[
			'a start still to come',
			'2026-01-03',
			'The engagement starts on 2 February 2026, in 30 days: the DQI window is not open yet. It opens on 2 June 2026, in 150 days, and its last day is 2 February 2027.',
		],
	])('%s: says where the engagement stands', async (_name, today, sentence) => {
		const calculator = await open();
		await expect(calculator.check('2026-02-02', today)).resolves.toBe(sentence);
		await expect(calculator.status.getAttribute('aria-live')).resolves.toBe('polite');
		expect(browse().problems).toEqual([]);
	});

	test('counts 29 February in a window that spans it', async () => {
		const calculator = await open();
		await expect(calculator.check('2027-06-01', '2028-02-29')).resolves.toBe(
			'Day 273 since start: the DQI window is open. It opened on 29 September 2027; its last day is 31 May 2028, 92 days from today.',
		);
		await expect(calculator.check('2024-02-29', '2025-02-28')).resolves.toMatch(
			/^Day 365 since start: .* today is its last day\. It opened on 28 June 2024\.$/,
		);
		expect(browse().problems).toEqual([]);
	});

	test('explains a date it cannot use, without an error in the console', async () => {
		const calculator = await open();
		await expect(calculator.check('1999-12-31', '2026-06-01')).resolves.toBe(
			'The engagement start date must be between 1 January 2000 and 31 December 2100.',
		);
		await expect(calculator.status.getAttribute('data-state')).resolves.toBe('invalid');
		await calculator.start.fill('2026-02-02');
		await calculator.start.focus();
		await calculator.page.keyboard.press('Backspace');
		await expect(calculator.status.textContent()).resolves.toBe(
			'The engagement start date is incomplete or not a date written as YYYY-MM-DD.',
		);
		await calculator.start.fill('');
		await expect(calculator.status.textContent()).resolves.toBe(
			'Enter the engagement start date to see where it stands in the DQI window.',
		);
		expect(browse().problems).toEqual([]);
	});

	test('checks against the reader’s local today, not the UTC one', async () => {
		const { context } = browse();
		const browser = context.browser();
		if (!browser) throw new Error('no browser');
		// At each instant the reader's calendar day differs from the UTC one, in opposite ways.
		for (const [timezoneId, instant, localToday, day] of [
			// 23:30 on 1 June in Honolulu, already 2 June in UTC.
			['Pacific/Honolulu', '2026-06-02T09:30:00Z', '2026-06-01', 119],
			// 00:30 on 2 June in Kiritimati, still 1 June in UTC.
			['Pacific/Kiritimati', '2026-06-01T10:30:00Z', '2026-06-02', 120],
		] as const) {
			const zoned = await browser.newContext({ baseURL: browse().baseUrl, timezoneId });
			const page = await zoned.newPage();
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(message.text());
			});
			await page.clock.setFixedTime(new Date(instant));
			const calculator = await new DqiCalculator(page).open();
			await expect(calculator.today.inputValue()).resolves.toBe(localToday);
			await calculator.start.fill('2026-02-02');
			await expect(calculator.status.textContent()).resolves.toMatch(
				new RegExp(`^Day ${day} since start`),
			);
			expect(problems).toEqual([]);
			await zoned.close();
		}
	});

	test('remembers the start date across a reload, and the date to check goes back to today', async () => {
		const calculator = await open();
		const today = await calculator.today.inputValue();
		await calculator.check('2024-02-29', '2024-06-28');
		await calculator.page.reload();
		await expect(calculator.start.inputValue()).resolves.toBe('2024-02-29');
		await expect(calculator.today.inputValue()).resolves.toBe(today);
		await expect(
			calculator.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY),
		).resolves.toBe('{"start":"2024-02-29"}');
		expect(browse().problems).toEqual([]);
	});

	test('a start date entered in another tab appears in this one', async () => {
		const first = await open();
		const second = await new DqiCalculator(await first.page.context().newPage()).open();
		await second.today.fill('2026-06-02');
		await first.start.fill('2026-02-02');
		await expect.poll(() => second.start.inputValue()).toBe('2026-02-02');
		await expect(second.status.textContent()).resolves.toMatch(
			/^Day 120 since start: the DQI window is open\./,
		);
		await first.start.fill('');
		await expect.poll(() => second.start.inputValue()).toBe('');
		expect(browse().problems).toEqual([]);
	});

	test.each([
		['light', 'light'],
		['dark', 'dark'],
	] as const)('has no accessibility violations in the %s theme', async (_name, colorScheme) => {
		const { page } = browse();
		await page.emulateMedia({ colorScheme });
		const calculator = await open();
		await calculator.check('2026-02-02', '2026-08-08');
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		await calculator.start.fill('1999-12-31');
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		expect(browse().problems).toEqual([]);
	});
});

describe('DQI calculator with storage that fails', () => {
	const browse = useBrowser();

	test.each([
		['storage that refuses access (private mode)', STORAGE_GETTER_THROWS, 'does not let the page'],
		['storage that throws on read', failFor('getItem', 'SecurityError'), 'does not let the page'],
		['storage that is full', failFor('setItem', 'QuotaExceededError'), 'storage is full'],
	])('%s: still calculates and says the date is not remembered', async (_name, script, notice) => {
		const { page, problems } = browse();
		await page.addInitScript(script);
		const calculator = await new DqiCalculator(page).open();
		await expect(calculator.check('2026-02-02', '2026-06-02')).resolves.toMatch(
			/^Day 120 since start: the DQI window is open\./,
		);
		await expect(calculator.notice.isVisible()).resolves.toBe(true);
		await expect(calculator.notice.textContent()).resolves.toContain(notice);
		expect(problems).toEqual([]);
	});

	test('garbage in storage: says so, starts empty, and is replaced by the next date entered', async () => {
		const { page, problems } = browse();
		await page.addInitScript(
			([key, value]) => {
				if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
				sessionStorage.setItem('seeded', '1');
			},
			[STORAGE_KEY, '{"start":"2026-02-30"}'] as const,
		);
		const calculator = await new DqiCalculator(page).open();
		await expect(calculator.notice.textContent()).resolves.toBe(
			'The start date saved in this browser could not be read; enter it again.',
		);
		await expect(calculator.start.inputValue()).resolves.toBe('');
		await calculator.start.fill('2026-02-02');
		await expect(calculator.notice.isVisible()).resolves.toBe(false);
		await page.reload();
		await expect(calculator.start.inputValue()).resolves.toBe('2026-02-02');
		expect(problems).toEqual([]);
	});
});
