import { expect, test } from 'vitest';
import { useBrowser } from '../e2e/support/browser.ts';
import { readRelevanceSuite, scoreRelevance } from './relevance.ts';

const suite = readRelevanceSuite();
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The result pages `/search/` lists for a query, best first (sections of a page left out). */
async function rankedPaths(page: ReturnType<ReturnType<typeof useBrowser>>['page'], query: string) {
	await page.locator('pdp-search [data-query]').fill(query);
	await page.waitForFunction(
		(expected) =>
			document.querySelector<HTMLElement>('pdp-search')?.dataset['searched'] === expected,
		query,
	);
	// What the reader sees first: the answer shown above the list, then the result pages.
	const paths = await page
		.locator(
			'pdp-search [data-answer]:not([hidden]) a, [data-results] > li:not(.pdp-entry-card--section) > a',
		)
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
	return [...new Set(paths)];
}

test(
	`the relevance suite: ${suite.length} questions as readers ask them`,
	{ timeout: 300_000 },
	async () => {
		const { page, problems } = browse();
		await page.goto('/search/');
		await page.locator('pdp-search[data-ready]').waitFor();
		const results = new Map<string, string[]>();
		for (const { query } of suite) results.set(query, await rankedPaths(page, query));
		const score = scoreRelevance(suite, results);
		const lines = [
			`search relevance: ${score.queries} queries, hit@1 ${percent(score.hitAt1)}, hit@5 ${percent(score.hitAt5)}, MRR ${score.meanReciprocalRank.toFixed(3)}, empty ${score.empty.length}`,
			...score.misses.map(
				({ query, got }) => `  miss: "${query}" → ${got.join(', ') || '(nothing)'}`,
			),
		];
		console.log(lines.join('\n'));
		expect(score.empty, 'queries with no results').toEqual([]);
		expect(score.hitAt5, 'hit@5').toBeGreaterThanOrEqual(0.9);
		expect(score.meanReciprocalRank, 'MRR').toBeGreaterThanOrEqual(0.75);
		expect(problems).toEqual([]);
	},
);

const browse = useBrowser();
