import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LinkChecker, pagePathOf } from '../lib/content/internal-links.ts';
import { listContentFiles } from '../lib/content/files.ts';
import { checkCodeDigest, digestOf, DigestCache } from '../lib/content/digest-cache.ts';
import { readPageAnchors, type PageAnchors } from '../lib/content/page-links.ts';
import { loadRedirects } from '../lib/site/redirects-file.ts';
import { buildFailure } from './build-failure.ts';

/**
 * After the build, follows every internal link of every page, our catalog routes included
 * (Starlight's own link checkers only see its docs collection), and fails the build on any
 * link to a missing page or a missing `#fragment`, naming the content file behind the page.
 */
export function linkIntegrity(options: { contentDir: string }): AstroIntegration {
	let cacheFile: string | undefined;
	return {
		name: 'pdp:link-integrity',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheFile = fileURLToPath(new URL('link-check.json', config.cacheDir));
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// One page at a time: the checker keeps ids and link targets, never a page's HTML. A page
				// unchanged since the last build is not parsed again: its ids and links are kept by digest.
				const anchors = DigestCache.open<PageAnchors>(cacheFile, checkCodeDigest());
				const checker = new LinkChecker();
				let pages = 0;
				for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
					const path = pagePathOf(name);
					if (!name.endsWith('.html')) checker.addFile(path);
					else {
						const html = readFileSync(`${outDir}/${name}`, 'utf8');
						const { ids, hrefs } = anchors.get(digestOf(html), () => readPageAnchors(html));
						checker.addPage({ path, ids: new Set(ids), hrefs });
						pages++;
					}
				}
				anchors.save();
				const broken = checker.broken();
				if (broken.length === 0) {
					logger.info(
						`internal links checked: ${pages} pages (${anchors.misses} read, ${anchors.hits} unchanged since the last build), none broken`,
					);
					return;
				}
				const sources = new Map(
					listContentFiles(options.contentDir).map((file) => [
						`/${file.collection}/${file.id}/`,
						file.path,
					]),
				);
				// A page at an old address links to the new one: its `to` is what to fix.
				const moved = loadRedirects(options.contentDir);
				for (const { from } of moved.redirects) sources.set(from, moved.file);
				const lines = broken.map((link) => {
					const source = sources.get(link.page);
					return `  ${source ?? `page ${link.page}`}: link "${link.href}" is broken (${link.reason})\n      fix: point it at an existing page, as /<type>/<id>/ with a trailing slash, and an existing #heading`;
				});
				throw buildFailure(
					`Link check found ${broken.length} broken internal link(s):\n${lines.join('\n')}`,
					'Fix the links listed above, then build again.',
				);
			},
		},
	};
}
