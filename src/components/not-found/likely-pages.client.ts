import { createElement } from '../shared/element.client.ts';
import { wordsOfPath } from '../../lib/search/query-terms.ts';

/** Most likely pages listed for a missing address. */
const SHOWN = 5;

/** `<pdp-likely-pages>`: the words of the failed address, searched, and the best pages found. */
class PdpLikelyPages extends HTMLElement {
	async connectedCallback(): Promise<void> {
		const words = wordsOfPath(location.pathname);
		if (!words) return;
		this.querySelector<HTMLInputElement>('[data-query]')!.value = words;
		try {
			const { CatalogSearch } = await import('../search/search-engine.client.ts');
			const search = await CatalogSearch.open();
			const response = await search.run(words, {}, SHOWN);
			const pages = response.rows.flatMap((row) => (row.kind === 'page' ? [row.page] : []));
			if (pages.length === 0) return;
			this.querySelector('[data-likely-list]')!.replaceChildren(
				...pages.slice(0, SHOWN).map((page) => {
					const item = createElement('li', '');
					const link = createElement('a', '', page.title);
					link.href = page.url;
					item.append(link, ...(page.type ? [` — ${page.type}`] : []));
					return item;
				}),
			);
			this.querySelector<HTMLElement>('[data-likely]')!.hidden = false;
		} catch {
			// Without the index the search box still works.
		}
	}
}

customElements.define('pdp-likely-pages', PdpLikelyPages);
