/**
 * `npm run bench:a11y`: axe (WCAG 2.0–2.2 A/AA and best practices) over every page in the built
 * site's sitemap, served by nginx with the production headers, in Debian's Chromium. Prints the
 * number of pages checked and every violation; exits 1 if there is any. Run `npm run build` first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startNginx } from './lib/nginx.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort } from './lib/local-server.ts';
import { findAccessibilityViolations } from '../test/e2e/support/axe.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

const paths = readdirSync(DIST)
	.filter((name) => /^sitemap-\d+\.xml$/.test(name))
	.flatMap((name) =>
		[...readFileSync(join(DIST, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(match) => new URL(match[1] ?? '/').pathname,
		),
	);
const server = await startNginx({ dist: DIST, port: await freePort() });
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS,
});
let failures = 0;
try {
	const context = await browser.newContext();
	const page = await context.newPage();
	for (const path of paths) {
		await page.goto(`${server.url}${path}`);
		const violations = await findAccessibilityViolations(page);
		if (violations.length > 0) {
			failures++;
			console.log(`${path}\n  ${violations.join('\n  ')}`);
		}
	}
} finally {
	await browser.close();
	await server.stop();
}
console.log(`axe checked ${paths.length} pages from the sitemap: ${failures} with violations.`);
process.exit(failures > 0 ? 1 : 0);
