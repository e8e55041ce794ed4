import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0–2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core itself, read once per test file. */
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/**
 * Runs axe over the page, every rule of these tags on (label-content-name-mismatch included: the
 * header's search button is named by its visible text, "Search Ctrl K"), and returns each
 * violation as `rule: selectors`, so a failing test shows what to fix.
 *
 * axe-core runs in the page itself. `@axe-core/playwright` ran the same rules but, for pages with
 * frames (ours have none), opened a second page per check to merge the frames' results, and
 * gathered every passing node too: 3 to 4 s a page where this takes 0.5 to 1.6 s, and about half
 * of the whole browser suite's time on CI. Playwright's evaluate is not subject to the site's CSP.
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: typeof import('axe-core') };
		const results: AxeResults = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return results.violations.map((violation) => ({
			id: violation.id,
			targets: violation.nodes.map((node) => node.target.join(' ')),
		}));
	}, TAGS);
	return violations.map(({ id, targets }) => `${id}: ${targets.join(' | ')}`);
}
