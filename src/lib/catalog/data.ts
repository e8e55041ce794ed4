import type { Facet, FacetedEntry } from './facets.ts';
import type { CatalogEntry, CatalogGraph } from './graph.ts';
import { ENTRY_TYPES, entryPath } from './entry-types.ts';
import type { CollectionName } from '../../schemas/common.ts';

/** Entries the catalog lists: everything but glossary terms, which have their own page. */
export { CATALOG_TYPES } from '../../schemas/collections.ts';
import { CATALOG_TYPES } from '../../schemas/collections.ts';

/** How many entries one page of the catalog shows. */
export const CATALOG_PAGE_SIZE = 50;

/** One entry as the catalog's browser script receives it. */
export interface CatalogDataEntry {
	/** Page address. */
	u: string;
	/** Title. */
	t: string;
	/** Summary. */
	s: string;
	/** Facet values: type, phase, process, role, owner, outcome, tag, review. */
	v: Record<Facet, string[]>;
	/** Last reviewed, YYYY-MM-DD. */
	r: string;
}

/** What `/catalog/data.json` holds: labels for every facet value, and the entries. */
export interface CatalogData {
	version: 1;
	/** Reader-facing label of each value, per facet, in display order. */
	labels: Record<Facet, Record<string, string>>;
	entries: CatalogDataEntry[];
}

/** The facet values of one entry; `needsReview` decides the review facet. */
export function facetValuesOf(entry: CatalogEntry, needsReview: boolean): Record<Facet, string[]> {
	return {
		type: [entry.collection],
		phase: entry.phases,
		process: entry.process && entry.collection !== 'processes' ? [entry.process] : [],
		role: entry.roles,
		owner: entry.owner ? [entry.owner] : [],
		outcome: entry.outcomes,
		tag: entry.tags,
		review: needsReview ? ['overdue'] : [],
	};
}

/** The entries the catalog lists, in phase order. */
export function listCatalogEntries(graph: CatalogGraph): CatalogEntry[] {
	return CATALOG_TYPES.flatMap((type) => graph.entriesOf(type));
}

/** Builds the catalog's data file from the graph. */
export function buildCatalogData(
	graph: CatalogGraph,
	needsReview: (entry: CatalogEntry) => boolean,
): CatalogData {
	const titles = (collection: CollectionName) =>
		Object.fromEntries(graph.entriesOf(collection).map((entry) => [entry.id, entry.title]));
	const entries = listCatalogEntries(graph);
	const tags = [...new Set(entries.flatMap((entry) => entry.tags))].sort();
	return {
		version: 1,
		labels: {
			type: Object.fromEntries(CATALOG_TYPES.map((type) => [type, ENTRY_TYPES[type].singular])),
			phase: titles('phases'),
			process: titles('processes'),
			role: titles('roles'),
			owner: titles('roles'),
			outcome: titles('outcomes'),
			tag: Object.fromEntries(tags.map((tag) => [tag, tag])),
			review: { overdue: 'Needs review' },
		},
		entries: entries.map((entry) => ({
			u: entryPath(entry.collection, entry.id),
			t: entry.title,
			s: entry.summary,
			v: facetValuesOf(entry, needsReview(entry)),
			r: entry.lastReviewed,
		})),
	};
}

/** Turns a data entry into what the facet functions work on. */
export function toFacetedEntry(
	entry: CatalogDataEntry,
	phaseOrder: ReadonlyMap<string, number>,
): FacetedEntry & { data: CatalogDataEntry } {
	const firstPhase = entry.v.phase[0];
	return {
		values: entry.v,
		text: `${entry.t} ${entry.s}`.toLowerCase(),
		title: entry.t,
		phaseOrder:
			(firstPhase === undefined ? undefined : phaseOrder.get(firstPhase)) ??
			Number.MAX_SAFE_INTEGER,
		lastReviewed: entry.r,
		data: entry,
	};
}
