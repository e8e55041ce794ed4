import type { CatalogEntry } from '../lib/catalog-graph.ts';
import { CATALOG_PAGE_SIZE } from '../lib/catalog-data.ts';

/** One page of a server-rendered catalog listing. */
export interface ListingPage {
	entries: CatalogEntry[];
	current: number;
	last: number;
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
