import { resolveContentDir } from '../lib/content/dir.ts';
import { loadRedirects } from '../lib/site/redirects-file.ts';
import type { Redirect } from '../lib/site/redirects.ts';

let redirects: Redirect[] | undefined;

/**
 * The site's moved addresses (content/redirects.yaml), read once per build; the content check
 * has already vetted them. Astro's `redirects` config reads the same file (astro.config.mjs).
 */
export function loadSiteRedirects(): Redirect[] {
	redirects ??= loadRedirects(resolveContentDir()).redirects;
	return redirects;
}
