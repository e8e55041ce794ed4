import { describe, expect, test } from 'vitest';
import {
	analyseQuery,
	MAX_QUERY_LENGTH,
	normaliseWords,
	stemWord,
	toPagefindQuery,
	wordsOfPath,
} from '../../../../src/lib/search/query-terms.ts';

describe('analyseQuery', () => {
	test('drops question words and stop words, keeps the words that carry meaning', () => {
		expect(analyseQuery('How long is Sprint Zero?')).toEqual({
			text: 'How long is Sprint Zero?',
			phrases: [],
			terms: ['long', 'sprint', 'zero'],
			dropped: ['how', 'is'],
		});
	});

	test('keeps quoted phrases exact and apart from the terms', () => {
		const query = analyseQuery('"change request" who approves');
		expect(query.phrases).toEqual(['change request']);
		expect(query.terms).toEqual(['approves']);
	});

	test('a query of stop words only has no terms, and no phrases', () => {
		expect(analyseQuery('how do I do it?')).toMatchObject({ terms: [], phrases: [] });
	});

	test.each([
		['punctuation only', '?!.,;:()[]{}'],
		['markup', '<script>alert(1)</script>'],
		['regex metacharacters', '.*+?^${}()|[]\\'],
		['an unclosed quote', '"sprint'],
	])('%s never throws and yields only words', (_, text) => {
		const query = analyseQuery(text);
		for (const term of [...query.terms, ...query.phrases])
			expect(term).toMatch(/^[\p{L}\p{N}#& -]+$/u);
	});

	test('reads at most the first 200 characters of a 2,000-character query', () => {
		const query = analyseQuery('raid '.repeat(400));
		expect(query.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
		expect(query.terms).toEqual(['raid']);
	});

	test('repeated words count once and at most eight terms are used', () => {
		const query = analyseQuery('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 a1');
		expect(query.terms).toEqual(['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7', 'h8']);
	});
});

describe('normaliseWords', () => {
	test('folds case and accents, drops possessives, keeps hyphens inside words', () => {
		expect(normaliseWords("The customer's SIGN-OFF, café!")).toEqual([
			'the',
			'customer',
			'sign-off',
			'cafe',
		]);
	});
});

describe('stemWord', () => {
	test.each([
		['signs', 'sign'],
		['deliverables', 'deliverable'],
		['reviewed', 'review'],
		['planning', 'plann'],
		['activities', 'activity'],
		['processes', 'process'],
		['pass', 'pass'],
		['raid', 'raid'],
	])('%s → %s', (word, stem) => {
		expect(stemWord(word)).toBe(stem);
	});
});

test('toPagefindQuery quotes phrases and lists the terms', () => {
	expect(toPagefindQuery(['raid log'], ['weekly'])).toBe('"raid log" weekly');
});

describe('wordsOfPath', () => {
	test.each([
		['/playbooks/run-the-kikoff/', 'run the kikoff'],
		['/faqs/sprint-zero-faq/', 'sprint zero faq'],
		['/kickoff/', 'kickoff'],
		['/a/b_c/d.html', 'b c d'],
		['/faqs/100%/', '100'],
		['/', ''],
	])('%s → %j', (path, words) => {
		expect(wordsOfPath(path)).toBe(words);
	});
});
