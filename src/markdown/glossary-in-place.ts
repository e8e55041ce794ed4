import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import { isLoadedFile, listContentFiles, readContentFile } from '../lib/content/files.ts';
import {
	buildGlossaryMatcher,
	createFirstUseFilter,
	decodeGlossaryTerm,
	TERMS_USED_KEY,
	type GlossaryTerm,
	type TermMatch,
} from '../lib/catalog/glossary-terms.ts';
import { findOpenElements, markTermUses, UNMARKED_ELEMENTS } from './term-markup.ts';

/** Options of the glossary-in-place plugin. */
export interface GlossaryInPlaceOptions {
	terms: readonly GlossaryTerm[];
	/** Only Markdown files under this folder are marked; every file when left out. */
	contentDir?: string | undefined;
	cwd?: string | undefined;
}

/** A Sätteri hast plugin that also says which glossary it was built from. */
export type GlossaryInPlacePlugin = HastPluginDefinition & {
	/**
	 * A digest of the terms. Astro keeps rendered entries across builds and only re-renders
	 * them when an entry or the Astro config changes; this value is part of the config, so a
	 * changed glossary re-renders every page instead of leaving stale definitions.
	 */
	glossaryDigest: string;
};

interface PageState {
	keepFirstUses: (matches: readonly TermMatch[]) => TermMatch[];
	used: string[];
	/** False when the source has no `<`, so no text can sit inside author-written HTML. */
	mayHaveRawHtml: boolean;
}

/** The published terms under `<contentDir>/glossary/`, read the way the build loads them. */
export function readGlossaryTerms(contentDir: string, cwd = process.cwd()): GlossaryTerm[] {
	return listContentFiles(contentDir, cwd)
		.filter((file) => file.collection === 'glossary' && isLoadedFile(file))
		.flatMap((file) => decodeGlossaryTerm(file.id, readContentFile(file).data) ?? []);
}

function isHidden(node: HastNode): boolean {
	if (node.type !== 'element') return false;
	const properties = node.properties;
	const ariaHidden = properties['aria-hidden'] ?? properties['ariaHidden'];
	return properties['hidden'] !== undefined || ariaHidden === true || ariaHidden === 'true';
}

/** True when the text sits in an unmarked element, written in Markdown or as raw HTML. */
function isUnmarked(text: HastNode, ctx: HastVisitorContext, mayHaveRawHtml: boolean): boolean {
	let child: HastNode = text;
	for (let parent = ctx.parent(child); parent; child = parent, parent = ctx.parent(parent)) {
		if (parent.type === 'element' && (UNMARKED_ELEMENTS.has(parent.tagName) || isHidden(parent))) {
			return true;
		}
		if (!mayHaveRawHtml) continue;
		const rawBefore = parent.children
			.slice(0, ctx.indexOf(child) ?? 0)
			.flatMap((sibling) => (sibling.type === 'raw' ? [sibling.value] : []));
		if (rawBefore.length > 0 && findOpenElements(rawBefore).size > 0) return true;
	}
	return false;
}

function recordTermsUsed(data: Record<string, unknown>, used: readonly string[]): void {
	// Astro's Sätteri renderer returns `data.astro.frontmatter` as the entry's rendered front
	// matter, which is how the glossary pages learn where each term is used.
	const astro = data['astro'];
	const frontmatter =
		astro && typeof astro === 'object' && 'frontmatter' in astro && astro.frontmatter;
	if (frontmatter && typeof frontmatter === 'object') {
		(frontmatter as Record<string, unknown>)[TERMS_USED_KEY] = [...used];
	}
}

/**
 * Marks the first use on a page of each glossary term as an abbreviation with a definition
 * popover linking to the term's page; never in headings, links, code or an existing `abbr`.
 */
export function createGlossaryInPlacePlugin(
	options: GlossaryInPlaceOptions,
): GlossaryInPlacePlugin {
	const matcher = buildGlossaryMatcher(options.terms);
	const folder = options.contentDir && resolve(options.cwd ?? process.cwd(), options.contentDir);
	const appliesTo = (fileURL: URL | undefined) =>
		!folder || (fileURL?.protocol === 'file:' && fileURLToPath(fileURL).startsWith(folder + sep));
	// Pages render concurrently: each compile's state hangs off its own data bag.
	const pages = new WeakMap<object, PageState>();
	return {
		name: 'pdp-glossary-in-place',
		glossaryDigest: createHash('sha256').update(JSON.stringify(options.terms)).digest('hex'),
		before(_root, ctx) {
			if (!appliesTo(ctx.fileURL)) return;
			pages.set(ctx.data, {
				keepFirstUses: createFirstUseFilter(),
				used: [],
				mayHaveRawHtml: ctx.source.includes('<'),
			});
		},
		text(node, ctx) {
			const page = pages.get(ctx.data);
			if (!page) return;
			// Walking up the tree costs more than matching: only text that uses a term is placed.
			const uses = matcher.findAll(node.value);
			if (uses.length === 0 || isUnmarked(node, ctx, page.mayHaveRawHtml)) return;
			const matches = page.keepFirstUses(uses);
			if (matches.length === 0) return;
			page.used.push(...matches.map((match) => match.term.id));
			ctx.replaceNode(node, markTermUses(node.value, matches));
		},
		after(_root, ctx) {
			const page = pages.get(ctx.data);
			if (page) recordTermsUsed(ctx.data, page.used);
		},
	};
}

/** The plugin for the site: the published glossary of `contentDir`, marked in its own pages. */
export function glossaryInPlace(contentDir: string): GlossaryInPlacePlugin {
	return createGlossaryInPlacePlugin({ terms: readGlossaryTerms(contentDir), contentDir });
}
