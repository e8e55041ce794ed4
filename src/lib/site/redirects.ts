/**
 * The site's moved addresses (`content/redirects.yaml`) in the forms each server reads: Astro's
 * `redirects` (a page at each old address that forwards), the `_redirects` file the build writes
 * for web servers, and the role ids a reader may still have saved. Plain data, no `node:*`.
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

/** The role page `/roles/<id>/` an address names (its anchor ignored), if it names one. */
function rolePageId(path: string): string | undefined {
	return /^\/roles\/([a-z0-9-]+)\/(?:#.*)?$/.exec(path)?.[1];
}

/**
 * Roles whose page moved to another role's page (`cpm` → `proserve-sales`), so a role a reader
 * chose before the move still finds its successor.
 */
export function listMovedRoles(redirects: readonly Redirect[]): Record<string, string> {
	const moved: Record<string, string> = {};
	for (const { from, to } of redirects) {
		const old = rolePageId(from);
		const successor = rolePageId(to);
		if (old && successor && old !== successor) moved[old] = successor;
	}
	return moved;
}
