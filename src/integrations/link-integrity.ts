import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';
import { LinkChecker, pagePathOf, type PageLinks } from '../lib/content/internal-links.ts';
import { listContentFiles } from '../lib/content/files.ts';
import { loadRedirects } from '../lib/site/redirects-file.ts';
import { buildFailure } from './build-failure.ts';

function readPage(file: string, path: string): PageLinks {
	const ids = new Set<string>();
	const hrefs: string[] = [];
	// ultrahtml types parse() as any; its result is the document node.
	const document = parse(readFileSync(file, 'utf8')) as Node;
	walkSync(document, (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const attributes = node.attributes as Record<string, string | undefined>;
		if (attributes['id']) ids.add(attributes['id']);
		if (node.name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
	});
	return { path, ids, hrefs };
}

/**
 * After the build, follows every internal link of every page, our catalog routes included
 * (Starlight's own link checkers only see its docs collection), and fails the build on any
 * link to a missing page or a missing `#fragment`, naming the content file behind the page.
 */
export function linkIntegrity(options: { contentDir: string }): AstroIntegration {
	return {
		name: 'pdp:link-integrity',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// One page at a time: the checker keeps ids and link targets, never a page's HTML.
				const checker = new LinkChecker();
				let pages = 0;
				for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
					const path = pagePathOf(name);
					if (!name.endsWith('.html')) checker.addFile(path);
					else {
						checker.addPage(readPage(`${outDir}/${name}`, path));
						pages++;
					}
				}
				const broken = checker.broken();
				if (broken.length === 0) {
					logger.info(`internal links checked: ${pages} pages, none broken`);
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
