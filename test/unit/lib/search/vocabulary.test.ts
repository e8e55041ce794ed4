import { describe, expect, test } from 'vitest';
import {
	findBestBet,
	findSynonyms,
	substituteSynonym,
} from '../../../../src/lib/search/vocabulary.ts';
import { suggestWord } from '../../../../src/lib/search/typos.ts';
import { significantTerms } from '../../../../src/lib/search/run-search.ts';

const SYNONYMS = [
	['change request', 'scope creep', 'extra work'],
	['knowledge transfer', 'handover to support'],
	['s2d handover', 'handover'],
	['customer', 'client'],
];

describe('findSynonyms', () => {
	test('finds a phrase whose words all appear, in any order, stems compared', () => {
		expect(findSynonyms(['stop', 'creeping', 'scope'], SYNONYMS)).toEqual([
			{ matched: 'scope creep', canonical: 'change request' },
		]);
		expect(findSynonyms(['scope', 'stop'], SYNONYMS)).toEqual([]);
		expect(findSynonyms(['creep', 'scope', 'stop'], SYNONYMS)).toEqual([
			{ matched: 'scope creep', canonical: 'change request' },
		]);
		expect(findSynonyms(['clients', 'unhappy'], SYNONYMS)).toEqual([
			{ matched: 'client', canonical: 'customer' },
		]);
	});

	test('the longest match wins and the shorter match inside it is dropped', () => {
		expect(findSynonyms(['handover', 'support', 'team'], SYNONYMS)).toEqual([
			{ matched: 'handover to support', canonical: 'knowledge transfer' },
		]);
	});

	test('a query in the catalog’s own words needs no synonym', () => {
		expect(findSynonyms(['change', 'request', 'creep', 'scope'], SYNONYMS)).toEqual([]);
	});
});

test('substituteSynonym puts the catalog term in place of the reader’s words', () => {
	expect(
		substituteSynonym(['stop', 'scope', 'creep'], {
			matched: 'scope creep',
			canonical: 'change request',
		}),
	).toEqual(['change', 'request', 'stop']);
});

describe('suggestWord', () => {
	const words = { retrospective: 12, respective: 1, kickoff: 30, kickback: 1, acceptance: 40 };

	test.each([
		['retrospectve', 'retrospective'],
		['kickof', 'kickoff'],
		['acceptence', 'acceptance'],
	])('%s → %s', (typo, fix) => {
		expect(suggestWord(typo, words)).toBe(fix);
	});

	test('a word the site uses, a short word, a number or a far-off word gets no suggestion', () => {
		expect(suggestWord('kickoff', words)).toBeUndefined();
		expect(suggestWord('kik', words)).toBeUndefined();
		expect(suggestWord('2026', words)).toBeUndefined();
		expect(suggestWord('zebra', words)).toBeUndefined();
	});

	test('five-letter words get one edit, longer words two', () => {
		expect(suggestWord('kicko', { kicked: 1 })).toBeUndefined();
		expect(suggestWord('kickf', { kicks: 1 })).toBe('kicks');
		expect(suggestWord('acceptnce', { acceptance: 1 })).toBe('acceptance');
		expect(suggestWord('acptnce', { acceptance: 1 })).toBeUndefined();
	});

	test('of equally close words, the one more pages use', () => {
		expect(suggestWord('raidd', { raids: 1, raid: 20 })).toBe('raid');
	});
});

describe('findBestBet', () => {
	const bets = [{ queries: ['sign off', 'who signs off'], url: '/a/', title: 'A', summary: 's' }];

	test('matches when the query’s significant words are exactly a bet’s query’s', () => {
		expect(findBestBet(significantTerms('Sign off?'), bets, significantTerms)?.url).toBe('/a/');
		expect(findBestBet(significantTerms('off sign'), bets, significantTerms)?.url).toBe('/a/');
	});

	test('does not match a longer or a different query', () => {
		expect(findBestBet(significantTerms('sign off template'), bets, significantTerms)).toBe(
			undefined,
		);
		expect(findBestBet([], bets, significantTerms)).toBeUndefined();
	});
});
