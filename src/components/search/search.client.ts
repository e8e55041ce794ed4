import {
	SEARCH_FILTERS,
	decodeSearchView,
	encodeSearchView,
	toPagefindFilters,
	type SearchFilter,
	type SearchView,
} from '../../lib/search-view.ts';
import { createElement } from '../shared/element.client.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string | null,
		options: { filters: Record<string, { any: string[] }> },
	): Promise<{
		results: { data(): Promise<PagefindResult> }[];
		filters: Record<string, Record<string, number>>;
	}>;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

const NAMES: Record<SearchFilter, string> = {
	type: 'Type',
	phase: 'Phase',
	process: 'Process',
	role: 'Role',
	outcome: 'Outcome',
};
const SHOWN = 30;

/** `<pdp-search>`: search with Pagefind, filtered by type, phase, process, role and outcome. */
class PdpSearch extends HTMLElement {
	#pagefind: Pagefind | undefined;
	#view: SearchView = { query: '', filters: {} };
	#run = 0;

	async connectedCallback(): Promise<void> {
		const bundle = `${this.dataset['bundle'] ?? '/pagefind/'}pagefind.js`;
		try {
			this.#pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
			await this.#pagefind.init();
		} catch {
			this.#status('Search is not available in this build; browse the catalog instead.');
			return;
		}
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		this.#renderFilters(await this.#pagefind.filters());
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', (event) => this.#onInput(event));
		window.addEventListener('popstate', () => this.#readUrl());
		form.hidden = false;
		this.#readUrl();
	}

	#status(text: string): void {
		this.querySelector('[data-status]')!.textContent = text;
	}

	#renderFilters(filters: Record<string, Record<string, number>>): void {
		const container = this.querySelector<HTMLElement>('[data-filters]')!;
		container.replaceChildren(
			...SEARCH_FILTERS.filter((filter) => Object.keys(filters[filter] ?? {}).length > 0).map(
				(filter) => {
					const details = createElement('details', '');
					// Open the main two on wide screens; on a phone they would push the results down.
					details.open =
						(filter === 'type' || filter === 'phase') && !matchMedia('(max-width: 50rem)').matches;
					const fieldset = createElement('fieldset', '');
					fieldset.append(createElement('legend', 'sr-only', NAMES[filter]));
					for (const value of Object.keys(filters[filter] ?? {}).sort()) {
						const label = createElement('label', 'pdp-facets__option');
						const input = createElement('input', '');
						Object.assign(input, { type: 'checkbox', name: filter, value });
						label.append(
							input,
							createElement('span', '', value),
							createElement('span', 'pdp-facets__count'),
						);
						fieldset.append(label);
					}
					details.append(createElement('summary', '', NAMES[filter]), fieldset);
					return details;
				},
			),
		);
	}

	#readUrl(): void {
		this.#view = decodeSearchView(new URLSearchParams(location.search));
		this.querySelector<HTMLInputElement>('[data-query]')!.value = this.#view.query;
		for (const input of this.querySelectorAll<HTMLInputElement>('[data-filters] input')) {
			input.checked =
				this.#view.filters[input.name as SearchFilter]?.includes(input.value) ?? false;
		}
		void this.#search();
	}

	#onInput(event: Event): void {
		const target = event.target as HTMLInputElement;
		if (target.name === 'q') {
			this.#view.query = target.value;
		} else {
			const filter = target.name as SearchFilter;
			const current = this.#view.filters[filter] ?? [];
			this.#view.filters[filter] = target.checked
				? [...current, target.value]
				: current.filter((value) => value !== target.value);
		}
		const query = encodeSearchView(this.#view).toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (target.name === 'q') history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		void this.#search();
	}

	async #search(): Promise<void> {
		const pagefind = this.#pagefind;
		if (!pagefind) return;
		const run = ++this.#run;
		const filters = toPagefindFilters(this.#view);
		const words = this.#view.query.trim();
		const results = this.querySelector<HTMLElement>('[data-results]')!;
		if (!words && Object.keys(filters).length === 0) {
			results.replaceChildren();
			this.querySelector<HTMLElement>('[data-empty]')!.hidden = true;
			this.#updateCounts(await pagefind.filters());
			this.#status('Type a word, or choose filters to browse.');
			return;
		}
		const search = await pagefind.search(words || null, { filters });
		const data = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
		if (run !== this.#run) return;
		this.#updateCounts(search.filters);
		results.replaceChildren(...data.map((result) => this.#card(result)));
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = search.results.length > 0;
		const count = search.results.length;
		this.#status(
			`${count} ${count === 1 ? 'result' : 'results'}${count > SHOWN ? `, showing the best ${SHOWN}` : ''}`,
		);
	}

	#updateCounts(counts: Record<string, Record<string, number>>): void {
		for (const label of this.querySelectorAll<HTMLElement>('[data-filters] label')) {
			const input = label.querySelector('input')!;
			const count = counts[input.name]?.[input.value] ?? 0;
			label.querySelector('.pdp-facets__count')!.textContent = String(count);
			label.classList.toggle('is-empty', count === 0 && !input.checked);
		}
	}

	#card(result: PagefindResult): HTMLLIElement {
		const item = createElement('li', 'pdp-entry-card');
		const link = createElement('a', 'pdp-entry-card__title', result.meta['title'] ?? result.url);
		link.href = result.url;
		const meta = createElement('p', 'pdp-entry-card__meta');
		if (result.meta['type']) meta.append(createElement('span', 'pdp-badge', result.meta['type']));
		if (result.meta['phase']) meta.append(createElement('span', '', result.meta['phase']));
		const excerpt = createElement('p', 'pdp-entry-card__summary');
		// Pagefind's excerpt is text it escaped itself, with <mark> around the matched words.
		excerpt.innerHTML = result.excerpt;
		item.append(link, meta, excerpt);
		return item;
	}
}

customElements.define('pdp-search', PdpSearch);
