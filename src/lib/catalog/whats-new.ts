import type { CatalogEntry, EntryChange } from './graph.ts';

/** How many changes What's new and its feeds list. */
export const RECENT_CHANGES = 50;

/** One major change to one entry, as What's new and the feeds list it. */
export interface RecentChange {
	entry: CatalogEntry;
	change: EntryChange;
}

/**
 * The major changes to published entries, newest first (then by entry title, then as written),
 * optionally of one phase only. Minor changes (wording, a review that changed nothing) stay on
 * the entry's own page.
 */
export function listRecentChanges(
	entries: readonly CatalogEntry[],
	options: { phase?: string; limit?: number } = {},
): RecentChange[] {
	return entries
		.filter((entry) => entry.status === 'published')
		.filter((entry) => !options.phase || entry.phases.includes(options.phase))
		.flatMap((entry) =>
			entry.changes
				.filter((change) => change.type === 'major')
				.map((change) => ({ entry, change })),
		)
		.sort(
			(left, right) =>
				right.change.date.localeCompare(left.change.date) ||
				left.entry.title.localeCompare(right.entry.title),
		)
		.slice(0, options.limit ?? RECENT_CHANGES);
}
