/**
 * `<pdp-site-search>`: the header's search button and dialog (Ctrl+K or ⌘K). Only this small
 * part loads with every page; the search layer loads when the dialog first opens.
 */
class PdpSiteSearch extends HTMLElement {
	#attached = false;

	connectedCallback(): void {
		const dialog = this.querySelector('dialog')!;
		const openButton = this.querySelector<HTMLButtonElement>('[data-open-search]')!;
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			this.querySelector('[data-modifier]')!.textContent = '⌘';
			openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
		}
		openButton.addEventListener('click', () => this.open());
		this.querySelector('[data-close-search]')!.addEventListener('click', () => dialog.close());
		// Escape closes the dialog even from a search box with text in it (which it would clear).
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			dialog.close();
		});
		// A click on the backdrop lands on the dialog itself.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else this.open();
			}
		});
	}

	/** Opens the dialog with the focus in the query box, loading the search layer once. */
	open(): void {
		this.querySelector('dialog')!.showModal();
		this.querySelector<HTMLInputElement>('[data-site-query]')!.focus();
		if (this.#attached) return;
		this.#attached = true;
		void import('./site-search-dialog.client.ts').then((module) => module.attachSiteSearch(this));
	}
}

customElements.define('pdp-site-search', PdpSiteSearch);
