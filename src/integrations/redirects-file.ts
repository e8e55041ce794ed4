import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatRedirectsFile, type Redirect } from '../lib/site/redirects.ts';

/**
 * After the build, writes the site's moved addresses to `_redirects` in the output, beside
 * `_headers`: `npm run serve:nginx` turns it into nginx's 301s and `npm run print:redirects`
 * prints them for a production nginx or as the CloudFront function; static hosts read it as it is.
 * The forwarding pages themselves come from Astro's `redirects` (astro.config.mjs).
 */
export function redirectsFile(redirects: readonly Redirect[]): AstroIntegration {
	return {
		name: 'pdp:redirects-file',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				writeFileSync(join(fileURLToPath(dir), '_redirects'), formatRedirectsFile(redirects));
				logger.info(`redirects written: ${String(redirects.length)} old addresses`);
			},
		},
	};
}
