import { describe, expect, test } from 'vitest';
import { findBrokenLinks, LinkChecker, pagePathOf } from '../../../../src/lib/content/internal-links.ts';

const page = (path: string, hrefs: string[], ids: string[] = []) => ({
	path,
	hrefs,
	ids: new Set(ids),
});

describe('pagePathOf', () => {
	test.each([
		['index.html', '/'],
		['playbooks/run/index.html', '/playbooks/run/'],
		['404.html', '/404.html'],
		['favicon.svg', '/favicon.svg'],
	])('%s is served at %s', (file, path) => {
		expect(pagePathOf(file)).toBe(path);
	});
});

describe('findBrokenLinks', () => {
	const pages = [
		page(
			'/',
			[
				'/playbooks/run/',
				'/playbooks/run/#steps',
				'#top',
				'https://example.com/x',
				'mailto:a@b.c',
				'/favicon.svg',
			],
			['top'],
		),
		page(
			'/playbooks/run/',
			['../../', '/playbooks/gone/', '/faqs/kickoff/#who-comes', '#missing', '/playbooks/run'],
			['steps'],
		),
		page('/faqs/kickoff/', [], ['who-attends']),
	];

	test('reports missing pages and missing fragments, ignoring external links and existing files', () => {
		expect(findBrokenLinks(pages, new Set(['/favicon.svg']))).toEqual([
			{ page: '/playbooks/run/', href: '/playbooks/gone/', reason: 'no such page' },
			{
				page: '/playbooks/run/',
				href: '/faqs/kickoff/#who-comes',
				reason: 'no element with id "who-comes" on /faqs/kickoff/',
			},
			{
				page: '/playbooks/run/',
				href: '#missing',
				reason: 'no element with id "missing" on /playbooks/run/',
			},
		]);
	});

	test('a link to an asset that does not exist is broken too', () => {
		expect(findBrokenLinks([page('/', ['/rss.xml'])])).toEqual([
			{ page: '/', href: '/rss.xml', reason: 'no such page' },
		]);
	});

	test('a malformed #fragment is a broken link with its reason, never an exception', () => {
		expect(findBrokenLinks([page('/a/', ['/a/#100%', '#50%-done', '#ok%20'], ['ok '])])).toEqual([
			{
				page: '/a/',
				href: '/a/#100%',
				reason:
					'a "%" in its #fragment is not followed by two hex digits (write %25 for a percent sign)',
			},
			{
				page: '/a/',
				href: '#50%-done',
				reason:
					'a "%" in its #fragment is not followed by two hex digits (write %25 for a percent sign)',
			},
		]);
	});
});

describe('LinkChecker, page by page', () => {
	test('holds each link target once, however many pages link to it', () => {
		const checker = new LinkChecker();
		const shared = Array.from({ length: 100 }, (_, index) => `/phases/p${index}/`);
		for (const index of Array.from({ length: 100 }, (_, at) => at)) {
			checker.addPage(page(`/phases/p${index}/`, [...shared, '#top'], ['top']));
		}
		for (const index of Array.from({ length: 2_000 }, (_, at) => at)) {
			checker.addPage(page(`/playbooks/e${index}/`, [...shared, `/playbooks/e${index + 1}/`]));
		}
		// 100 shared targets, 100 of "#top" on each phase, 2,000 "next" links.
		expect(checker.size).toEqual({ pages: 2_100, targets: 2_200 });
		expect(checker.broken()).toEqual([
			{ page: '/playbooks/e1999/', href: '/playbooks/e2000/', reason: 'no such page' },
		]);
	});

	test('a link to a page read later is not broken, and broken links come in page order', () => {
		const checker = new LinkChecker();
		checker.addPage(page('/a/', ['/c/', '/b/#x', '/gone/']));
		checker.addPage(page('/b/', ['/gone/', '/a/'], ['y']));
		checker.addPage(page('/c/', ['/b/#y']));
		expect(checker.broken()).toEqual([
			{ page: '/a/', href: '/b/#x', reason: 'no element with id "x" on /b/' },
			{ page: '/a/', href: '/gone/', reason: 'no such page' },
			{ page: '/b/', href: '/gone/', reason: 'no such page' },
		]);
	});
});
