import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { hashInlineScript, listInlineScripts } from '../../src/lib/site/csp.ts';
import { readHeadersFile } from '../../scripts/lib/nginx.ts';

const headers = new Map(readHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')));
const policy = headers.get('Content-Security-Policy') ?? '';

describe('the Content-Security-Policy', () => {
	test('allows exactly the inline scripts of the built pages, by hash, and never unsafe-inline scripts', () => {
		const hashes = new Set<string>();
		for (const name of readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
			if (name.endsWith('.html'))
				for (const script of listInlineScripts(readFileSync(join(DIST, name), 'utf8')))
					hashes.add(hashInlineScript(script));
		}
		const scriptSrc =
			policy
				.split(';')
				.map((directive) => directive.trim())
				.find((directive) => directive.startsWith('script-src')) ?? '';
		expect(new Set(scriptSrc.match(/'sha256-[^']+'/g))).toEqual(hashes);
		expect(hashes.size).toBeGreaterThan(0);
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
		expect(policy).toContain("frame-ancestors 'none'");
	});
});

describe('served as in production (nginx)', () => {
	const baseUrl = inject('baseUrl');
	const server = inject('server');

	test.skipIf(server !== 'nginx')(
		'every response carries the security headers, errors included',
		async () => {
			for (const path of [
				'/',
				'/playbooks/run-the-customer-kickoff/',
				'/no-such-page/',
				'/api/catalog.json',
			]) {
				const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
				expect(response.headers.get('content-security-policy'), path).toBe(policy);
				expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
				expect(response.headers.get('referrer-policy'), path).toBe(
					'strict-origin-when-cross-origin',
				);
				expect(response.headers.get('strict-transport-security'), path).toMatch(/^max-age=\d+/);
			}
		},
	);

	test.skipIf(server !== 'nginx')(
		'hashed assets are cached for a year, pages are revalidated',
		async () => {
			const asset = readdirSync(join(DIST, '_astro'))[0] ?? '';
			expect((await fetch(`${baseUrl}/_astro/${asset}`)).headers.get('cache-control')).toBe(
				'public, max-age=31536000, immutable',
			);
			expect((await fetch(`${baseUrl}/`)).headers.get('cache-control')).toBe('no-cache');
		},
	);

	test.skipIf(server !== 'nginx')(
		'a missing page gets the site’s 404 page with status 404',
		async () => {
			const response = await fetch(`${baseUrl}/playbooks/no-such-playbook/`);
			expect(response.status).toBe(404);
			expect(await response.text()).toContain('<title>Page not found');
		},
	);

	test.skipIf(server !== 'nginx')(
		'a page address without its trailing slash redirects to it',
		async () => {
			const response = await fetch(`${baseUrl}/playbooks/run-the-customer-kickoff`, {
				redirect: 'manual',
			});
			expect(response.status).toBe(301);
			expect(response.headers.get('location')).toBe('/playbooks/run-the-customer-kickoff/');
		},
	);

	test.skipIf(server !== 'nginx')('the header file itself is not served', async () => {
		expect((await fetch(`${baseUrl}/_headers`)).status).toBe(404);
	});
});
