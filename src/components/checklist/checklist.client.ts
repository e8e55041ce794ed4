import { UndoOffer } from '../shared/undo.client.ts';
import { toLocalCalendarDate } from '../../lib/calendar-date.ts';
import {
	cleanRunName,
	decodeShare,
	splitKnown,
	storageKey,
	type DecodedShare,
} from '../../lib/checklist-state.ts';
import { ChecklistRuns } from './checklist-runs.client.ts';
import { NameForm } from './name-form.client.ts';
import { SharedView } from './shared-view.client.ts';
import { ChecklistStorage } from './checklist-storage.client.ts';
import {
	checklistPart,
	readChecklistItems,
	renderItems,
	type ChecklistItemView,
} from './checklist-view.client.ts';
import { followStickyProgress, renderToolbar, showNotice } from './checklist-toolbar.client.ts';
import {
	SHARE_PARAM,
	checklistShareUrl,
	dropShareParam,
	exportRun,
	readImport,
	showOutput,
} from './checklist-export.client.ts';

const BAD_LINK = 'This share link is damaged or incomplete, so your own runs are shown instead.';

/**
 * `<pdp-checklist>`: turns the server-rendered list into a working checklist with named runs
 * saved per browser, progress, filters, share links, exports and printing.
 */
class PdpChecklist extends HTMLElement {
	#items: ChecklistItemView[] = [];
	// These three are set up once the element is connected, from the parts the server rendered.
	#runs!: ChecklistRuns;
	#nameForm!: NameForm;
	/** Someone else's run from a share link, shown read-only and never stored unless saved. */
	#shared!: SharedView<DecodedShare>;

	connectedCallback(): void {
		const key = storageKey(this.dataset['checklistId'] ?? '');
		const notify = (text: string) => showNotice(this, text);
		this.#runs = new ChecklistRuns({
			storage: new ChecklistStorage(key, notify),
			undo: new UndoOffer(this.#part('undo'), this.#part('undo-text')),
			notify,
			onChange: () => this.#render(),
		});
		this.#nameForm = new NameForm(this.#part('name-form'), {
			clean: cleanRunName,
			show: () => this.#render(),
			save: (name, mode) => {
				if (mode === 'rename') this.#runs.rename(name);
				else if (this.#runs.canAdd()) this.#runs.add(name);
			},
		});
		this.#shared = new SharedView(this.#part('shared'), {
			forget: dropShareParam,
			canKeep: () => this.#runs.canAdd(),
			keep: (shared) => this.#runs.add(shared.name, [...shared.checked, ...shared.unknown]),
			show: () => this.#render(),
		});
		this.#items = readChecklistItems(this);
		this.#runs.load();
		const param = new URLSearchParams(location.search).get(SHARE_PARAM);
		if (param !== null) {
			this.#shared.current = decodeShare(
				param,
				this.#items.map((item) => item.id),
			);
			if (!this.#shared.current) showNotice(this, BAD_LINK);
		}
		for (const item of this.#items) {
			item.checkbox.disabled = false;
			item.checkbox.addEventListener('change', () => {
				this.#runs.tick(item.id, item.checkbox.checked);
			});
		}
		this.addEventListener('click', (event) => this.#onClick(event));
		this.#part('role-filter').addEventListener('change', () => this.#render());
		this.#part('required-only').addEventListener('change', () => this.#render());
		this.#part<HTMLSelectElement>('run-select').addEventListener('change', (event) => {
			this.#runs.select((event.target as HTMLSelectElement).value);
		});
		this.#part<HTMLInputElement>('import').addEventListener('change', (event) => {
			void this.#import(event.target as HTMLInputElement);
		});
		window.addEventListener('storage', (event) => {
			if (event.key !== key) return;
			this.#runs.load();
			this.#render();
		});
		this.#part('print-date').textContent = toLocalCalendarDate(new Date());
		followStickyProgress(this);
		this.#render();
		// The toolbar works from here on (it is laid out from the first paint).
		this.toggleAttribute('data-ready', true);
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		return checklistPart<T>(this, name);
	}

	#onClick(event: Event): void {
		const target = event.target as HTMLElement;
		const link = target.closest<HTMLAnchorElement>('[data-item-link]');
		if (link) {
			event.preventDefault();
			const url = `${location.origin}${location.pathname}${link.hash}`;
			history.replaceState(null, '', link.hash);
			void showOutput(this, 'Link to this item', url);
			return;
		}
		const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
		// A menu closes once one of its actions is chosen.
		if (action) target.closest('details')?.removeAttribute('open');
		switch (action) {
			case 'new-run':
			case 'rename-run':
				return this.#nameForm.open(action === 'new-run' ? 'new' : 'rename', this.#runs.active.name);
			case 'cancel-name':
				return this.#nameForm.close();
			case 'delete-run':
				return this.#runs.deleteActive();
			case 'reset':
				return this.#runs.resetActive();
			case 'undo':
				return this.#runs.undo();
			case 'share':
				return void showOutput(this, 'Share link', checklistShareUrl(this, this.#runs.active));
			case 'markdown':
			case 'csv':
			case 'json':
				return exportRun(this, this.#items, this.#shared.current ?? this.#runs.active, action);
			case 'print':
				return window.print();
		}
	}

	async #import(input: HTMLInputElement): Promise<void> {
		const result = await readImport(input, this.dataset['checklistId'] ?? '');
		if (!result) return;
		if (!result.ok) return showNotice(this, result.message);
		if (this.#runs.canAdd()) this.#runs.add(result.name, result.checked);
	}

	#render(): void {
		const shared = this.#shared.current;
		const shown = shared ?? this.#runs.active;
		const ids = new Set(this.#items.map((item) => item.id));
		const { known, unknown } = splitKnown(shown.checked, ids);
		const done = new Set(known);
		renderItems(this, this.#items, done, Boolean(shared));
		renderToolbar(this, this.#items, {
			store: this.#runs.current,
			shownName: shown.name,
			shared,
			naming: this.#nameForm.mode !== undefined,
			done,
			unknown,
		});
	}
}

customElements.define('pdp-checklist', PdpChecklist);
