import type { PageResult, ResultRow } from '../../lib/search/results.ts';
import { wordsOfPath } from '../../lib/search/query-terms.ts';
import { CatalogSearch } from './search-engine.client.ts';
import {
	clearResponse,
	renderResponse,
	searchPageUrl,
	type ResultSlots,
} from './search-results.client.ts';

/** Results shown in the header dialog; the search page shows more, with filters. */
const SHOWN = 8;
/** Pause after the last key before searching, so typing stays smooth. */
const TYPING_PAUSE_MS = 120;

/** In the small dialog only FAQ questions stand as results of their own, one per page. */
function compactRows(rows: readonly ResultRow[]): ResultRow[] {
	const listed = new Set<string>();
	return rows.filter((row) => {
		if (row.kind === 'page') return true;
		if (row.page.type !== 'FAQ' || listed.has(row.page.url)) return false;
		listed.add(row.page.url);
		return true;
	});
}

/** Runs the header dialog's query box through the search layer. */
export async function attachSiteSearch(root: HTMLElement): Promise<void> {
	const input = root.querySelector<HTMLInputElement>('[data-site-query]')!;
	const more = root.querySelector<HTMLAnchorElement>('[data-more]')!;
	const slots: ResultSlots = {
		status: root.querySelector('[data-site-status]')!,
		notice: root.querySelector('[data-site-notice]')!,
		answer: root.querySelector('[data-site-answer]')!,
		list: root.querySelector('[data-site-results]')!,
	};
	let search: CatalogSearch;
	try {
		search = await CatalogSearch.open();
	} catch {
		clearResponse(slots, 'Search is not available in this build; browse the catalog instead.');
		return;
	}
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		more.href = query ? searchPageUrl(query) : '/search/';
		root.dataset['searched'] = '';
		if (!query) {
			clearResponse(slots, '');
		} else {
			try {
				const response = await search.run(query, {}, SHOWN);
				if (current !== generation) return;
				renderResponse(slots, { ...response, rows: compactRows(response.rows) }, SHOWN);
			} catch {
				clearResponse(
					slots,
					'Search failed to load part of its index; reload the page to try again.',
				);
			}
		}
		if (current === generation) root.dataset['searched'] = query;
	};
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
	});
	if (input.value.trim()) await run();
}

/**
 * For the 404 page: the words of a missing address and the pages they most likely meant. It lives
 * here so the 404 page loads the same search bundle as the header, not a bundle of its own.
 */
export async function findLikelyPages(
	path: string,
	limit: number,
): Promise<{ words: string; pages: PageResult[] }> {
	const words = wordsOfPath(path);
	if (!words) return { words, pages: [] };
	const response = await (await CatalogSearch.open()).run(words, {}, limit);
	const pages = response.rows.flatMap((row) => (row.kind === 'page' ? [row.page] : []));
	return { words, pages: pages.slice(0, limit) };
}
