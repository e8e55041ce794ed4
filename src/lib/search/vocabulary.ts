/**
 * The site's search vocabulary as the browser receives it (`/search/vocabulary.json`): synonym
 * groups, best bets, the words of titles, glossary terms and synonyms (for "did you mean") and the
 * role names (for role-aware results). Built at build time; read in the browser.
 */
import { analyseQuery, normaliseWords, stemWord } from './query-terms.ts';

/** One best bet: any of these queries puts this entry first. */
export interface BestBet {
	queries: string[];
	url: string;
	title: string;
	summary: string;
}

/** What `/search/vocabulary.json` holds. */
export interface SearchVocabulary {
	/** Groups of words and phrases that mean the same; the first is the catalog's own word. */
	synonyms: string[][];
	bestBets: BestBet[];
	/**
	 * Words the site uses, lower case, each with the number of pages that use it: for "did you
	 * mean", and to tell common words from telling ones when a query is relaxed.
	 */
	words: Record<string, number>;
	/** Role ids and the names results carry in their role filter. */
	roles: Record<string, string>;
}

/** A synonym group found in a query: the words it matched and the group's catalog term. */
export interface SynonymMatch {
	matched: string;
	canonical: string;
}

/**
 * True when every significant word of `phrase` is among `terms` (in any order, stems compared):
 * "handover to support" is named by a query whose terms are handover and support.
 */
function coversPhrase(terms: readonly string[], phrase: string): boolean {
	const words = analyseQuery(phrase).terms.map(stemWord);
	const stems = terms.map(stemWord);
	return words.length > 0 && words.every((word) => stems.includes(word));
}

/**
 * The synonym groups a query's terms name, longest match first: "scope creep" finds the group
 * whose catalog term is "change request". A group named by its own catalog term is not a match.
 */
export function findSynonyms(
	terms: readonly string[],
	synonyms: readonly string[][],
): SynonymMatch[] {
	const matches: SynonymMatch[] = [];
	for (const group of synonyms) {
		const [canonical, ...others] = group;
		if (!canonical || coversPhrase(terms, canonical)) continue;
		const matched = others
			.filter((term) => coversPhrase(terms, term))
			.sort((left, right) => wordCount(right) - wordCount(left))[0];
		if (matched) matches.push({ matched, canonical });
	}
	// "handover to support" names knowledge transfer; the "handover" inside it names nothing more.
	return matches
		.sort((left, right) => wordCount(right.matched) - wordCount(left.matched))
		.filter(
			(match, index, sorted) =>
				!sorted
					.slice(0, index)
					.some((longer) => coversPhrase(normaliseWords(longer.matched), match.matched)),
		);
}

const wordCount = (phrase: string): number => normaliseWords(phrase).length;

/** The terms with a synonym's words replaced by its group's catalog term. */
export function substituteSynonym(terms: readonly string[], match: SynonymMatch): string[] {
	const replaced = new Set(normaliseWords(match.matched).map(stemWord));
	const kept = terms.filter((term) => !replaced.has(stemWord(term)));
	return [...normaliseWords(match.canonical), ...kept];
}

/** The best bet for a query, when its terms are exactly one of the bet's queries' terms. */
export function findBestBet(
	terms: readonly string[],
	bestBets: readonly BestBet[],
	significant: (query: string) => string[],
): BestBet | undefined {
	const key = [...terms].sort().join(' ');
	if (!key) return undefined;
	return bestBets.find((bet) =>
		bet.queries.some((query) => [...significant(query)].sort().join(' ') === key),
	);
}

/** True when `word` might be a typo worth correcting: long enough, not a number, not a site word. */
export function mayBeTypo(word: string, words: Readonly<Record<string, number>>): boolean {
	return word.length >= 4 && !/\d/.test(word) && !Object.hasOwn(words, word);
}
