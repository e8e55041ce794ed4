import type { CatalogEntry } from './graph.ts';

/** How many changes What's new and its feeds list. */
export const RECENT_CHANGES = 50;

/** Published entries, newest review first (then by title), optionally of one phase only. */
export function listRecentChanges(
	entries: readonly CatalogEntry[],
	options: { phase?: string; limit?: number } = {},
): CatalogEntry[] {
	return entries
		.filter((entry) => entry.status === 'published')
		.filter((entry) => !options.phase || entry.phases.includes(options.phase))
		.sort(
			(left, right) =>
				right.lastReviewed.localeCompare(left.lastReviewed) ||
				left.title.localeCompare(right.title),
		)
		.slice(0, options.limit ?? RECENT_CHANGES);
}
