import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { renderCloudFrontFunction } from '../../../scripts/lib/cloudfront.ts';
import { loadRedirects } from '../../../src/lib/site/redirects-file.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SITE_REDIRECTS = loadRedirects('content', undefined, ROOT).redirects;

interface CloudFrontRequest {
	uri: string;
}
interface CloudFrontResponse {
	statusCode: number;
	headers: Record<string, { value: string }>;
}
type Handler = (event: { request: CloudFrontRequest }) => CloudFrontRequest | CloudFrontResponse;

/** The generated function, run as CloudFront runs it: a script defining `handler`, no modules. */
function loadHandler(source: string): Handler {
	return runInNewContext(`${source}\nhandler;`) as Handler;
}

/** What the function does with a request for `uri`. */
function viewerRequest(handler: Handler, uri: string) {
	const result = handler({ request: { uri } });
	return 'statusCode' in result
		? {
				status: result.statusCode,
				location: result.headers['location']?.value,
				cache: result.headers['cache-control']?.value,
			}
		: { uri: result.uri };
}

describe('the CloudFront function', () => {
	const handler = loadHandler(renderCloudFrontFunction(SITE_REDIRECTS));

	test('the site has the redirects this function must carry', () => {
		expect(SITE_REDIRECTS.length).toBeGreaterThan(0);
	});

	test('answers every old address of content/redirects.yaml, with or without its slash, with a 301 to its new one', () => {
		for (const { from, to } of SITE_REDIRECTS)
			for (const uri of [from, from.slice(0, -1)])
				expect(viewerRequest(handler, uri), uri).toEqual({
					status: 301,
					location: to,
					cache: 'no-cache',
				});
	});

	test('fetches a page as its index.html and redirects a page without its slash to it', () => {
		expect(viewerRequest(handler, '/roles/proserve-sales/')).toEqual({
			uri: '/roles/proserve-sales/index.html',
		});
		expect(viewerRequest(handler, '/')).toEqual({ uri: '/index.html' });
		expect(viewerRequest(handler, '/roles/proserve-sales')).toEqual({
			status: 301,
			location: '/roles/proserve-sales/',
			cache: 'no-cache',
		});
	});

	test('leaves files alone, and never takes a property of Object for a redirect', () => {
		for (const uri of ['/_astro/page.Ab12.js', '/pagefind/pagefind.js', '/favicon.svg'])
			expect(viewerRequest(handler, uri)).toEqual({ uri });
		for (const uri of ['/constructor/', '/__proto__/', '/hasOwnProperty/'])
			expect(viewerRequest(handler, uri)).toEqual({ uri: `${uri}index.html` });
	});

	test('quotes an address so it stays a string', () => {
		const source = renderCloudFrontFunction([{ from: "/it's/", to: '/a\\b/' }]);
		expect(viewerRequest(loadHandler(source), "/it's/")).toMatchObject({ location: '/a\\b/' });
	});

	test('the README’s copy is the one generated from content/redirects.yaml', () => {
		const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
		const copy = /```js\n(\/\/ PDP: viewer-request function[\s\S]*?)```/.exec(readme)?.[1];
		expect(
			copy,
			'paste the output of `npm run print:redirects -- cloudfront` into README, "Deploying"',
		).toBe(renderCloudFrontFunction(SITE_REDIRECTS));
	});
});
