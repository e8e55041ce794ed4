import {
	ASSESS_FRAGMENT,
	opensAssessMode,
	type ReviewMode,
} from '../../lib/checklists/review-mode.ts';

/**
 * `<pdp-review-modes>`: the Tick and Assess tabs of a quality-gate checklist (ARIA tabs, arrow
 * keys, Home and End). The URL fragment chooses the mode on load and on a change of fragment;
 * choosing a tab rewrites the fragment in place (no history entry, no scroll). The assessment's
 * code is imported the first time Assess opens.
 */
class PdpReviewModes extends HTMLElement {
	#tabs: HTMLElement[] = [];
	/** The Assess fragment to return to: a shared assessment's stays while it is shown. */
	#assessHash = ASSESS_FRAGMENT;
	#loaded = false;

	connectedCallback(): void {
		const tablist = this.querySelector<HTMLElement>('[role="tablist"]')!;
		this.#tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
		tablist.hidden = false;
		this.querySelector<HTMLElement>('[data-modes-no-script]')!.hidden = true;
		tablist.addEventListener('click', (event) => {
			const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
			if (tab) this.#choose(tab);
		});
		tablist.addEventListener('keydown', (event) => this.#onKey(event));
		window.addEventListener('hashchange', () => this.#follow(location.hash));
		if (opensAssessMode(location.hash)) {
			this.#show('assess');
			this.scrollIntoView();
		}
	}

	/** Follows a changed fragment: Assess for `#assess…`, Tick for an anchor in the tick list. */
	#follow(hash: string): void {
		const target =
			hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
		const inTick = target?.closest('[data-mode-panel="tick"]');
		if (opensAssessMode(hash)) this.#show('assess');
		else if (inTick) this.#show('tick');
		else return;
		(target ?? this).scrollIntoView();
	}

	#choose(tab: HTMLElement): void {
		const mode = tab.dataset['modeTab'] as ReviewMode;
		if (mode === this.dataset['mode']) return;
		if (opensAssessMode(location.hash)) this.#assessHash = location.hash;
		const url = `${location.pathname}${location.search}${mode === 'assess' ? this.#assessHash : ''}`;
		history.replaceState(history.state, '', url);
		this.#show(mode);
	}

	#onKey(event: KeyboardEvent): void {
		const current = this.#tabs.findIndex((tab) => tab.ariaSelected === 'true');
		const last = this.#tabs.length - 1;
		const next = {
			ArrowRight: current === last ? 0 : current + 1,
			ArrowLeft: current === 0 ? last : current - 1,
			Home: 0,
			End: last,
		}[event.key];
		const tab = next === undefined ? undefined : this.#tabs[next];
		if (!tab) return;
		event.preventDefault();
		this.#choose(tab);
		tab.focus();
	}

	#show(mode: ReviewMode): void {
		this.dataset['mode'] = mode;
		for (const tab of this.#tabs) {
			const selected = tab.dataset['modeTab'] === mode;
			tab.ariaSelected = String(selected);
			tab.tabIndex = selected ? 0 : -1;
		}
		for (const panel of this.querySelectorAll<HTMLElement>(':scope > [data-mode-panel]')) {
			panel.hidden = panel.dataset['modePanel'] !== mode;
		}
		if (mode === 'assess' && !this.#loaded) {
			this.#loaded = true;
			void this.#loadAssessment();
		}
	}

	async #loadAssessment(): Promise<void> {
		try {
			await import('./assessment.client.ts');
		} catch {
			const status = this.querySelector('[data-assess-loading]');
			if (status)
				status.textContent =
					'The assessment could not be loaded. Check the connection and reload the page.';
		}
	}
}

customElements.define('pdp-review-modes', PdpReviewModes);
