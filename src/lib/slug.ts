/**
 * The one slug function: text to kebab-case (`Don't Panic: Café` → `dont-panic-cafe`), for entry
 * ids, file names, heading ids and download names. Accents fold to their letter, apostrophes go,
 * every other run of non-alphanumerics becomes one hyphen, and the ends are trimmed.
 */
export function toSlug(
	text: string,
	options: {
		/** Split `camelCase` and `PascalCase` words apart first (`MyEntry` → `my-entry`). */
		splitWords?: boolean;
		/** Cut to at most this many characters (before the ends are trimmed). */
		maxLength?: number;
	} = {},
): string {
	const words = options.splitWords ? text.replace(/([a-z0-9])([A-Z])/g, '$1-$2') : text;
	return words
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, options.maxLength ?? Infinity)
		.replace(/^-+|-+$/g, '');
}
