import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader } from 'astro/loaders';
import { TERMS_USED_KEY } from '../lib/catalog/glossary-terms.ts';
import { findBodyLinks, type FoundReference } from '../lib/catalog/entry-references.ts';
import { readMarkdownBody } from '../lib/content/files.ts';
import { codeDigest } from '../lib/content/digest-cache.ts';

/**
 * The code whose output the store keeps for each entry: this wrapper, the body links it finds, and
 * the Markdown plugins that render the HTML. Mixed into every entry's digest, so a change to it
 * renders every entry again (Astro's loader digests only the file's text).
 */
const RENDERING_CODE = [
	'src/loaders',
	'src/markdown',
	'src/lib/catalog/entry-references.ts',
	'src/lib/catalog/glossary-terms.ts',
	'src/lib/catalog/entry-types.ts',
	'src/lib/content/files.ts',
	'package-lock.json',
];

/** The key in an entry's `rendered.metadata` that says where its HTML is, from the project root. */
const HTML_FILE_KEY = 'htmlFile';
/** The key in an entry's `rendered.metadata` that holds the links its body makes to other entries. */
const BODY_LINKS_KEY = 'bodyLinks';

/** The part of a stored entry this module reads. */
interface RenderedRecord {
	rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

const htmlFileOf = (entry: RenderedRecord): string | undefined => {
	const file = entry.rendered?.metadata?.[HTML_FILE_KEY];
	return typeof file === 'string' ? file : undefined;
};

/**
 * Wraps a loader so the HTML it renders for each entry goes to a file beside Astro's content
 * store, `<cacheDir>/rendered-html/<collection>/<id>.html`, and the store keeps the headings and
 * the glossary terms used. Astro hands the whole store to Vite as one module: with the HTML in it
 * that module was 98 MB at 5,000 entries and took minutes to load at 10,000. Rendering stays
 * where Astro does it, when content syncs, and is cached across builds like the store. An entry
 * with images keeps its HTML in the store, where Astro resolves them when it renders.
 */
export function keepHtmlInFiles(loader: Loader): Loader {
	return {
		...loader,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const code = codeDigest(RENDERING_CODE);
			const generateDigest: typeof context.generateDigest = (data) =>
				context.generateDigest(typeof data === 'string' ? `${code}\0${data}` : { code, data });
			const folder = fileURLToPath(
				new URL(`rendered-html/${context.collection}/`, context.config.cacheDir),
			);
			// An entry whose file is gone (a cleaned folder) is dropped, so the loader renders it again.
			for (const [id, entry] of context.store.entries()) {
				const file = htmlFileOf(entry);
				if (file && !existsSync(resolve(root, file))) context.store.delete(id);
			}
			const store: DataStore = {
				...context.store,
				set: (rendering) => {
					// Found here, when the entry is rendered, so a build reads only changed bodies for them.
					const entry =
						rendering.rendered && rendering.filePath?.endsWith('.md')
							? withBodyLinks(rendering, readMarkdownBody(resolve(root, rendering.filePath)))
							: rendering;
					const { rendered } = entry;
					if (!rendered || rendered.metadata?.imagePaths?.length) return context.store.set(entry);
					const file = join(folder, `${encodeURIComponent(entry.id)}.html`);
					mkdirSync(folder, { recursive: true });
					writeFileSync(file, rendered.html);
					const termsUsed: unknown = rendered.metadata?.frontmatter?.[TERMS_USED_KEY];
					return context.store.set({
						...entry,
						rendered: {
							html: '',
							metadata: {
								headings: rendered.metadata?.headings ?? [],
								[BODY_LINKS_KEY]: rendered.metadata?.[BODY_LINKS_KEY] ?? [],
								frontmatter: termsUsed === undefined ? {} : { [TERMS_USED_KEY]: termsUsed },
								[HTML_FILE_KEY]: relative(root, file),
							},
						},
					});
				},
			};
			await loader.load({ ...context, store, generateDigest });
			// Files of entries that no longer exist, so the folder does not grow with every rename.
			const kept = new Set(context.store.values().map((entry) => htmlFileOf(entry)));
			if (!existsSync(folder)) return;
			for (const name of readdirSync(folder)) {
				if (!kept.has(relative(root, join(folder, name)))) rmSync(join(folder, name));
			}
		},
	};
}

type StoredEntry = Parameters<DataStore['set']>[0];

function withBodyLinks(entry: StoredEntry, body: string): StoredEntry {
	const links = findBodyLinks(body).map((found) => found.reference);
	return {
		...entry,
		rendered: {
			html: entry.rendered?.html ?? '',
			...entry.rendered,
			metadata: { ...entry.rendered?.metadata, [BODY_LINKS_KEY]: links },
		},
	};
}

/**
 * The links an entry's body makes to other entries, as `keepHtmlInFiles` found them when the
 * entry was rendered; undefined for an entry stored before it did (read its body instead).
 */
export function storedBodyLinks(entry: RenderedRecord): FoundReference[] | undefined {
	const links = entry.rendered?.metadata?.[BODY_LINKS_KEY];
	if (!Array.isArray(links)) return undefined;
	return (links as FoundReference['reference'][]).map((reference) => ({
		reference,
		path: ['body'],
	}));
}

/** An entry's rendered HTML when `keepHtmlInFiles` wrote it to a file; undefined otherwise. */
export function readRenderedHtml(entry: RenderedRecord, root = process.cwd()): string | undefined {
	const file = htmlFileOf(entry);
	return file === undefined ? undefined : readFileSync(resolve(root, file), 'utf8');
}
