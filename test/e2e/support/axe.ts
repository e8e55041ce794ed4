import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0–2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe over the page and returns each violation as `rule: selectors`, so a failing test
 * shows what to fix. Selecting rules by tag also switches on rules axe ships disabled; one of
 * them, label-content-name-mismatch, is switched off again: axe disables it by default because
 * it misreads keyboard hints as labels, and Starlight's search button shows "Ctrl K" beside its
 * "Search" label (the hint is also exposed through aria-keyshortcuts).
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(TAGS)
		.disableRules(['label-content-name-mismatch'])
		.analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
	);
}
