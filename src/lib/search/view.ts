/** The search facets, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'phase', 'process', 'role', 'outcome'] as const;

/** One search filter. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** A search as the URL holds it: the words and the chosen values of each filter. */
export interface SearchView {
	query: string;
	filters: Partial<Record<SearchFilter, string[]>>;
}

const MAX_QUERY = 200;
const MAX_VALUES = 30;
const MAX_VALUE_LENGTH = 120;

/** Reads a search from URL parameters, bounded; unknown parameters are ignored. */
export function decodeSearchView(params: URLSearchParams): SearchView {
	const filters: SearchView['filters'] = {};
	for (const filter of SEARCH_FILTERS) {
		const values = [...new Set(params.getAll(filter))]
			.filter((value) => value.length > 0 && value.length <= MAX_VALUE_LENGTH)
			.slice(0, MAX_VALUES);
		if (values.length > 0) filters[filter] = values;
	}
	return { query: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

/** Writes a search as URL parameters. */
export function encodeSearchView(view: SearchView): URLSearchParams {
	const params = new URLSearchParams();
	if (view.query.trim()) params.set('q', view.query.trim());
	for (const filter of SEARCH_FILTERS) {
		for (const value of view.filters[filter] ?? []) params.append(filter, value);
	}
	return params;
}

/** The filters in Pagefind's form: any of the values within a filter, all filters together. */
export function toPagefindFilters(view: SearchView): Record<string, { any: string[] }> {
	return Object.fromEntries(
		SEARCH_FILTERS.filter((filter) => (view.filters[filter]?.length ?? 0) > 0).map((filter) => [
			filter,
			{ any: view.filters[filter] ?? [] },
		]),
	);
}
