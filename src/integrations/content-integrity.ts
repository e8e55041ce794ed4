import type { AstroIntegration } from 'astro';
import { inspectContent } from '../lib/content/check.ts';
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
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'preview') return;
				const { problems, warnings } = inspectContent(options.contentDir);
				if (warnings.length > 0) logger.warn(formatWarnings(warnings));
				if (problems.length === 0) {
					logger.info(`content check passed (${options.contentDir})`);
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
