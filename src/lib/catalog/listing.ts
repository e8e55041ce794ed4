/**
 * A server-rendered catalog listing (`/catalog/`, or one type's index such as `/playbooks/`):
 * its entries in phase order, split into pages, and the facet counts its filters start from.
 * Built once per view and build, then shared by every page of the view, so a listing page costs
 * the same however many pages and entries the catalog has.
 */
import type { CatalogEntry, CatalogGraph } from './graph.ts';
import {
	CATALOG_PAGE_SIZE,
	dataFacetValues,
	listCatalogEntries,
	type CatalogData,
} from './data.ts';
import { FACETS, type Facet, type Selection } from './facets.ts';
import type { CollectionName } from '../../schemas/common.ts';

/** One page of a server-rendered catalog listing. */
export interface ListingPage {
	entries: CatalogEntry[];
	current: number;
	last: number;
}

/** Everything a listing's pages share. */
export interface ListingView {
	pages: ListingPage[];
	/** The selection the view is fixed to, e.g. `{ type: ['playbooks'] }`. */
	preset: Selection;
	/** Per facet, how many of the view's entries have each value. */
	totals: Record<Facet, Record<string, number>>;
	/** How many entries the view holds before any filter. */
	total: number;
}

/** Splits a listing into pages of `CATALOG_PAGE_SIZE`; there is always at least one page. */
export function paginateListing(entries: readonly CatalogEntry[]): ListingPage[] {
	const last = Math.max(1, Math.ceil(entries.length / CATALOG_PAGE_SIZE));
	return Array.from({ length: last }, (_, index) => ({
		entries: entries.slice(index * CATALOG_PAGE_SIZE, (index + 1) * CATALOG_PAGE_SIZE),
		current: index + 1,
		last,
	}));
}

/** The address of a listing page: the index itself for page 1, `page/<n>/` after it. */
export function listingPageHref(base: string, page: number): string {
	return page <= 1 ? base : `${base}page/${page}/`;
}

/** The whole catalog's listing, or one type's. */
export function buildListingView(
	graph: CatalogGraph,
	data: CatalogData,
	type?: CollectionName,
): ListingView {
	const listed = type ? graph.entriesOf(type) : listCatalogEntries(graph);
	const phaseOrder = new Map(graph.entriesOf('phases').map((phase, index) => [phase.id, index]));
	const rank = (entry: CatalogEntry) => phaseOrder.get(entry.phases[0] ?? '') ?? 99;
	const ordered = [...listed].sort((left, right) => rank(left) - rank(right));
	const preset: Selection = type ? { type: [type] } : {};
	const fixed = FACETS.filter((facet) => (preset[facet]?.length ?? 0) > 0);
	const inView = data.entries
		.map(dataFacetValues)
		.filter((values) =>
			fixed.every((facet) => values[facet].some((value) => preset[facet]?.includes(value))),
		);
	const totals = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as ListingView['totals'];
	for (const values of inView) {
		for (const facet of FACETS) {
			const counts = totals[facet];
			for (const value of values[facet]) counts[value] = (counts[value] ?? 0) + 1;
		}
	}
	return { pages: paginateListing(ordered), preset, totals, total: inView.length };
}

/**
 * Remembers each view's listing, built by `build` the first time any of its pages asks:
 * `load('playbooks')` from the third playbooks page returns what the first page built.
 */
export function createListingViews(
	build: (type: CollectionName | undefined) => Promise<ListingView>,
): (type?: CollectionName) => Promise<ListingView> {
	const views = new Map<string, Promise<ListingView>>();
	return (type) => {
		const key = type ?? '';
		let view = views.get(key);
		if (!view) {
			view = build(type);
			views.set(key, view);
		}
		return view;
	};
}
