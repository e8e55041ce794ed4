import {
	SEARCH_FILTERS,
	decodeSearchView,
	encodeSearchView,
	toPagefindFilters,
	type SearchFilter,
	type SearchView,
} from '../../lib/search/view.ts';
import { createElement } from '../shared/element.client.ts';
import { CatalogSearch } from './search-engine.client.ts';
import { clearResponse, renderResponse, type ResultSlots } from './search-results.client.ts';

const NAMES: Record<SearchFilter, string> = {
	type: 'Type',
	phase: 'Phase',
	process: 'Process',
	role: 'Role',
	outcome: 'Outcome',
};
/** Results loaded and shown on the page: each costs the index a fragment to fetch. */
const SHOWN = 20;

/** `<pdp-search>`: search with Pagefind, filtered by type, phase, process, role and outcome. */
class PdpSearch extends HTMLElement {
	#search: CatalogSearch | undefined;
	#slots!: ResultSlots;
	#view: SearchView = { query: '', filters: {} };
	#generation = 0;

	async connectedCallback(): Promise<void> {
		this.#slots = {
			status: this.querySelector('[data-status]')!,
			notice: this.querySelector('[data-notice]')!,
			answer: this.querySelector('[data-answer]')!,
			list: this.querySelector('[data-results]')!,
		};
		try {
			this.#search = await CatalogSearch.open(this.dataset['bundle'] ?? '/pagefind/');
		} catch {
			this.#status('Search is not available in this build; browse the catalog instead.');
			return;
		}
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		this.#renderFilters(await this.#search.filters());
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', (event) => this.#onInput(event));
		window.addEventListener('popstate', () => this.#readUrl());
		this.#readUrl();
		// The form works from here on (it is laid out from the first paint).
		this.toggleAttribute('data-ready', true);
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
					// Closed, with the number of values chosen in the summary: results come first.
					details.open = false;
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
					const summary = createElement('summary', '', NAMES[filter]);
					summary.dataset['filter'] = filter;
					details.append(summary, fieldset);
					return details;
				},
			),
		);
	}

	/** Each filter's summary says how many of its values are chosen: `Phase · 2`. */
	#updateSummaries(): void {
		for (const summary of this.querySelectorAll<HTMLElement>('[data-filters] summary')) {
			const filter = summary.dataset['filter'] as SearchFilter;
			const chosen = this.#view.filters[filter]?.length ?? 0;
			summary.textContent = chosen > 0 ? `${NAMES[filter]} · ${chosen}` : NAMES[filter];
		}
	}

	#readUrl(): void {
		this.#view = decodeSearchView(new URLSearchParams(location.search));
		this.querySelector<HTMLInputElement>('[data-query]')!.value = this.#view.query;
		for (const input of this.querySelectorAll<HTMLInputElement>('[data-filters] input')) {
			input.checked =
				this.#view.filters[input.name as SearchFilter]?.includes(input.value) ?? false;
		}
		this.#updateSummaries();
		void this.#run();
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
		this.#updateSummaries();
		void this.#run();
	}

	async #run(): Promise<void> {
		const search = this.#search;
		if (!search) return;
		const generation = ++this.#generation;
		const filters = toPagefindFilters(this.#view);
		const words = this.#view.query.trim();
		this.dataset['searched'] = '';
		if (!words) {
			clearResponse(this.#slots, 'Type a word or a question, or choose filters to browse.');
			this.querySelector<HTMLElement>('[data-empty]')!.hidden = true;
			this.#updateCounts(await search.filters());
			if (Object.keys(filters).length > 0) await this.#browse(filters);
			if (generation === this.#generation) this.dataset['searched'] = words;
			return;
		}
		try {
			const response = await search.run(words, filters, SHOWN);
			if (generation !== this.#generation) return;
			if (response.counts) this.#updateCounts(response.counts);
			renderResponse(this.#slots, response, SHOWN);
			this.dataset['searches'] = String(response.outcome.steps.length);
			this.querySelector<HTMLElement>('[data-empty]')!.hidden = response.rows.length > 0;
		} catch {
			clearResponse(
				this.#slots,
				'Search failed to load part of its index; reload the page to try again.',
			);
		}
		if (generation === this.#generation) this.dataset['searched'] = words;
	}

	/** Filters alone, no words: every page those filters hold. */
	async #browse(filters: Record<string, { any: string[] }>): Promise<void> {
		const response = await this.#search!.browse(filters, SHOWN);
		renderResponse(this.#slots, response, SHOWN);
	}

	#updateCounts(counts: Record<string, Record<string, number>>): void {
		for (const label of this.querySelectorAll<HTMLElement>('[data-filters] label')) {
			const input = label.querySelector('input')!;
			const count = counts[input.name]?.[input.value] ?? 0;
			label.querySelector('.pdp-facets__count')!.textContent = String(count);
			label.classList.toggle('is-empty', count === 0 && !input.checked);
		}
	}
}

customElements.define('pdp-search', PdpSearch);
