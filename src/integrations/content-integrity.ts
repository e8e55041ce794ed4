import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { inspectContent, openBodyCheckCache } from '../lib/content/check.ts';
import { formatProblems, formatWarnings } from '../lib/content/problems.ts';
import { buildFailure } from './build-failure.ts';

/**
 * Checks the whole content tree before Astro loads it and fails the build (or sync/check) with
 * every problem at once: Astro itself stops at the first bad file, only logs a dangling
 * `reference()` and keeps the last of two files with the same id. In dev the report is logged
 * so authors can fix files while the server keeps running.
 */
export function contentIntegrity(options: { contentDir: string }): AstroIntegration {
	return {
		name: 'pdp:content-integrity',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command === 'preview') return;
				// Bodies unchanged since the last check are not parsed again (see checkContent).
				const bodyCache = openBodyCheckCache(
					fileURLToPath(new URL('content-check.json', config.cacheDir)),
				);
				const { problems, warnings } = inspectContent(options.contentDir, process.cwd(), {
					bodyCache,
				});
				bodyCache.save();
				if (warnings.length > 0) logger.warn(formatWarnings(warnings));
				if (problems.length === 0) {
					logger.info(
						`content check passed (${options.contentDir}): ${bodyCache.misses} ${bodyCache.misses === 1 ? 'body' : 'bodies'} checked, ${bodyCache.hits} unchanged since the last check`,
					);
					return;
				}
				const report = formatProblems(problems);
				if (command === 'dev') {
					logger.error(report);
					return;
				}
				throw buildFailure(report, 'Fix the files listed above, then build again.');
			},
		},
	};
}
