/**
 * The folder catalog content is read from: `content/` unless `PDP_CONTENT_DIR` points the
 * build elsewhere (benchmarks and fixture builds), relative to the project root.
 */
export function resolveContentDir(env: Record<string, string | undefined> = process.env): string {
	const configured = env['PDP_CONTENT_DIR']?.trim();
	return configured ? configured.replace(/\/+$/, '') : './content';
}
