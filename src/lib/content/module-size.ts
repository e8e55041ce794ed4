/**
 * The size of single modules a build hands to Vite and Node. V8 parses a module as one string
 * and copes badly with huge ones: Astro's content store is loaded as one module, and with
 * rendered HTML and Markdown bodies in it (196 MB for 10,000 entries) loading it took 65 to
 * 82 s of page generation, against 2 to 25 s for the 98 MB of 5,000; past about 2^29
 * characters it cannot be loaded at all.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The most one module may weigh: 64 MiB, a quarter of what V8 can hold as one string. */
export const MODULE_SIZE_LIMIT = 64 * 1024 * 1024;

/** What a module is, which decides how to make it smaller. */
export type ModuleKind = 'content-store' | 'content-index' | 'chunk';

/** A module and its size. */
export interface SizedModule {
	/** A project-relative path, or `<environment> <file>` for a bundled chunk. */
	name: string;
	bytes: number;
	kind: ModuleKind;
	/** For a chunk: the largest module bundled into it. */
	largestPart?: { id: string; bytes: number; isContentStore: boolean } | undefined;
}

const CONTENT_STORE_FIX =
	'in src/content.config.ts, wrap each large collection’s loader in keepHtmlInFiles() and give its glob() `retainBody: false`, so the store keeps no HTML or Markdown bodies (Astro’s `deferRender: true` keeps HTML out too, as one Vite module per entry); if it still passes, `experimental.collectionStorage: "chunked"` in astro.config.mjs splits the store into modules of 20 MB';

/** A size as `du -h` shows it: in MiB, or KiB below one MiB. */
export function formatSize(bytes: number): string {
	return bytes < 1024 * 1024
		? `${(bytes / 1024).toFixed(1)} KiB`
		: `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function sizeOf(path: string): number | undefined {
	return statSync(path, { throwIfNoEntry: false })?.size;
}

/**
 * The modules Astro writes for its content layer before the build: the content store (one
 * `data-store.json`, or the files of `data-store/` when its storage is chunked) under the cache
 * folder, and the index of rendered-entry and image modules under `.astro/`.
 */
export function listContentModules(
	cacheDir: string,
	dotAstroDir: string,
	cwd = process.cwd(),
): SizedModule[] {
	const found: SizedModule[] = [];
	const add = (path: string, kind: ModuleKind) => {
		const bytes = sizeOf(path);
		if (bytes !== undefined) found.push({ name: relative(cwd, path) || path, bytes, kind });
	};
	add(join(cacheDir, 'data-store.json'), 'content-store');
	const chunkFolder = join(cacheDir, 'data-store');
	let chunks: string[] = [];
	try {
		chunks = readdirSync(chunkFolder).filter((name) => name.endsWith('.txt'));
	} catch {
		// No chunked store: the usual case.
	}
	for (const name of chunks.sort()) add(join(chunkFolder, name), 'content-store');
	add(join(dotAstroDir, 'content-modules.mjs'), 'content-index');
	add(join(dotAstroDir, 'content-assets.mjs'), 'content-index');
	return found;
}

/** The modules over `limit`, largest first. */
export function findOversizedModules(
	modules: readonly SizedModule[],
	limit = MODULE_SIZE_LIMIT,
): SizedModule[] {
	return modules.filter((module) => module.bytes > limit).sort((a, b) => b.bytes - a.bytes);
}

function explain(module: SizedModule): { what: string; fix: string } {
	if (module.kind === 'content-store') {
		return { what: 'Astro’s content store, loaded as one module', fix: CONTENT_STORE_FIX };
	}
	if (module.kind === 'content-index') {
		return {
			what: 'Astro’s index of rendered entries and images, one line each',
			fix: 'split the content across builds: this file grows by one import per Markdown entry or image',
		};
	}
	const part = module.largestPart;
	if (part?.isContentStore) {
		return { what: 'a bundled chunk holding Astro’s content store', fix: CONTENT_STORE_FIX };
	}
	return {
		what: part
			? `a bundled chunk; its largest module is ${part.id} (${formatSize(part.bytes)})`
			: 'a bundled chunk',
		fix: 'keep large data out of imported modules: write it as a file that a page reads or fetches, as /catalog/data.json is',
	};
}

/** The build failure report for modules over `limit`, each with what it is and how to shrink it. */
export function formatOversizedModules(
	oversized: readonly SizedModule[],
	limit = MODULE_SIZE_LIMIT,
): string {
	const lines = oversized.map((module) => {
		const { what, fix } = explain(module);
		return `  ${module.name}: ${formatSize(module.bytes)}, ${what}\n      fix: ${fix}`;
	});
	return `Module size check: ${oversized.length} module(s) over the ${formatSize(limit)} one module may weigh:\n${lines.join('\n')}`;
}
