/**
 * One query layer for the header search and `/search/`: it reads the query, asks the index
 * (Pagefind in the browser, a fake in tests) for the full query, for a synonym's catalog term,
 * for a typo's correction and, when too little matches, for the significant words on their own,
 * then fuses the rankings (reciprocal rank fusion) and says what it did.
 */
import {
	analyseQuery,
	normaliseWords,
	toPagefindQuery,
	type AnalysedQuery,
} from './query-terms.ts';
import {
	findBestBet,
	findSynonyms,
	mayBeTypo,
	substituteSynonym,
	type BestBet,
	type SearchVocabulary,
	type SynonymMatch,
} from './vocabulary.ts';

/** Fewer results than this and the query is relaxed: too few to be sure the best is among them. */
export const RELAX_BELOW = 10;
/** The most index searches a query costs beyond the first. */
export const MAX_EXTRA_SEARCHES = 3;
/** Reciprocal rank fusion's constant: smaller favours the top of each list more. */
const FUSION_K = 20;
/** How much the corrected query counts: more than the query as typed, typo and all. */
const CORRECTION_WEIGHT = 1.3;
/** How much a relaxed list (one telling word) counts against the full query. */
const RELAXED_WEIGHT = 0.6;
/** How much the pages about a synonym's catalog term count: the subject the reader named. */
const SYNONYM_WEIGHT = 0.9;

/** Asks the index for a query; returns result ids, best first. */
export type IndexSearch = (query: string) => Promise<string[]>;

/** One index search the layer ran, and what it was for. */
export interface SearchStep {
	kind: 'full' | 'synonym' | 'correction' | 'relaxed';
	query: string;
	ids: string[];
	weight: number;
}

/** What a query found, and how. */
export interface SearchOutcome {
	analysed: AnalysedQuery;
	/** Result ids, best first, each once. */
	ranked: { id: string; score: number }[];
	steps: SearchStep[];
	/** Words corrected as typos, when the correction was searched. */
	corrections: { from: string; to: string }[];
	synonyms: SynonymMatch[];
	/** Set when the full query found too little: the shorter queries whose results are shown. */
	relaxedTo: string[] | undefined;
	bestBet: BestBet | undefined;
}

/** A misspelt word at least this long, within the typo distance of a site word, is a typo. */
const SURE_TYPO_LENGTH = 8;

/** Corrections for the words that look like typos, the edit-distance code loaded on first use. */
async function suggestCorrections(
	terms: readonly string[],
	words: Readonly<Record<string, number>>,
): Promise<{ from: string; to: string }[]> {
	const { suggestWord } = await import('./typos.ts');
	return terms
		.map((from) => ({ from, to: suggestWord(from, words) }))
		.filter((fix): fix is { from: string; to: string } => fix.to !== undefined);
}

/** The words of a query that carry meaning, for comparing queries. */
export const significantTerms = (query: string): string[] => analyseQuery(query).terms;

/**
 * The shorter queries that stand in for one that found too little, best first: a synonym's
 * catalog term first (the subject the reader named in other words), then quoted phrases, then the
 * words the site uses, rarest first, since a rare word says most about what the reader is after.
 * Each is searched alone and the lists fused, so a page that holds several of them rises. A word
 * the site does not use is left out: the index would ignore it anyway.
 */
export function planRelaxation(
	units: { synonym: string | undefined; phrases: readonly string[]; terms: readonly string[] },
	words: Readonly<Record<string, number>>,
	budget: number,
): string[] {
	const pagesUsing = (term: string) => (Object.hasOwn(words, term) ? (words[term] ?? 0) : 0);
	const known = units.terms
		.filter((term) => pagesUsing(term) > 0)
		.sort((left, right) => pagesUsing(left) - pagesUsing(right));
	const queries = [
		...(units.synonym ? [units.synonym] : []),
		...units.phrases.map((phrase) => `"${phrase}"`),
		...known,
	];
	// A single word on its own is the query already searched.
	if (!units.synonym && units.phrases.length + units.terms.length < 2) return [];
	return queries.slice(0, Math.max(0, budget));
}

/** Runs a query through the layer against `search`. Never throws for any query text. */
export async function runSearch(
	raw: string,
	vocabulary: SearchVocabulary,
	search: IndexSearch,
): Promise<SearchOutcome> {
	const analysed = analyseQuery(raw);
	const outcome: SearchOutcome = {
		analysed,
		ranked: [],
		steps: [],
		corrections: [],
		synonyms: [],
		relaxedTo: undefined,
		bestBet: undefined,
	};
	const { phrases, terms } = analysed;
	if (phrases.length === 0 && terms.length === 0) return outcome;
	// Searches that do not depend on one another run together; their steps are kept in plan
	// order, so the fused ranking never depends on which answered first.
	const step = async (kind: SearchStep['kind'], query: string, weight: number) => ({
		kind,
		query,
		ids: await search(query),
		weight,
	});
	let budget = MAX_EXTRA_SEARCHES;
	let working = terms;

	// A word the site never uses but nearly does is a typo: search the corrected query too.
	const corrections = terms.some((term) => mayBeTypo(term, vocabulary.words))
		? await suggestCorrections(terms, vocabulary.words)
		: [];
	const corrected = terms.map((term) => corrections.find((fix) => fix.from === term)?.to ?? term);
	const [full, correction] = await Promise.all([
		step('full', toPagefindQuery(phrases, terms), 1),
		corrections.length > 0
			? step('correction', toPagefindQuery(phrases, corrected), CORRECTION_WEIGHT)
			: undefined,
	]);
	outcome.steps.push(full);
	if (correction) {
		outcome.steps.push(correction);
		budget--;
		// A correction that finds nothing was no typo: relax the reader's own words instead. Except
		// where nothing finds anything and a long word was fixed ("retrospectve"): so long a word
		// so near a site word is a typo, and relaxing without it would lose the reader's subject.
		// Short words near a site word are often other words ("wise", "warn"), so they stay.
		const sure =
			correction.ids.length > 0
				? corrections
				: full.ids.length === 0
					? corrections.filter((fix) => fix.from.length >= SURE_TYPO_LENGTH)
					: [];
		if (sure.length > 0) {
			outcome.corrections = sure;
			working = terms.map((term) => sure.find((fix) => fix.from === term)?.to ?? term);
		}
	}

	// Too little found: the subject named in other words, and the telling words one by one.
	if (fuse(outcome.steps).length < RELAX_BELOW) {
		const [synonym] = findSynonyms(working, vocabulary.synonyms);
		const rest = synonym
			? substituteSynonym(working, synonym).slice(normaliseWords(synonym.canonical).length)
			: working;
		const queries = planRelaxation(
			{ synonym: synonym?.canonical, phrases, terms: rest },
			vocabulary.words,
			budget,
		);
		const steps = await Promise.all(
			queries.map((query) =>
				query === synonym?.canonical
					? step('synonym', query, SYNONYM_WEIGHT)
					: step('relaxed', query, RELAXED_WEIGHT),
			),
		);
		outcome.steps.push(...steps);
		const found = steps.filter((relaxed) => relaxed.ids.length > 0);
		if (synonym && found.some((relaxed) => relaxed.kind === 'synonym'))
			outcome.synonyms = [synonym];
		const matched = found
			.filter((relaxed) => relaxed.kind === 'relaxed')
			.map((relaxed) => relaxed.query.replace(/"/g, ''));
		if (matched.length > 0 && full.ids.length === 0) outcome.relaxedTo = matched;
	}
	outcome.ranked = fuse(outcome.steps);
	outcome.bestBet = findBestBet(terms, vocabulary.bestBets, significantTerms);
	return outcome;
}

/** Reciprocal rank fusion of the steps' lists: Σ weight / (k + rank), best first. */
export function fuse(steps: readonly SearchStep[]): { id: string; score: number }[] {
	const scores = new Map<string, number>();
	for (const { ids, weight } of steps) {
		ids.forEach((id, rank) => {
			scores.set(id, (scores.get(id) ?? 0) + weight / (FUSION_K + rank + 1));
		});
	}
	return [...scores]
		.map(([id, score]) => ({ id, score }))
		.sort((left, right) => right.score - left.score);
}
