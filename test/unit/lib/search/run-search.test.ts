import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	fuse,
	MAX_EXTRA_SEARCHES,
	planRelaxation,
	runSearch,
	type IndexSearch,
} from '../../../../src/lib/search/run-search.ts';
import { normaliseWords } from '../../../../src/lib/search/query-terms.ts';
import type { SearchVocabulary } from '../../../../src/lib/search/vocabulary.ts';

/** A tiny index that behaves as Pagefind does: every word it knows must be on the page. */
function fakeIndex(pages: Record<string, string>): IndexSearch & { queries: string[] } {
	const queries: string[] = [];
	const known = new Set(Object.values(pages).flatMap((text) => normaliseWords(text)));
	const search = (query: string) => {
		queries.push(query);
		const words = normaliseWords(query.replace(/"/g, '')).filter((word) => known.has(word));
		if (words.length === 0) return Promise.resolve([]);
		return Promise.resolve(
			Object.entries(pages)
				.filter(([, text]) => words.every((word) => normaliseWords(text).includes(word)))
				.map(([id]) => id),
		);
	};
	return Object.assign(search, { queries });
}

const PAGES = {
	sprint0: 'Plan and run Sprint 0 before the first delivery sprint; how long it lasts',
	kickoff: 'Run the customer kickoff meeting with an agenda',
	raid: 'Run the weekly RAID review with the RAID log',
	change: 'Raise and approve a change request when the customer asks for more',
	retro: 'Run the closing retrospective without blame',
};
const VOCABULARY: SearchVocabulary = {
	synonyms: [['change request', 'scope creep', 'extra work']],
	bestBets: [{ queries: ['kickoff'], url: 'kickoff', title: 'Kickoff', summary: 'Run it' }],
	words: {
		sprint: 2,
		plan: 1,
		run: 4,
		long: 1,
		kickoff: 1,
		agenda: 1,
		weekly: 1,
		raid: 1,
		review: 1,
		change: 1,
		request: 1,
		retrospective: 1,
		blame: 1,
		customer: 2,
	},
	roles: {},
};

describe('runSearch', () => {
	test('a query that plenty of pages answer is searched once, as typed', async () => {
		const pages = Object.fromEntries(
			Array.from({ length: 12 }, (_, page) => [`raid-${page}`, 'the weekly RAID review']),
		);
		const index = fakeIndex(pages);
		const outcome = await runSearch('Weekly RAID review?', VOCABULARY, index);
		expect(index.queries).toEqual(['weekly raid review']);
		expect(outcome.ranked).toHaveLength(12);
		expect(outcome.relaxedTo).toBeUndefined();
	});

	test('a query that few pages answer is relaxed, and those pages stay first', async () => {
		const outcome = await runSearch('weekly RAID review', VOCABULARY, fakeIndex(PAGES));
		expect(outcome.ranked[0]?.id).toBe('raid');
		expect(outcome.relaxedTo).toBeUndefined();
	});

	test('when no page holds all the words, the telling words are searched alone and said', async () => {
		const index = fakeIndex(PAGES);
		const outcome = await runSearch('weekly raid agenda', VOCABULARY, index);
		expect(outcome.ranked.map((result) => result.id).sort()).toEqual(['kickoff', 'raid']);
		expect(outcome.relaxedTo?.sort()).toEqual(['agenda', 'raid', 'weekly']);
		expect(index.queries.length).toBeLessThanOrEqual(1 + MAX_EXTRA_SEARCHES);
	});

	test('a synonym finds the pages in the catalog’s words and is named', async () => {
		const outcome = await runSearch('how do we stop scope creep', VOCABULARY, fakeIndex(PAGES));
		expect(outcome.ranked[0]?.id).toBe('change');
		expect(outcome.synonyms).toEqual([{ matched: 'scope creep', canonical: 'change request' }]);
	});

	test('a typo is corrected when the correction finds pages', async () => {
		const outcome = await runSearch('retrospectve without blame', VOCABULARY, fakeIndex(PAGES));
		expect(outcome.corrections).toEqual([{ from: 'retrospectve', to: 'retrospective' }]);
		expect(outcome.ranked[0]?.id).toBe('retro');
	});

	test('a typo is corrected, and the corrected words relaxed, when no page has them all', async () => {
		// No page holds "retrospective", "weekly" and "blame" together, and none the typo.
		const outcome = await runSearch('retrospectve weekly blame', VOCABULARY, fakeIndex(PAGES));
		expect(outcome.corrections).toEqual([{ from: 'retrospectve', to: 'retrospective' }]);
		expect(outcome.relaxedTo).toContain('retrospective');
		expect(outcome.ranked.map((result) => result.id)).toContain('retro');
	});

	test('short words near a site word are not taken for typos when nothing finds anything', async () => {
		// "wise" and "warn" are words of their own, one letter from "wide" and "warm".
		const words = { ...VOCABULARY.words, wide: 1, warm: 1 };
		const outcome = await runSearch('wise warn survey', { ...VOCABULARY, words }, fakeIndex(PAGES));
		expect(outcome.corrections).toEqual([]);
	});

	test('a correction that finds nothing is dropped when the words as typed found pages', async () => {
		const pages = { report: 'the weekly report', plan: 'the sprint plan' };
		const words = { weekly: 1, report: 1, sprint: 1, plan: 1 };
		// "sprnt" is no site word, so the index looks for "report" alone and finds a page;
		// "sprint report" finds none: the reader did not mean sprint.
		const outcome = await runSearch('sprnt report', { ...VOCABULARY, words }, fakeIndex(pages));
		expect(outcome.corrections).toEqual([]);
		expect(outcome.ranked.map((result) => result.id)).toEqual(['report']);
	});

	test('a best bet is reported for its query', async () => {
		const outcome = await runSearch('Kickoff?', VOCABULARY, fakeIndex(PAGES));
		expect(outcome.bestBet?.url).toBe('kickoff');
	});

	test('a query of stop words or punctuation searches nothing', async () => {
		for (const text of ['how do I', '?!', '   ', '""']) {
			const index = fakeIndex(PAGES);
			const outcome = await runSearch(text, VOCABULARY, index);
			expect(index.queries).toEqual([]);
			expect(outcome.ranked).toEqual([]);
		}
	});

	test('whenever a word of the query is in the index, something is found', async () => {
		const indexed = Object.keys(VOCABULARY.words);
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...indexed),
				fc.array(fc.constantFrom(...indexed, 'zzzz', 'qqqq', 'the', 'how'), { maxLength: 2 }),
				async (word, others) => {
					const outcome = await runSearch(
						[...others, word].join(' '),
						VOCABULARY,
						fakeIndex(PAGES),
					);
					expect(outcome.ranked.length).toBeGreaterThan(0);
				},
			),
		);
	});

	test('never throws and never costs more than three extra searches, whatever the text', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 2_000 }), async (text) => {
				const index = fakeIndex(PAGES);
				await runSearch(text, VOCABULARY, index);
				expect(index.queries.length).toBeLessThanOrEqual(1 + MAX_EXTRA_SEARCHES);
			}),
		);
	});
});

describe('planRelaxation', () => {
	const words = { common: 90, rare: 2, middling: 20, other: 50 };

	test('a synonym’s catalog term first, then phrases, then the words the site uses, rarest first', () => {
		expect(
			planRelaxation(
				{ synonym: 'change request', phrases: [], terms: ['common', 'rare', 'unknown'] },
				words,
				3,
			),
		).toEqual(['change request', 'rare', 'common']);
		expect(
			planRelaxation(
				{ synonym: undefined, phrases: ['raid log'], terms: ['other', 'middling'] },
				words,
				3,
			),
		).toEqual(['"raid log"', 'middling', 'other']);
	});

	test('stays within the budget, and a single word is never searched twice', () => {
		expect(
			planRelaxation(
				{ synonym: undefined, phrases: [], terms: ['common', 'rare', 'other', 'middling'] },
				words,
				2,
			),
		).toEqual(['rare', 'middling']);
		expect(planRelaxation({ synonym: undefined, phrases: [], terms: ['rare'] }, words, 3)).toEqual(
			[],
		);
	});
});

test('fuse ranks a result found by several lists above one found by one, weights applied', () => {
	expect(
		fuse([
			{ kind: 'full', query: 'a', ids: ['x', 'y'], weight: 1 },
			{ kind: 'relaxed', query: 'b', ids: ['y', 'z'], weight: 0.6 },
		]).map((result) => result.id),
	).toEqual(['y', 'x', 'z']);
});
