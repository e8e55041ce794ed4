/**
 * The site's moved addresses (`content/redirects.yaml`) in the forms the build writes: Astro's
 * `redirects` (a page at each old address that forwards) and the `_redirects` file web servers'
 * 301s are made from. Plain data, no `node:*`.
 */
import type { Redirect } from '../../schemas/redirects.ts';

export type { Redirect };

/** A permanent redirect in Astro's `redirects` config form. */
export interface AstroRedirect {
	status: 301;
	destination: string;
}

/** Astro's `redirects` config: a 301 (a forwarding page in a static build) from each old address. */
export function toAstroRedirects(redirects: readonly Redirect[]): Record<string, AstroRedirect> {
	return Object.fromEntries(
		redirects.map(({ from, to }) => [from, { status: 301, destination: to }] as const),
	);
}

/**
 * The `_redirects` file (one `from to 301` line per address, the format Netlify and Cloudflare
 * Pages read) that `npm run serve:nginx` and the CloudFront function are generated from.
 */
export function formatRedirectsFile(redirects: readonly Redirect[]): string {
	return redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('');
}

/** A site path as the redirects schema allows it: nothing a server config or script must escape. */
const SITE_PATH = /^\/[a-z0-9/-]*(?:#[a-z0-9-]+)?$/;

/**
 * Reads a `_redirects` file back. Lines that are not `from to [status]` with plain site paths
 * (lower-case letters, digits, hyphens, slashes and one `#anchor`) are skipped.
 */
export function readRedirectsFile(text: string): Redirect[] {
	return text.split('\n').flatMap((line) => {
		const [from = '', to = '', ...rest] = line.trim().split(/\s+/);
		if (!SITE_PATH.test(from) || from.includes('#') || !SITE_PATH.test(to) || rest.length > 1)
			return [];
		return [{ from, to }];
	});
}
