import type { Facet, FacetedEntry } from './facets.ts';
import type { CatalogEntry, CatalogGraph } from './graph.ts';
import { ENTRY_TYPES, entryPath } from './entry-types.ts';
import { DIFFICULTY_LABELS, RUNNING_BUCKETS, runningBucket } from './play-facts.ts';
import type { Difficulty } from '../../schemas/play-values.ts';
import type { CollectionName } from '../../schemas/common.ts';

/** Entries the catalog lists: everything but glossary terms, which have their own page. */
export { CATALOG_TYPES } from '../../schemas/collections.ts';
import { CATALOG_TYPES } from '../../schemas/collections.ts';

/** How many entries one page of the catalog shows. */
export const CATALOG_PAGE_SIZE = 50;

/** Facets whose values come from a playbook's play facts (`p`), not from `v`. */
type PlayFacet = 'difficulty' | 'running';

/** The facets an entry's data lists in `v`. */
export type ListedFacet = Exclude<Facet, PlayFacet>;

/** One entry as the catalog's browser script receives it. */
export interface CatalogDataEntry {
	/** Page address. */
	u: string;
	/** Title. */
	t: string;
	/** Summary. */
	s: string;
	/** Facet values: type, phase, process, role, owner, outcome, tag, review. */
	v: Record<ListedFacet, string[]>;
	/** Last reviewed, YYYY-MM-DD. */
	r: string;
	/**
	 * A playbook's play facts the catalog filters and sorts by: difficulty, running time in
	 * minutes. Left out when it gives neither, so other entries cost nothing.
	 */
	p?: { d?: Difficulty; m?: number };
}

/** What `/catalog/data.json` holds: labels for every facet value, and the entries. */
export interface CatalogData {
	version: 1;
	/** Reader-facing label of each value, per facet, in display order. */
	labels: Record<Facet, Record<string, string>>;
	entries: CatalogDataEntry[];
}

/** The listed facet values of one entry; `needsReview` decides the review facet. */
export function facetValuesOf(
	entry: CatalogEntry,
	needsReview: boolean,
): Record<ListedFacet, string[]> {
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
			difficulty: DIFFICULTY_LABELS,
			running: Object.fromEntries(RUNNING_BUCKETS.map((bucket) => [bucket.id, bucket.label])),
		},
		entries: entries.map((entry) => {
			const play = playDataOf(entry);
			return {
				u: entryPath(entry.collection, entry.id),
				t: entry.title,
				s: entry.summary,
				v: facetValuesOf(entry, needsReview(entry)),
				r: entry.lastReviewed,
				...(play && { p: play }),
			};
		}),
	};
}

/** The play facts the catalog uses, or undefined when the entry gives neither. */
function playDataOf({ play }: CatalogEntry): CatalogDataEntry['p'] {
	if (play?.difficulty === undefined && play?.running === undefined) return undefined;
	return {
		...(play.difficulty !== undefined && { d: play.difficulty }),
		...(play.running !== undefined && { m: play.running }),
	};
}

/** Every facet's values of a data entry: its listed ones and those of its play facts. */
export function dataFacetValues(entry: CatalogDataEntry): Record<Facet, string[]> {
	return {
		...entry.v,
		difficulty: entry.p?.d ? [entry.p.d] : [],
		running: entry.p?.m === undefined ? [] : [runningBucket(entry.p.m)],
	};
}

/** Turns a data entry into what the facet functions work on. */
export function toFacetedEntry(
	entry: CatalogDataEntry,
	phaseOrder: ReadonlyMap<string, number>,
): FacetedEntry & { data: CatalogDataEntry } {
	const firstPhase = entry.v.phase[0];
	return {
		values: dataFacetValues(entry),
		text: `${entry.t} ${entry.s}`.toLowerCase(),
		title: entry.t,
		phaseOrder:
			(firstPhase === undefined ? undefined : phaseOrder.get(firstPhase)) ??
			Number.MAX_SAFE_INTEGER,
		lastReviewed: entry.r,
		runningMinutes: entry.p?.m,
		data: entry,
	};
}
