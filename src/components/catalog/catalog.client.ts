import {
	FACETS,
	countFacets,
	decodeView,
	encodeView,
	facetApplies,
	filterEntries,
	fitView,
	sortApplies,
	sortEntries,
	type CatalogView,
	type Facet,
	type Selection,
	type Sort,
} from '../../lib/catalog/facets.ts';
import { CATALOG_PAGE_SIZE, toFacetedEntry, type CatalogData } from '../../lib/catalog/data.ts';
import { DIFFICULTY_LABELS, describeMinutes } from '../../lib/catalog/play-facts.ts';
import { createElement } from '../shared/element.client.ts';

type Entry = ReturnType<typeof toFacetedEntry>;

/**
 * `<pdp-catalog>`: filters the whole catalog in the browser by facets and text, keeps the view
 * in the URL, and shows counts that follow every change. Until its data arrives (or without
 * JavaScript) the server-rendered, paginated list stays in place.
 */
class PdpCatalog extends HTMLElement {
	#data: CatalogData | undefined;
	#entries: Entry[] = [];
	#preset: Selection = {};
	#view: CatalogView = { selection: {}, query: '', sort: 'phase', page: 1 };
	/** Filters in the order they were added (facet values, or the text), so the last can be taken back. */
	#history: ([Facet, string] | ['query'])[] = [];
	#form!: HTMLFormElement;

	connectedCallback(): void {
		this.#form = this.querySelector<HTMLFormElement>('[data-facets]')!;
		try {
			this.#preset = JSON.parse(this.dataset['preset'] ?? '{}') as Selection;
		} catch {
			this.#preset = {};
		}
		void this.#load();
	}

	async #load(): Promise<void> {
		const response = await fetch(this.dataset['src'] ?? '').catch(() => undefined);
		const data = response?.ok ? ((await response.json()) as CatalogData) : undefined;
		if (!data) return;
		this.#data = data;
		const phaseOrder = new Map(Object.keys(data.labels.phase).map((id, index) => [id, index]));
		this.#entries = data.entries.map((entry) => toFacetedEntry(entry, phaseOrder));
		this.#form.addEventListener('input', (event) => this.#onInput(event));
		this.#form.addEventListener('submit', (event) => event.preventDefault());
		this.addEventListener('click', (event) => this.#onClick(event));
		window.addEventListener('popstate', () => this.#readUrl());
		this.#readUrl();
		this.querySelector<HTMLElement>('[data-server-list]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-results]')!.hidden = false;
		// The filters work from here on (they are laid out from the first paint).
		this.toggleAttribute('data-ready', true);
	}

	#known(): Record<Facet, Set<string>> {
		const labels = this.#data?.labels;
		return Object.fromEntries(
			FACETS.map((facet) => [facet, new Set(Object.keys(labels?.[facet] ?? {}))]),
		) as Record<Facet, Set<string>>;
	}

	#readUrl(): void {
		this.#view = decodeView(new URLSearchParams(location.search), this.#known(), this.#preset);
		this.#history = FACETS.flatMap((facet) =>
			(this.#preset[facet]?.length ? [] : (this.#view.selection[facet] ?? [])).map(
				(value): [Facet, string] => [facet, value],
			),
		);
		this.#writeForm();
		this.#render();
	}

	#writeForm(): void {
		const { selection, query, sort } = this.#view;
		for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
			input.checked = selection[input.name as Facet]?.includes(input.value) ?? false;
		}
		// Only the facets and orders the chosen types have are offered (the play facts: playbooks).
		for (const group of this.#form.querySelectorAll<HTMLElement>('[data-facet-group]')) {
			group.hidden = !facetApplies(group.dataset['facetGroup'] as Facet, selection);
		}
		for (const option of this.#form.querySelectorAll<HTMLOptionElement>('[data-sort] option')) {
			option.hidden = option.disabled = !sortApplies(option.value as Sort, selection);
		}
		// Rewriting the text the reader is typing would move the caret.
		const queryInput = this.#form.querySelector<HTMLInputElement>('[data-query]')!;
		if (queryInput.value !== query) queryInput.value = query;
		this.#form.querySelector<HTMLSelectElement>('[data-sort]')!.value = sort;
	}

	#onInput(event: Event): void {
		const target = event.target as HTMLInputElement;
		if (target.type === 'checkbox') {
			const facet = target.name as Facet;
			const current = this.#view.selection[facet] ?? [];
			this.#view.selection[facet] = target.checked
				? [...current, target.value]
				: current.filter((value) => value !== target.value);
			this.#history = this.#history.filter(
				([name, value]) => name !== facet || value !== target.value,
			);
			if (target.checked) this.#history.push([facet, target.value]);
		} else if (target.name === 'q') {
			this.#view.query = target.value;
			this.#history = this.#history.filter(([name]) => name !== 'query');
			if (target.value.trim()) this.#history.push(['query']);
		} else if (target.name === 'sort') {
			this.#view.sort = target.value as Sort;
		}
		this.#view.page = 1;
		this.#commit(target.name === 'q');
	}

	#onClick(event: Event): void {
		const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
		const action = button?.dataset['action'];
		if (action === 'remove-filter' && button) {
			const facet = button.dataset['facet'] as Facet;
			const removed = button.dataset['value'];
			this.#view.selection[facet] = (this.#view.selection[facet] ?? []).filter(
				(value) => value !== removed,
			);
			this.#history = this.#history.filter(([name, value]) => name !== facet || value !== removed);
			this.#view.page = 1;
			this.#writeForm();
			return this.#commit(false);
		}
		if (action === 'more') {
			this.#view.page += 1;
			return this.#commit(true);
		}
		if (action === 'clear') {
			this.#view = { ...this.#view, selection: { ...this.#preset }, query: '', page: 1 };
			this.#history = [];
		} else if (action === 'undo-last') {
			const last = this.#history.pop();
			if (!last || last[0] === 'query') {
				this.#view.query = '';
			} else {
				const [facet, removed] = last;
				this.#view.selection[facet] = (this.#view.selection[facet] ?? []).filter(
					(value) => value !== removed,
				);
			}
		} else {
			return;
		}
		this.#writeForm();
		this.#commit(false);
	}

	#commit(replace: boolean): void {
		// A type taken out takes the facets and order only it had with it.
		this.#view = fitView(this.#view);
		this.#history = this.#history.filter(
			(filter) => filter[0] === 'query' || this.#view.selection[filter[0]]?.includes(filter[1]),
		);
		this.#writeForm();
		const selection = Object.fromEntries(
			FACETS.filter((facet) => !this.#preset[facet]?.length).map((facet) => [
				facet,
				this.#view.selection[facet] ?? [],
			]),
		);
		const query = encodeView({ ...this.#view, selection }).toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (replace) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		this.#render();
	}

	#render(): void {
		const data = this.#data;
		if (!data) return;
		const started = performance.now();
		const matching = sortEntries(
			filterEntries(this.#entries, this.#view.selection, this.#view.query),
			this.#view.sort,
		);
		const counts = countFacets(this.#entries, this.#view.selection, this.#view.query);
		for (const label of this.#form.querySelectorAll<HTMLElement>('.pdp-facets__option')) {
			const input = label.querySelector('input')!;
			const count = counts[input.name as Facet].get(input.value) ?? 0;
			label.querySelector('[data-count]')!.textContent = String(count);
			label.classList.toggle('is-empty', count === 0 && !input.checked);
		}
		const shown = matching.slice(0, this.#view.page * CATALOG_PAGE_SIZE);
		const results = this.querySelector<HTMLElement>('[data-results]')!;
		results.replaceChildren(...shown.map((entry) => this.#card(entry, data)));
		this.querySelector<HTMLElement>('[data-action="more"]')!.hidden =
			shown.length >= matching.length;
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = matching.length > 0;
		this.querySelector<HTMLElement>('[data-status]')!.textContent =
			`${matching.length} ${matching.length === 1 ? 'entry' : 'entries'}${shown.length < matching.length ? `, showing ${shown.length}` : ''}`;
		this.#renderChosen(data);
		this.dataset['renderMs'] = (performance.now() - started).toFixed(1);
	}

	/** The chosen values as removable chips, and each facet's summary saying how many it has. */
	#renderChosen(data: CatalogData): void {
		const chips: HTMLElement[] = [];
		for (const facet of FACETS) {
			if (this.#preset[facet]?.length) continue;
			const chosen = this.#view.selection[facet] ?? [];
			const summary = this.#form.querySelector<HTMLElement>(
				`[data-facet-group="${facet}"] > summary`,
			);
			if (summary) {
				const name = summary.dataset['name'] ?? facet;
				summary.textContent = chosen.length > 0 ? `${name} · ${String(chosen.length)}` : name;
			}
			for (const value of chosen) {
				const chip = createElement('button', 'pdp-chip');
				chip.type = 'button';
				Object.assign(chip.dataset, { action: 'remove-filter', facet, value });
				const label = data.labels[facet][value] ?? value;
				chip.append(
					createElement('span', '', label),
					createElement('span', 'sr-only', ' (remove filter)'),
				);
				const cross = createElement('span', 'pdp-chip__x', '×');
				cross.setAttribute('aria-hidden', 'true');
				chip.append(cross);
				chips.push(chip);
			}
		}
		if (chips.length > 1) {
			const clear = createElement('button', 'pdp-chip pdp-chip--clear', 'Clear all');
			clear.type = 'button';
			clear.dataset['action'] = 'clear';
			chips.push(clear);
		}
		const container = this.querySelector<HTMLElement>('[data-chips]')!;
		container.replaceChildren(...chips);
		container.hidden = chips.length === 0;
	}

	#card(entry: Entry, data: CatalogData): HTMLLIElement {
		const item = createElement('li', 'pdp-entry-card');
		const link = createElement('a', 'pdp-entry-card__title', entry.data.t);
		link.href = entry.data.u;
		const meta = createElement('p', 'pdp-entry-card__meta');
		meta.append(
			createElement('span', 'pdp-badge', data.labels.type[entry.data.v.type[0] ?? ''] ?? ''),
		);
		const phases = entry.data.v.phase.map((phase) => data.labels.phase[phase] ?? phase).join(' · ');
		if (phases && entry.data.v.type[0] !== 'phases') meta.append(createElement('span', '', phases));
		if (entry.data.p?.m !== undefined)
			meta.append(createElement('span', '', `Run time ${describeMinutes(entry.data.p.m)}`));
		if (entry.data.p?.d)
			meta.append(createElement('span', '', `Difficulty ${DIFFICULTY_LABELS[entry.data.p.d]}`));
		if (entry.data.v.review.length)
			meta.append(createElement('span', 'pdp-badge pdp-badge--overdue', 'Needs review'));
		item.append(link, meta, createElement('p', 'pdp-entry-card__summary', entry.data.s));
		return item;
	}
}

customElements.define('pdp-catalog', PdpCatalog);
