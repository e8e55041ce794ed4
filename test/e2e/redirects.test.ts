import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DIST, readPage } from '../support/built-site.ts';
import { readHeadersFile } from '../../scripts/lib/nginx.ts';
import { loadRedirects } from '../../src/lib/site/redirects-file.ts';
import { readRedirectsFile } from '../../src/lib/site/redirects.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { redirects } = loadRedirects('content', undefined, ROOT);
const policy = new Map(readHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'))).get(
	'Content-Security-Policy',
);

/** The address of every page Pagefind indexed, read from its fragments. */
function indexedUrls(): Set<string> {
	const folder = join(DIST, 'pagefind/fragment');
	return new Set(
		readdirSync(folder).map((name) => {
			const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
			return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
		}),
	);
}

/**
 * A browser's complaints, less the one a forwarding page causes: Astro's page names no icon, so
 * the browser may ask for /favicon.ico, which the site does not have. A refused script or a CSP
 * report stays in.
 */
function withoutFavicon(problems: readonly string[]): string[] {
	const favicon = /^(console error: Failed to load resource: .* 404|HTTP 404: .*\/favicon\.ico)/;
	return problems.filter((problem) => !favicon.test(problem));
}

describe('moved pages (content/redirects.yaml)', () => {
	const baseUrl = inject('baseUrl');
	const server = inject('server');
	const browse = useBrowser();

	test('the build lists every redirect in dist/_redirects, for the servers', () => {
		expect(redirects.length).toBeGreaterThan(0);
		expect(readRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8'))).toEqual(redirects);
	});

	test('each old address is a page in dist/ that forwards at once to the new one: noindex, no script, not searchable', () => {
		for (const { from, to } of redirects) {
			const html = readPage(from);
			expect(html, from).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
			expect(html, from).toContain(`<a href="${to}">`);
			expect(html, from).toContain('<meta name="robots" content="noindex">');
			expect(html, from).not.toMatch(/<script|data-pagefind-body/);
		}
	});

	test.skipIf(server !== 'nginx')(
		'nginx answers each old address, with or without its slash, with a 301 to the new one, headers and all',
		async () => {
			for (const { from, to } of redirects)
				for (const path of [from, from.slice(0, -1)]) {
					const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
					expect(response.status, path).toBe(301);
					expect(response.headers.get('location'), path).toBe(to);
					expect(response.headers.get('cache-control'), path).toBe('no-cache');
					expect(response.headers.get('content-security-policy'), path).toBe(policy);
				}
			expect((await fetch(`${baseUrl}/_redirects`)).status).toBe(404);
		},
	);

	test('a reader following an old link to a ProServe Sales role lands on its section of the one page', async () => {
		const { page, problems } = browse();
		await page.goto('/roles/cpm/');
		await page.waitForURL(`${baseUrl}/roles/proserve-sales/#cpm`);
		const heading = page.getByRole('heading', { name: 'CPM', exact: true });
		await expect(heading.isVisible()).resolves.toBe(true);
		const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(400);
		await page.goto('/considerations/keep-rag-status-honest/');
		await page.waitForURL(`${baseUrl}/considerations/report-rag-status-honestly/`);
		await expect(page.title()).resolves.toMatch(/^Report RAG status honestly/);
		// Served by `astro preview`, the old address is the forwarding page rather than a 301.
		expect(withoutFavicon(problems)).toEqual([]);
	});

	test('the forwarding page itself forwards under the site’s Content-Security-Policy', async () => {
		const { page, problems } = browse();
		const missing: string[] = [];
		page.on('response', (response) => {
			if (response.status() === 404) missing.push(new URL(response.url()).pathname);
		});
		// index.html is not in the servers' redirects: this is the page a static host serves.
		await page.goto('/roles/apm/index.html');
		await page.waitForURL(`${baseUrl}/roles/proserve-sales/#apm`);
		await expect(page.getByRole('heading', { name: 'APM', exact: true }).isVisible()).resolves.toBe(
			true,
		);
		expect(missing.filter((path) => path !== '/favicon.ico')).toEqual([]);
		expect(withoutFavicon(problems)).toEqual([]);
	});

	test('no old address or role id is left in the sitemap, the search index, the JSON API or the feeds', () => {
		const olds = redirects.map(({ from }) => from);
		const oldRoles = olds.flatMap((from) => /^\/roles\/([a-z0-9-]+)\/$/.exec(from)?.[1] ?? []);
		expect(oldRoles).toEqual(['pm', 'cpm', 'esm', 'cda', 'apm']);
		const indexed = indexedUrls();
		expect(indexed.size).toBeGreaterThan(100);
		expect(olds.filter((from) => indexed.has(from))).toEqual([]);
		for (const file of ['sitemap-0.xml', 'api/catalog.json', 'whats-new/rss.xml']) {
			const text = readFileSync(join(DIST, file), 'utf8');
			expect(
				olds.filter((from) => text.includes(`${from}"`) || text.includes(`${from}<`)),
				file,
			).toEqual([]);
		}
		const api = JSON.parse(readFileSync(join(DIST, 'api/catalog.json'), 'utf8')) as {
			entries: { id: string; type: string; roles?: string[]; owner?: string }[];
		};
		const named = new Set(
			api.entries.flatMap((entry) => [
				...(entry.type === 'roles' ? [entry.id] : []),
				...(entry.roles ?? []),
				...(entry.owner ? [entry.owner] : []),
			]),
		);
		expect(named).toContain('proserve-sales');
		expect(oldRoles.filter((role) => named.has(role))).toEqual([]);
		const vocabulary = JSON.parse(readFileSync(join(DIST, 'search/vocabulary.json'), 'utf8')) as {
			roles: Record<string, string>;
		};
		expect(oldRoles.filter((role) => role in vocabulary.roles)).toEqual([]);
	});
});
