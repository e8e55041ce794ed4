import { afterAll, beforeAll, beforeEach, afterEach, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/lib/local-server.ts';

/** A page with everything the browser complained about while the test ran. */
export interface WatchedPage {
	page: Page;
	context: BrowserContext;
	/** Console errors and warnings, uncaught exceptions and failed requests, as text. */
	problems: string[];
	/** The site's origin, e.g. http://127.0.0.1:41234. */
	baseUrl: string;
}

/**
 * Starts one Chromium for the test file and a fresh context (own storage, no cache) for each
 * test. Returns a getter for the current test's page.
 */
export function useBrowser(
	options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
): () => WatchedPage {
	let browser: Browser;
	let current: WatchedPage | undefined;
	const baseUrl = inject('baseUrl');
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await browser.close();
	});
	beforeEach(async () => {
		const context = await browser.newContext({
			baseURL: baseUrl,
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			colorScheme: options.colorScheme ?? 'light',
		});
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') {
				problems.push(`console ${message.type()}: ${message.text()}`);
			}
		});
		page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
		page.on('requestfailed', (request) => {
			// A request the browser dropped because the test navigated on is not the site's fault.
			if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
			problems.push(`request failed: ${request.url()}`);
		});
		page.on('request', (request) => {
			const url = request.url();
			if (/^(data|blob):/.test(url) || url.startsWith(`${baseUrl}/`)) return;
			problems.push(`request to another origin: ${url}`);
		});
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
		});
		current = { page, context, problems, baseUrl };
	});
	afterEach(async () => {
		await current?.context.close();
		current = undefined;
	});
	return () => {
		if (!current) throw new Error('useBrowser(): no page outside a test');
		return current;
	};
}

/**
 * A touch phone (390×844, or the size given) in the same browser as `watched`, for tests of tap
 * targets and phone layouts. Close it when done.
 */
export async function openPhone(
	watched: WatchedPage,
	viewport: { width: number; height: number } = { width: 390, height: 844 },
): Promise<BrowserContext> {
	const browser = watched.context.browser();
	if (!browser) throw new Error('openPhone(): the page has no browser');
	return browser.newContext({ baseURL: watched.baseUrl, viewport, hasTouch: true, isMobile: true });
}
