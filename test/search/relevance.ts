import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** One question of the relevance suite. */
export interface RelevanceCase {
	query: string;
	/** Pages that answer it, best first: any of them in the top five is a hit. */
	answers: string[];
	user: 'practitioner' | 'new-hire' | 'manager';
	kind: 'question' | 'keywords' | 'typo' | 'synonym' | 'acronym';
}

/** What a run of the suite scored. */
export interface RelevanceScore {
	queries: number;
	hitAt1: number;
	hitAt5: number;
	meanReciprocalRank: number;
	empty: string[];
	misses: { query: string; got: string[] }[];
}

/** The suite as written in `test/search/relevance.yaml`. */
export function readRelevanceSuite(): RelevanceCase[] {
	return parse(
		readFileSync(resolve(import.meta.dirname, 'relevance.yaml'), 'utf8'),
	) as RelevanceCase[];
}

/**
 * Scores ranked result paths against the suite: hit@1, hit@5, mean reciprocal rank (of the first
 * answer within the top five; 0 beyond) and the queries that found nothing.
 */
export function scoreRelevance(
	cases: readonly RelevanceCase[],
	results: ReadonlyMap<string, readonly string[]>,
): RelevanceScore {
	let hitAt1 = 0;
	let hitAt5 = 0;
	let reciprocal = 0;
	const empty: string[] = [];
	const misses: RelevanceScore['misses'] = [];
	for (const { query, answers } of cases) {
		const got = results.get(query) ?? [];
		if (got.length === 0) empty.push(query);
		const rank = got.slice(0, 5).findIndex((path) => answers.includes(path));
		if (rank === 0) hitAt1++;
		if (rank >= 0) {
			hitAt5++;
			reciprocal += 1 / (rank + 1);
		} else misses.push({ query, got: got.slice(0, 3) });
	}
	const count = cases.length || 1;
	return {
		queries: cases.length,
		hitAt1: hitAt1 / count,
		hitAt5: hitAt5 / count,
		meanReciprocalRank: reciprocal / count,
		empty,
		misses,
	};
}
