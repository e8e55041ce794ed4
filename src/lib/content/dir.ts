/**
 * The folder catalog content is read from: `content/` unless `PDP_CONTENT_DIR` points the
 * build elsewhere (benchmarks and fixture builds), relative to the project root.
 */
export function resolveContentDir(env: Record<string, string | undefined> = process.env): string {
	const configured = env['PDP_CONTENT_DIR']?.trim();
	return configured ? configured.replace(/\/+$/, '') : './content';
}

/**
 * Where Astro keeps its caches (the content store, rendered HTML, the incremental build's pages)
 * for a content folder: `PDP_CACHE_DIR` when set, otherwise one folder per content folder,
 * because the content layer's cache keeps entries from a folder the build no longer reads.
 */
export function resolveCacheDir(
	contentDir: string,
	env: Record<string, string | undefined> = process.env,
): string {
	const configured = env['PDP_CACHE_DIR']?.trim();
	if (configured) return configured;
	const normalised = contentDir.replace(/^\.\//, '');
	if (normalised === 'content') return './node_modules/.astro';
	return `./node_modules/.astro/content-${normalised.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** The build's output folder: `dist/` unless `PDP_OUT_DIR` says otherwise. */
export function resolveOutDir(env: Record<string, string | undefined> = process.env): string {
	return env['PDP_OUT_DIR']?.trim() || './dist';
}
