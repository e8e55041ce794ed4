import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/common.ts';
import {
	buildCatalogGraph,
	toCatalogEntry,
	type CatalogEntry,
	type CatalogGraph,
} from '../lib/catalog-graph.ts';
import { findBodyLinks } from '../lib/entry-references.ts';
import { assessFreshness, toUtcCalendarDate, type Freshness } from '../lib/freshness.ts';

/**
 * The entries of one collection that this build publishes: drafts only in `astro dev`, so an
 * author can preview a draft that never reaches the built site.
 */
export async function getPublishedEntries<C extends CollectionName>(
	collection: C,
): Promise<CollectionEntry<C>[]> {
	const entries = await getCollection(collection);
	return entries.filter(
		(entry) =>
			import.meta.env['PDP_INCLUDE_DRAFTS'] === true ||
			(entry.data as { status?: string }).status !== 'draft',
	);
}

let graph: Promise<CatalogGraph> | undefined;

/** The whole published catalog as a graph, loaded once per build and shared by every page. */
export function loadCatalog(): Promise<CatalogGraph> {
	graph ??= Promise.all(
		COLLECTIONS.map(async (collection) =>
			(await getPublishedEntries(collection)).map((entry) => {
				const catalogEntry = toCatalogEntry(collection, entry.id, entry.data);
				catalogEntry.references.push(...findBodyLinks(entry.body ?? ''));
				return catalogEntry;
			}),
		),
	).then((lists) => buildCatalogGraph(lists.flat()));
	return graph;
}

/** The date freshness is judged against: the build date in UTC, or `PDP_TODAY` (YYYY-MM-DD). */
export const BUILD_DATE = process.env['PDP_TODAY'] ?? toUtcCalendarDate(new Date());

/** An entry's review status on the build date. */
export function freshnessOf(
	entry: Pick<CatalogEntry, 'lastReviewed' | 'reviewEveryDays'>,
): Freshness {
	return assessFreshness({
		lastReviewed: entry.lastReviewed,
		reviewEveryDays: entry.reviewEveryDays,
		today: BUILD_DATE,
	});
}
