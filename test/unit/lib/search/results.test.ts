import { describe, expect, test } from 'vitest';
import { analyseQuery } from '../../../../src/lib/search/query-terms.ts';
import {
	ALSO_KNOWN_AS_MARK,
	arrangeResults,
	buildExcerpt,
	matchesVisibleText,
	pickAnswer,
	queryNamesPage,
	type PageResult,
} from '../../../../src/lib/search/results.ts';

const page = (overrides: Partial<PageResult>): PageResult => ({
	url: '/playbooks/x/',
	title: 'A playbook',
	type: 'Playbook',
	phase: undefined,
	summary: 'The summary.',
	excerpt: 'An excerpt',
	roles: [],
	sections: [],
	...overrides,
});

describe('buildExcerpt', () => {
	const content = `Plan the sprint. Sprint 0 comes first <b>. Related. ${ALSO_KNOWN_AS_MARK} sprint zero · kickoff`;

	test('marks the matched words around the first match, escaped', () => {
		expect(buildExcerpt(content, [3], 'fallback')).toBe(
			'Plan the sprint. <mark>Sprint</mark> 0 comes first &lt;b&gt;. Related.',
		);
	});

	test('never reaches into the hidden "also known as" text', () => {
		const words = content.split(' ');
		const hidden = words.indexOf('zero');
		expect(buildExcerpt(content, [hidden], 'The summary <i>.')).toBe('The summary &lt;i&gt;.');
		expect(buildExcerpt(content, [3, hidden], '')).not.toContain('zero');
		expect(buildExcerpt(content, [3, hidden], '')).not.toContain(ALSO_KNOWN_AS_MARK);
	});

	test('a long page is cut to a window with ellipses', () => {
		const long = Array.from({ length: 100 }, (_, word) => `w${word}`).join(' ');
		const excerpt = buildExcerpt(long, [50], '');
		expect(excerpt.startsWith('… w44 w45')).toBe(true);
		expect(excerpt.endsWith(' …')).toBe(true);
		expect(excerpt).toContain('<mark>w50</mark>');
	});
});

test('matchesVisibleText tells a section matched only in the hidden text', () => {
	const content = `Related. ${ALSO_KNOWN_AS_MARK} sprint zero`;
	expect(matchesVisibleText(content, [3])).toBe(false);
	expect(matchesVisibleText(content, [0, 3])).toBe(true);
	expect(matchesVisibleText('No hidden text here', [2])).toBe(true);
});

describe('queryNamesPage', () => {
	test.each([
		[['engagement', 'manager'], 'Engagement Manager', true],
		[['managers', 'engagement'], 'Engagement Manager', true],
		[['tam'], 'Technical Account Manager (TAM)', true],
		[['pesa'], 'PESA — Pre-Engagement Security Assessment', true],
		[['engagement'], 'Engagement Manager', false],
		[['engagement', 'manager', 'duties'], 'Engagement Manager', false],
	])('%j names "%s": %s', (terms, title, named) => {
		expect(queryNamesPage(terms, title)).toBe(named);
	});
});

describe('arrangeResults', () => {
	test('a page the query names outright comes first, a glossary term is weighed down', () => {
		const rows = arrangeResults(
			[
				{ page: page({ url: '/glossary/raid/', title: 'RAID', type: 'Glossary term' }), score: 1 },
				{ page: page({ url: '/playbooks/other/', title: 'Other' }), score: 0.8 },
				{
					page: page({ url: '/roles/em/', title: 'Engagement Manager', type: 'Role' }),
					score: 0.5,
				},
			],
			undefined,
			{ terms: ['engagement', 'manager'] },
		);
		expect(rows.map((row) => row.page.url)).toEqual([
			'/roles/em/',
			'/playbooks/other/',
			'/glossary/raid/',
		]);
	});

	test('a template answers a question below the guidance that uses it, unless the query names it', () => {
		const results = [
			{
				page: page({ url: '/templates/raid-log/', title: 'RAID log', type: 'Template' }),
				score: 1,
			},
			{ page: page({ url: '/runbooks/set-up/', title: 'Set up the log' }), score: 0.8 },
		];
		const order = (terms: string[]) =>
			arrangeResults(results, undefined, { terms }).map((row) => row.page.url);
		expect(order(['who', 'keeps', 'risks'])).toEqual(['/runbooks/set-up/', '/templates/raid-log/']);
		expect(order(['raid', 'log'])).toEqual(['/templates/raid-log/', '/runbooks/set-up/']);
		// "template" asks for the type: templates are judged by the other words and lifted.
		expect(order(['raid', 'log', 'template'])).toEqual([
			'/templates/raid-log/',
			'/runbooks/set-up/',
		]);
		expect(order(['log', 'template'])).toEqual(['/templates/raid-log/', '/runbooks/set-up/']);
	});

	test('a title that holds the query’s words lifts its page', () => {
		const rows = arrangeResults(
			[
				{ page: page({ url: '/a/', title: 'Plan the budget' }), score: 1 },
				{ page: page({ url: '/b/', title: 'Run the weekly RAID review' }), score: 0.7 },
			],
			undefined,
			{ terms: ['weekly', 'raid', 'review'] },
		);
		expect(rows[0]?.page.url).toBe('/b/');
	});

	test('a best bet leads whatever its score', () => {
		const rows = arrangeResults(
			[
				{ page: page({ url: '/a/', title: 'Weekly RAID review' }), score: 1 },
				{ page: page({ url: '/bet/', title: 'Other' }), score: 0 },
			],
			undefined,
			{ terms: ['weekly', 'raid', 'review'], first: '/bet/' },
		);
		expect(rows.map((row) => row.page.url)).toEqual(['/bet/', '/a/']);
	});

	test('pages that involve the reader’s role are badged and lifted past near neighbours only', () => {
		const rows = arrangeResults(
			[
				{ page: page({ url: '/a/' }), score: 1 },
				{ page: page({ url: '/b/', roles: ['Consultant'] }), score: 0.9 },
				{ page: page({ url: '/c/', roles: ['Consultant'] }), score: 0.5 },
			],
			'Consultant',
		);
		expect(rows.map((row) => row.page.url)).toEqual(['/b/', '/a/', '/c/']);
		expect(rows.map((row) => row.kind === 'page' && row.yourRole)).toEqual([true, false, true]);
	});

	test('FAQ questions and playbook sections follow their page as results of their own, two at most', () => {
		const sections = ['One?', 'Two?', 'Three?'].map((title) => ({
			title,
			url: `/faqs/x/#${title}`,
			excerpt: title,
		}));
		const rows = arrangeResults(
			[
				{ page: page({ type: 'FAQ', sections }), score: 1 },
				{ page: page({ url: '/checklists/y/', type: 'Checklist', sections }), score: 0.5 },
			],
			undefined,
		);
		expect(rows.map((row) => (row.kind === 'page' ? row.page.url : row.title))).toEqual([
			'/playbooks/x/',
			'One?',
			'Two?',
			'/checklists/y/',
		]);
	});
});

describe('pickAnswer', () => {
	test('a question an FAQ asks is answered first with its question and answer', () => {
		const faq = page({
			type: 'FAQ',
			title: 'Sprint 0 FAQ',
			sections: [
				{ title: 'Who attends?', url: '/faqs/s/#who', excerpt: 'Everyone.' },
				{
					title: 'How long should Sprint 0 last?',
					url: '/faqs/s/#long',
					excerpt: 'One to <mark>two</mark> weeks &amp; no more.',
				},
			],
		});
		expect(pickAnswer(analyseQuery('how long is sprint 0'), [faq])).toEqual({
			kind: 'faq',
			title: 'How long should Sprint 0 last?',
			url: '/faqs/s/#long',
			text: 'One to two weeks & no more.',
			source: 'Sprint 0 FAQ',
		});
	});

	test('a glossary term the query names is answered with its definition', () => {
		const term = page({
			url: '/glossary/pesa/',
			type: 'Glossary term',
			title: 'PESA — Pre-Engagement Security Assessment',
			summary: 'The security assessment required for every SOW.',
		});
		expect(pickAnswer(analyseQuery('what does PESA stand for?'), [page({}), term])).toMatchObject({
			kind: 'term',
			url: '/glossary/pesa/',
			text: 'The security assessment required for every SOW.',
		});
	});

	test('nothing is answered when no question or term matches closely', () => {
		const faq = page({
			type: 'FAQ',
			sections: [{ title: 'Who attends the kickoff?', url: '/f/#a', excerpt: '' }],
		});
		expect(pickAnswer(analyseQuery('sprint budget approval'), [faq])).toBeUndefined();
		expect(pickAnswer(analyseQuery('how do I'), [faq])).toBeUndefined();
	});
});
