import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	buildContentSecurityPolicy,
	buildSecurityHeaders,
	formatHeadersFile,
	hashInlineScript,
	listInlineScripts,
} from '../lib/site/csp.ts';

/**
 * After the build, hashes every inline script of every page and writes the site's security
 * headers, Content-Security-Policy included, to `_headers` in the output. Web servers read it:
 * `npm run serve:nginx` turns it into nginx directives; static hosts read it as it is.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'pdp:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const hashes = new Set<string>();
				for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
					if (!name.endsWith('.html')) continue;
					for (const script of listInlineScripts(readFileSync(join(outDir, name), 'utf8'))) {
						hashes.add(hashInlineScript(script));
					}
				}
				const policy = buildContentSecurityPolicy(hashes);
				writeFileSync(join(outDir, '_headers'), formatHeadersFile(buildSecurityHeaders(policy)));
				logger.info(`security headers written: ${hashes.size} inline script hashes in the CSP`);
			},
		},
	};
}
