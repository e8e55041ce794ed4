import { decodeRoleChoice, ROLE_STORAGE_KEY } from '../../lib/browser/role-choice.ts';
import { runSearch, type SearchOutcome } from '../../lib/search/run-search.ts';
import {
	arrangeResults,
	buildExcerpt,
	matchesVisibleText,
	escapeHtml,
	pickAnswer,
	type Answer,
	type PageResult,
	type ResultRow,
} from '../../lib/search/results.ts';
import type { SearchVocabulary } from '../../lib/search/vocabulary.ts';

/** The part of Pagefind's browser API the search layer uses. */
interface Pagefind {
	init(): Promise<void>;
	options(options: { ranking: Record<string, number> }): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string | null,
		options: { filters: Record<string, { any: string[] }> },
	): Promise<{ results: PagefindHit[]; filters: Record<string, Record<string, number>> }>;
}

interface PagefindHit {
	id: string;
	data(): Promise<{
		url: string;
		content: string;
		locations: number[];
		meta: Record<string, string | undefined>;
		filters: Record<string, string[] | undefined>;
		sub_results: { title: string; url: string; locations: number[] }[];
	}>;
}

/** What one search shows. */
export interface SearchResponse {
	outcome: SearchOutcome;
	rows: ResultRow[];
	answer: Answer | undefined;
	/** Pages found in all. */
	total: number;
	/** Filter counts of the full query, for the filter panel. */
	counts: Record<string, Record<string, number>> | undefined;
}

/**
 * Pagefind's ranking, tuned against the relevance suite: a page's length counts for less than
 * Pagefind's default (0.75), so short glossary and role pages do not crowd out the guidance.
 */
const RANKING = { pageLength: 0.3 };

const EMPTY_VOCABULARY: SearchVocabulary = { synonyms: [], bestBets: [], words: {}, roles: {} };

/** The reader's chosen role, by the name results carry, when one is chosen and still exists. */
function readRoleName(roles: Record<string, string>): string | undefined {
	try {
		const choice = decodeRoleChoice(
			localStorage.getItem(ROLE_STORAGE_KEY),
			new Set(Object.keys(roles)),
		);
		return choice.kind === 'role' ? roles[choice.role] : undefined;
	} catch {
		return undefined;
	}
}

/** A page result in the form the layer shows, excerpts kept clear of the hidden synonym text. */
async function loadPage(hit: PagefindHit): Promise<PageResult> {
	const data = await hit.data();
	const summary = data.meta['summary'];
	return {
		url: data.url,
		title: data.meta['title'] ?? data.url,
		type: data.meta['type'],
		phase: data.meta['phase'],
		summary,
		excerpt: buildExcerpt(data.content, data.locations, summary ?? ''),
		roles: data.filters['role'] ?? [],
		sections: data.sub_results
			.filter(
				(section) =>
					section.url.includes('#') &&
					section.title !== data.meta['title'] &&
					matchesVisibleText(data.content, section.locations),
			)
			.map((section) => ({
				title: section.title,
				url: section.url,
				excerpt: buildExcerpt(data.content, section.locations, ''),
			})),
	};
}

/** The words results are ranked by: the reader's, typos corrected, synonyms' catalog terms added. */
function rankingTerms(outcome: SearchOutcome): string[] {
	const { terms, phrases } = outcome.analysed;
	const corrected = terms.map(
		(term) => outcome.corrections.find((fix) => fix.from === term)?.to ?? term,
	);
	return [
		...new Set([
			...corrected,
			...phrases.flatMap((phrase) => phrase.split(' ')),
			...outcome.synonyms.flatMap((match) => match.canonical.split(' ')),
		]),
	];
}

/** The search layer in the browser: Pagefind plus the site's vocabulary, loaded once. */
export class CatalogSearch {
	readonly #pagefind: Pagefind;
	readonly vocabulary: SearchVocabulary;

	private constructor(pagefind: Pagefind, vocabulary: SearchVocabulary) {
		this.#pagefind = pagefind;
		this.vocabulary = vocabulary;
	}

	/** Loads Pagefind's bundle and the vocabulary; without the vocabulary search still works. */
	static async open(bundle = '/pagefind/'): Promise<CatalogSearch> {
		const [pagefind, vocabulary] = await Promise.all([
			import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (module: Pagefind) => {
				await module.options({ ranking: RANKING });
				await module.init();
				return module;
			}),
			fetch('/search/vocabulary.json')
				.then((response) =>
					response.ok ? (response.json() as Promise<SearchVocabulary>) : EMPTY_VOCABULARY,
				)
				.catch(() => EMPTY_VOCABULARY),
		]);
		return new CatalogSearch(pagefind, vocabulary);
	}

	/** Filter values and their counts before anything is searched. */
	filters(): Promise<Record<string, Record<string, number>>> {
		return this.#pagefind.filters();
	}

	/** Every page the filters hold, in the index's order, when no words are typed. */
	async browse(filters: Record<string, { any: string[] }>, limit: number): Promise<SearchResponse> {
		const found = await this.#pagefind.search(null, { filters });
		const pages = await Promise.all(
			found.results
				.slice(0, limit)
				.map(async (hit, rank) => ({ page: await loadPage(hit), score: 1 / (rank + 1) })),
		);
		return {
			outcome: await runSearch('', this.vocabulary, () => Promise.resolve([])),
			rows: arrangeResults(pages, readRoleName(this.vocabulary.roles)),
			answer: undefined,
			total: found.results.length,
			counts: found.filters,
		};
	}

	/** Runs one query through the layer and loads the best `limit` pages. */
	async run(
		query: string,
		filters: Record<string, { any: string[] }>,
		limit: number,
	): Promise<SearchResponse> {
		const hits = new Map<string, PagefindHit>();
		const countsOf = new Map<string, Record<string, Record<string, number>>>();
		const outcome = await runSearch(query, this.vocabulary, async (text) => {
			const found = await this.#pagefind.search(text, { filters });
			countsOf.set(text, found.filters);
			for (const hit of found.results) if (!hits.has(hit.id)) hits.set(hit.id, hit);
			return found.results.map((hit) => hit.id);
		});
		const top = outcome.ranked.slice(0, limit);
		const pages = await Promise.all(
			top.map(async ({ id, score }) => ({ page: await loadPage(hits.get(id)!), score })),
		);
		const bet = outcome.bestBet;
		// A best bet the index did not find for these words is shown all the same.
		const betAdded = bet !== undefined && !pages.some(({ page }) => page.url === bet.url);
		if (bet && betAdded)
			pages.unshift({
				score: 0,
				page: {
					url: bet.url,
					title: bet.title,
					type: undefined,
					phase: undefined,
					summary: bet.summary,
					excerpt: escapeHtml(bet.summary),
					roles: [],
					sections: [],
				},
			});
		const rows = arrangeResults(pages, readRoleName(this.vocabulary.roles), {
			terms: rankingTerms(outcome),
			first: bet?.url,
		});
		const ordered = rows.flatMap((row) => (row.kind === 'page' ? [row.page] : []));
		return {
			outcome,
			rows,
			answer: pickAnswer(outcome.analysed, ordered),
			total: outcome.ranked.length + (betAdded ? 1 : 0),
			counts: countsOf.get(outcome.steps[0]?.query ?? ''),
		};
	}
}
