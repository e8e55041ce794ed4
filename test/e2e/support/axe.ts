import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0–2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe over the page, every rule of these tags on (label-content-name-mismatch included: the
 * header's search button is named by its visible text, "Search Ctrl K"), and returns each
 * violation as `rule: selectors`, so a failing test shows what to fix.
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
	);
}
