import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/common.ts';
import type { EntryLink } from '../schemas/references.ts';
import {
	buildCatalogGraph,
	toCatalogEntry,
	type CatalogEntry,
	type CatalogGraph,
} from '../lib/catalog/graph.ts';
import { findBodyLinks } from '../lib/catalog/entry-references.ts';
import { storedBodyLinks } from '../loaders/html-in-files.ts';
import { buildCatalogData, type CatalogData } from '../lib/catalog/data.ts';
import { assessFreshness, type Freshness } from '../lib/catalog/freshness.ts';
import { toUtcCalendarDate } from '../schemas/calendar-date.ts';
import { readTermsUsed } from '../lib/catalog/glossary-terms.ts';
import { readMarkdownBody } from '../lib/content/files.ts';
import { catalogDigest, codeDigest, entryPageKey } from '../lib/catalog/page-cache-key.ts';
import { readSiteSettings } from '../lib/site/settings.ts';

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

/**
 * An entry's Markdown body, read from its file (the content store keeps no bodies: see
 * `retainBody` in src/content.config.ts); empty for YAML entries. Callers read each body once
 * per build, in data they build once.
 */
export function readEntryBody(entry: { filePath?: string | undefined }): string {
	return entry.filePath?.endsWith('.md') ? readMarkdownBody(entry.filePath) : '';
}

let graph: Promise<CatalogGraph> | undefined;

/** The whole published catalog as a graph, loaded once per build and shared by every page. */
export function loadCatalog(): Promise<CatalogGraph> {
	graph ??= Promise.all(
		COLLECTIONS.map(async (collection) =>
			(await getPublishedEntries(collection)).map((entry) => {
				const catalogEntry = toCatalogEntry(collection, entry.id, entry.data);
				catalogEntry.references.push(
					...(storedBodyLinks(entry) ?? findBodyLinks(readEntryBody(entry))),
				);
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

let digest: Promise<string> | undefined;

/**
 * The digest of everything a page can show of the catalog (src/lib/catalog/page-cache-key.ts),
 * once per build: the `cacheKey` of every catalog route that shows no entry's body, and part of
 * the key of those that do (`entryPageKey`).
 */
export function loadCatalogDigest(): Promise<string> {
	digest ??= loadCatalog().then(async (graph) => {
		const lists = await Promise.all(
			COLLECTIONS.map(async (collection) =>
				(await getPublishedEntries(collection)).map((entry) => ({
					collection,
					id: entry.id,
					data: entry.data,
					fromBody: [
						graph.get({ collection, id: entry.id })?.references,
						readTermsUsed(entry.rendered?.metadata?.frontmatter),
					],
				})),
			),
		);
		const code = codeDigest(process.cwd(), ['src', 'astro.config.mjs', 'package-lock.json']);
		return catalogDigest(
			{ buildDate: BUILD_DATE, settings: readSiteSettings(), code },
			lists.flat(),
		);
	});
	return digest;
}

/** `{ cacheKey }` for a page that shows this entry's body; nothing when the entry has no digest. */
export function cacheKeyOf(catalog: string, entry: { digest?: string | number | undefined }) {
	const cacheKey = entryPageKey(catalog, entry);
	return cacheKey === undefined ? {} : { cacheKey };
}

/**
 * `getStaticPaths` of an entry route: one page per published entry, the entry as its prop, keyed
 * for the incremental build by the catalog and the entry's own file.
 */
export async function entryPaths<C extends CollectionName>(collection: C) {
	const catalog = await loadCatalogDigest();
	return (await getPublishedEntries(collection)).map((entry) => ({
		params: { id: entry.id },
		props: { entry },
		...cacheKeyOf(catalog, entry),
	}));
}

/** An entry as its page frame (`EntryPage`) shows it: under its own title and summary. */
interface FramedEntry {
	collection: CollectionName;
	id: string;
	filePath?: string | undefined;
	data: { title: string; summary: string; supersededBy?: EntryLink | undefined };
}

/** `EntryPage`'s props for an entry: where it lives, what it is called and what replaced it. */
export function entryPageProps(entry: FramedEntry) {
	const { collection, id, filePath, data } = entry;
	return {
		collection,
		id,
		title: data.title,
		summary: data.summary,
		filePath,
		supersededBy: data.supersededBy,
	};
}

let catalogData: Promise<CatalogData> | undefined;

/** The catalog view's data, built once per build for the data file and every listing page. */
export function loadCatalogData(): Promise<CatalogData> {
	catalogData ??= loadCatalog().then((graph) =>
		buildCatalogData(graph, (entry) => freshnessOf(entry).state === 'overdue'),
	);
	return catalogData;
}

let termUses: Promise<ReadonlyMap<string, CatalogEntry[]>> | undefined;

/**
 * For each glossary term id, the published entries whose text uses it, by title: what the
 * Markdown renderer recorded as it marked the terms in place (src/markdown/glossary-in-place.ts).
 */
export function loadGlossaryTermUses(): Promise<ReadonlyMap<string, CatalogEntry[]>> {
	termUses ??= loadCatalog().then(async (graph) => {
		const uses = new Map<string, CatalogEntry[]>();
		for (const collection of COLLECTIONS) {
			for (const entry of await getPublishedEntries(collection)) {
				const catalogEntry = graph.get({ collection, id: entry.id });
				if (catalogEntry?.status !== 'published') continue;
				for (const termId of readTermsUsed(entry.rendered?.metadata?.frontmatter)) {
					const list = uses.get(termId) ?? [];
					list.push(catalogEntry);
					uses.set(termId, list);
				}
			}
		}
		for (const list of uses.values())
			list.sort((left, right) => left.title.localeCompare(right.title));
		return uses;
	});
	return termUses;
}
