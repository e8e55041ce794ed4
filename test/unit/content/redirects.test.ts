import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listHeadings } from '../../../src/lib/content/markdown-headings.ts';
import { loadRedirects } from '../../../src/lib/site/redirects-file.ts';
import { toSlug } from '../../../src/lib/slug.ts';
import { readSiteEntries } from '../../support/site-content.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const entries = readSiteEntries();
const pages = new Map(entries.map((entry) => [`/${entry.collection}/${entry.id}/`, entry]));
const { redirects, problems } = loadRedirects('content', new Set(pages.keys()), ROOT);

describe('the catalog’s redirects (content/redirects.yaml)', () => {
	test('pass the content check', () => {
		expect(problems).toEqual([]);
	});

	test('send the five ProServe Sales role pages to their sections of the one page, and the merged RAG consideration to the one kept', () => {
		expect(redirects).toEqual(
			expect.arrayContaining([
				{ from: '/roles/pm/', to: '/roles/proserve-sales/#pm' },
				{ from: '/roles/cpm/', to: '/roles/proserve-sales/#cpm' },
				{ from: '/roles/esm/', to: '/roles/proserve-sales/#esm' },
				{ from: '/roles/cda/', to: '/roles/proserve-sales/#cda' },
				{ from: '/roles/apm/', to: '/roles/proserve-sales/#apm' },
				{
					from: '/considerations/keep-rag-status-honest/',
					to: '/considerations/report-rag-status-honestly/',
				},
			]),
		);
	});

	test('leave no page at an old address, and point every #anchor at a heading of its page', () => {
		for (const { from, to } of redirects) {
			expect(pages.has(from), `${from} is still a page`).toBe(false);
			const [path = '', anchor] = to.split('#');
			const target = pages.get(path);
			expect(target, `${to}: no entry has the page ${path}`).toBeDefined();
			if (anchor)
				expect(
					listHeadings(target?.body ?? '').map((heading) => toSlug(heading.text)),
					`${to}: no heading of ${path} has the anchor #${anchor}`,
				).toContain(anchor);
		}
	});
});
