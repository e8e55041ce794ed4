/**
 * Faceted filtering of the catalog: OR within a facet, AND across facets, counts that show how
 * many entries each value would give, and the URL form of a view so it can be linked.
 */

/** The facets readers filter by, in the order the catalog shows them. */
export const FACETS = [
	'type',
	'difficulty',
	'running',
	'phase',
	'process',
	'role',
	'owner',
	'outcome',
	'tag',
	'review',
] as const;

/** One facet. */
export type Facet = (typeof FACETS)[number];

/**
 * Facets only some types have (a playbook's play facts): offered once the chosen types include
 * one of them, and dropped from a view whose types have none.
 */
export const FACET_TYPES: Readonly<Partial<Record<Facet, readonly string[]>>> = {
	difficulty: ['playbooks'],
	running: ['playbooks'],
};

/** How results can be ordered. */
export const SORTS = ['phase', 'title', 'reviewed', 'running'] as const;

/** One way of ordering. */
export type Sort = (typeof SORTS)[number];

/** Orders that rest on a facet only some types have: offered when that facet is. */
const SORT_FACET: Readonly<Partial<Record<Sort, Facet>>> = { running: 'running' };

/** A catalog entry as the facets see it: each facet's values, plus text and ordering keys. */
export interface FacetedEntry {
	values: Readonly<Record<Facet, readonly string[]>>;
	/** Lower-case title and summary, for the text filter. */
	text: string;
	title: string;
	/** Position of the entry's first phase, for phase order. */
	phaseOrder: number;
	/** YYYY-MM-DD. */
	lastReviewed: string;
	/** A playbook's running time in minutes, for the running-time order; last when unknown. */
	runningMinutes?: number | undefined;
}

/** The selected values per facet; an empty or missing list means "any". */
export type Selection = Partial<Record<Facet, readonly string[]>>;

/** A whole view of the catalog: selection, text, order and page. */
export interface CatalogView {
	selection: Selection;
	query: string;
	sort: Sort;
	page: number;
}

/** Whether a facet is offered for a selection: always, or when a chosen type has it. */
export function facetApplies(facet: Facet, selection: Selection): boolean {
	const types = FACET_TYPES[facet];
	return !types || (selection.type ?? []).some((type) => types.includes(type));
}

/** Whether an order is offered for a selection: always, or when the facet it rests on is. */
export function sortApplies(sort: Sort, selection: Selection): boolean {
	const facet = SORT_FACET[sort];
	return !facet || facetApplies(facet, selection);
}

/**
 * The view with what its chosen types do not offer taken out: the values of a facet no chosen
 * type has, and an order resting on one (back to phase order). A new object; the view is kept.
 */
export function fitView(view: CatalogView): CatalogView {
	const selection = Object.fromEntries(
		Object.entries(view.selection).filter(([facet]) =>
			facetApplies(facet as Facet, view.selection),
		),
	) as Selection;
	return { ...view, selection, sort: sortApplies(view.sort, selection) ? view.sort : 'phase' };
}

function matchesFacet(
	entry: FacetedEntry,
	facet: Facet,
	selected: readonly string[] | undefined,
): boolean {
	if (!selected || selected.length === 0) return true;
	return entry.values[facet].some((value) => selected.includes(value));
}

function matchesText(entry: FacetedEntry, words: readonly string[]): boolean {
	return words.every((word) => entry.text.includes(word));
}

/** The words of a text query, lower-cased; punctuation splits words. */
export function queryWords(query: string): string[] {
	return query
		.toLowerCase()
		.split(/[^\p{L}\p{N}#&-]+/u)
		.filter(Boolean);
}

/** Entries that match every facet's selection (any of its values) and every query word. */
export function filterEntries<T extends FacetedEntry>(
	entries: readonly T[],
	selection: Selection,
	query = '',
): T[] {
	const words = queryWords(query);
	return entries.filter(
		(entry) =>
			matchesText(entry, words) &&
			FACETS.every((facet) => matchesFacet(entry, facet, selection[facet])),
	);
}

/**
 * For every facet value, how many entries the view would show if that value were added to the
 * facet's selection: the other facets and the text apply, the facet's own selection does not.
 */
export function countFacets(
	entries: readonly FacetedEntry[],
	selection: Selection,
	query = '',
): Record<Facet, Map<string, number>> {
	const words = queryWords(query);
	const counts = Object.fromEntries(
		FACETS.map((facet) => [facet, new Map<string, number>()]),
	) as Record<Facet, Map<string, number>>;
	for (const entry of entries) {
		if (!matchesText(entry, words)) continue;
		const failing = FACETS.filter((facet) => !matchesFacet(entry, facet, selection[facet]));
		if (failing.length > 1) continue;
		for (const facet of FACETS) {
			if (failing.length === 1 && failing[0] !== facet) continue;
			const facetCounts = counts[facet];
			for (const value of new Set(entry.values[facet])) {
				facetCounts.set(value, (facetCounts.get(value) ?? 0) + 1);
			}
		}
	}
	return counts;
}

const COMPARE: Record<Sort, (left: FacetedEntry, right: FacetedEntry) => number> = {
	title: (left, right) => left.title.localeCompare(right.title),
	phase: (left, right) =>
		left.phaseOrder - right.phaseOrder || left.title.localeCompare(right.title),
	reviewed: (left, right) =>
		right.lastReviewed.localeCompare(left.lastReviewed) || left.title.localeCompare(right.title),
	running: (left, right) =>
		(left.runningMinutes ?? Number.MAX_SAFE_INTEGER) -
			(right.runningMinutes ?? Number.MAX_SAFE_INTEGER) || left.title.localeCompare(right.title),
};

/** Entries in the chosen order (a new array). */
export function sortEntries<T extends FacetedEntry>(entries: readonly T[], sort: Sort): T[] {
	return [...entries].sort(COMPARE[sort]);
}

const MAX_QUERY = 200;
const MAX_VALUES = 50;

/**
 * Reads a view from a URL's search parameters, on top of the selection the page is fixed to
 * (`preset`). Values no facet offers, and facets or orders the chosen types do not have, are
 * dropped, so an old or hand-edited link still opens a sensible view.
 */
export function decodeView(
	params: URLSearchParams,
	known: Readonly<Record<Facet, ReadonlySet<string>>>,
	preset: Selection = {},
): CatalogView {
	const selection: Selection = {};
	for (const facet of FACETS) {
		const values = [...new Set(params.getAll(facet))].filter((value) => known[facet].has(value));
		if (values.length > 0) selection[facet] = values.slice(0, MAX_VALUES);
		if (preset[facet]?.length) selection[facet] = preset[facet];
	}
	const sort = params.get('sort');
	const page = Number.parseInt(params.get('page') ?? '1', 10);
	return fitView({
		selection,
		query: (params.get('q') ?? '').slice(0, MAX_QUERY),
		sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'phase',
		page: Number.isSafeInteger(page) && page > 0 ? page : 1,
	});
}

/** Writes a view as URL search parameters, leaving out defaults so links stay short. */
export function encodeView(view: CatalogView): URLSearchParams {
	const params = new URLSearchParams();
	if (view.query.trim()) params.set('q', view.query.trim());
	for (const facet of FACETS) {
		for (const value of view.selection[facet] ?? []) params.append(facet, value);
	}
	if (view.sort !== 'phase') params.set('sort', view.sort);
	if (view.page > 1) params.set('page', String(view.page));
	return params;
}
