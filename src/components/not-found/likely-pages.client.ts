import { createElement } from '../shared/element.client.ts';

/** Most likely pages listed for a missing address. */
const SHOWN = 5;

/** `<pdp-likely-pages>`: the words of the failed address, searched, and the best pages found. */
class PdpLikelyPages extends HTMLElement {
	async connectedCallback(): Promise<void> {
		try {
			const { findLikelyPages } = await import('../search/site-search-dialog.client.ts');
			const { words, pages } = await findLikelyPages(location.pathname, SHOWN);
			this.querySelector<HTMLInputElement>('[data-query]')!.value = words;
			if (pages.length === 0) return;
			this.querySelector('[data-likely-list]')!.replaceChildren(
				...pages.map((page) => {
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
