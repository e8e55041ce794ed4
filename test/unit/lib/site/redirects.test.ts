import { describe, expect, test } from 'vitest';
import {
	formatRedirectsFile,
	readRedirectsFile,
	toAstroRedirects,
} from '../../../../src/lib/site/redirects.ts';

const REDIRECTS = [
	{ from: '/roles/cpm/', to: '/roles/proserve-sales/#cpm' },
	{
		from: '/considerations/keep-rag-status-honest/',
		to: '/considerations/report-rag-status-honestly/',
	},
];

describe('the redirects in each server’s form', () => {
	test('Astro gets a permanent redirect from each old address, anchor kept', () => {
		expect(toAstroRedirects(REDIRECTS)).toEqual({
			'/roles/cpm/': { status: 301, destination: '/roles/proserve-sales/#cpm' },
			'/considerations/keep-rag-status-honest/': {
				status: 301,
				destination: '/considerations/report-rag-status-honestly/',
			},
		});
	});

	test('the _redirects file has one "from to 301" line each and reads back the same', () => {
		const text = formatRedirectsFile(REDIRECTS);
		expect(text).toBe(
			'/roles/cpm/ /roles/proserve-sales/#cpm 301\n/considerations/keep-rag-status-honest/ /considerations/report-rag-status-honestly/ 301\n',
		);
		expect(readRedirectsFile(text)).toEqual(REDIRECTS);
	});

	test.each([
		['a comment', '# /a/ /b/ 301'],
		['a line with one address', '/roles/cpm/'],
		['a quote that would end a server’s string', '/roles/cpm/ /roles/x/";evil 301'],
		['a closing script tag', '/roles/cpm/ /roles/x/</script> 301'],
		['an old address with an anchor', '/roles/cpm/#x /roles/x/ 301'],
		['an address that is not a path', 'roles/cpm/ /roles/x/ 301'],
		['more than a status after the addresses', '/roles/cpm/ /roles/x/ 301 extra'],
	])('reading a _redirects file skips %s', (_name, line) => {
		expect(readRedirectsFile(`${line}\n/roles/pm/ /roles/proserve-sales/#pm 301\n`)).toEqual([
			{ from: '/roles/pm/', to: '/roles/proserve-sales/#pm' },
		]);
	});
});
