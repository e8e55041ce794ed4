import { UndoOffer } from '../shared/undo.client.ts';
import { showOutput } from '../shared/output.client.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import {
	cleanRunName,
	createStore,
	LIMITS,
	newRunId,
	splitKnown,
	storageKey,
	type ChecklistRun,
	type ChecklistStore,
} from '../../lib/checklists/state.ts';
import { decodeShare, type DecodedShare } from '../../lib/checklists/share-link.ts';
import { activeRun, addRun, deleteRun, resetRun, updateActiveRun } from './checklist-runs.ts';
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
} from './checklist-export.client.ts';

const NOTICES = {
	badLink: 'This share link is damaged or incomplete, so your own runs are shown instead.',
	tooManyRuns: `This checklist already keeps ${String(LIMITS.runs)} runs, the most it can: delete one before you start another.`,
} as const;

/**
 * `<pdp-checklist>`: turns the server-rendered list into a working checklist with named runs
 * saved per browser, progress, filters, share links, exports and printing. It keeps the runs and
 * manages them (new, rename, delete and reset with undo, a shared run saved as the reader's own);
 * storage, the item list, the toolbar and the exports are the modules beside it.
 */
class PdpChecklist extends HTMLElement {
	#storage = new ChecklistStorage('', () => undefined);
	#items: ChecklistItemView[] = [];
	#store: ChecklistStore = createStore();
	/** Someone else's run from a share link, shown read-only and never stored unless saved. */
	#shared: DecodedShare | undefined;
	#undo: UndoOffer<ChecklistStore> | undefined;
	#naming: 'new' | 'rename' | undefined;

	connectedCallback(): void {
		const key = storageKey(this.dataset['checklistId'] ?? '');
		this.#storage = new ChecklistStorage(key, (text) => showNotice(this, text));
		this.#items = readChecklistItems(this);
		this.#store = this.#storage.load() ?? this.#store;
		const param = new URLSearchParams(location.search).get(SHARE_PARAM);
		if (param !== null) {
			this.#shared = decodeShare(param, this.#ids());
			if (!this.#shared) showNotice(this, NOTICES.badLink);
		}
		for (const item of this.#items) {
			item.checkbox.disabled = false;
			item.checkbox.addEventListener('change', () => this.#toggle(item));
		}
		this.addEventListener('click', (event) => this.#onClick(event));
		this.#part('role-filter').addEventListener('change', () => this.#render());
		this.#part('required-only').addEventListener('change', () => this.#render());
		this.#part<HTMLSelectElement>('run-select').addEventListener('change', (event) => {
			this.#change((store) => ({ ...store, active: (event.target as HTMLSelectElement).value }));
		});
		this.#part<HTMLFormElement>('name-form').addEventListener('submit', (event) => {
			event.preventDefault();
			this.#saveName();
		});
		this.#part<HTMLInputElement>('import').addEventListener('change', (event) => {
			void this.#import(event.target as HTMLInputElement);
		});
		window.addEventListener('storage', (event) => {
			if (event.key !== key) return;
			this.#store = this.#storage.load() ?? this.#store;
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

	#ids(): string[] {
		return this.#items.map((item) => item.id);
	}

	#run(): ChecklistRun {
		return activeRun(this.#store);
	}

	#change(update: (store: ChecklistStore) => ChecklistStore): void {
		this.#store = update(this.#store);
		this.#storage.save(this.#store);
		this.#render();
	}

	#updateRun(update: (run: ChecklistRun) => Partial<ChecklistRun>): void {
		this.#change((store) => updateActiveRun(store, update));
	}

	#toggle(item: ChecklistItemView): void {
		const checked = item.checkbox.checked;
		this.#updateRun((run) => ({
			checked: checked ? [...run.checked, item.id] : run.checked.filter((id) => id !== item.id),
		}));
	}

	#withUndo(text: string, update: (store: ChecklistStore) => ChecklistStore): void {
		this.#undo ??= new UndoOffer(this.#part('undo'), this.#part('undo-text'));
		this.#undo.offer(this.#store, text);
		this.#change(update);
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
		const run = this.#run();
		const name = run.name;
		switch (action) {
			case 'new-run':
			case 'rename-run':
				return this.#askName(action === 'new-run' ? 'new' : 'rename');
			case 'cancel-name':
				this.#naming = undefined;
				return this.#render();
			case 'delete-run':
				return this.#withUndo(`Deleted “${name}”.`, (store) => deleteRun(store, run.id));
			case 'reset':
				return this.#withUndo(`Cleared the ticks of “${name}”.`, (store) =>
					resetRun(store, run.id),
				);
			case 'undo': {
				const previous = this.#undo?.take();
				if (previous) this.#change(() => previous);
				return;
			}
			case 'share':
				return void showOutput(this, 'Share link', checklistShareUrl(this, run));
			case 'markdown':
			case 'csv':
			case 'json':
				return exportRun(this, this.#items, this.#shared ?? run, action);
			case 'print':
				return window.print();
			case 'engagement':
				// The workspace files it (engagement-filing.client.ts); this page carries none of that code.
				return location.assign(
					`/engagements/?file=${this.dataset['checklistId'] ?? ''}:run:${run.id}`,
				);
			case 'save-shared':
				if (this.#shared && this.#canAddRun()) {
					const saved: ChecklistRun = {
						id: newRunId(),
						name: this.#shared.name,
						checked: [...this.#shared.checked, ...this.#shared.unknown],
						updated: Date.now(),
					};
					this.#leaveShared();
					this.#addRun(saved);
				}
				return;
			case 'leave-shared':
				this.#leaveShared();
				return this.#render();
		}
	}

	#leaveShared(): void {
		this.#shared = undefined;
		dropShareParam();
	}

	#askName(mode: 'new' | 'rename'): void {
		this.#naming = mode;
		this.#render();
		const input = this.#part<HTMLFormElement>('name-form').elements.namedItem(
			'name',
		) as HTMLInputElement;
		input.value = mode === 'rename' ? this.#run().name : '';
		input.focus();
	}

	#saveName(): void {
		const input = this.#part<HTMLFormElement>('name-form').elements.namedItem(
			'name',
		) as HTMLInputElement;
		const name = cleanRunName(input.value);
		if (!name) return;
		const mode = this.#naming;
		this.#naming = undefined;
		if (mode === 'rename') return this.#updateRun(() => ({ name }));
		if (this.#canAddRun()) this.#addRun({ id: newRunId(), name, checked: [], updated: Date.now() });
	}

	/** True while another run fits; otherwise says why not. The store keeps `LIMITS.runs` at most. */
	#canAddRun(): boolean {
		if (this.#store.runs.length < LIMITS.runs) return true;
		showNotice(this, NOTICES.tooManyRuns);
		return false;
	}

	/** Adds a run and makes it the active one; call {@link #canAddRun} first. */
	#addRun(run: ChecklistRun): void {
		this.#change((store) => addRun(store, run));
	}

	async #import(input: HTMLInputElement): Promise<void> {
		const result = await readImport(input, this.dataset['checklistId'] ?? '');
		if (!result) return;
		if (!result.ok) return showNotice(this, result.message);
		if (!this.#canAddRun()) return;
		this.#addRun({
			id: newRunId(),
			name: result.name,
			checked: result.checked,
			updated: Date.now(),
		});
	}

	#render(): void {
		const shared = this.#shared;
		const shown = shared ?? this.#run();
		const { known, unknown } = splitKnown(shown.checked, new Set(this.#ids()));
		const done = new Set(known);
		renderItems(this, this.#items, done, Boolean(shared));
		renderToolbar(this, this.#items, {
			store: this.#store,
			shownName: shown.name,
			shared,
			naming: this.#naming !== undefined,
			done,
			unknown,
		});
	}
}

customElements.define('pdp-checklist', PdpChecklist);
