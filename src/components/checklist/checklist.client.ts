import { UndoOffer } from '../shared/undo.client.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { isStorageFull } from '../shared/storage.client.ts';
import {
	cleanRunName,
	createStore,
	decodeShare,
	decodeStore,
	encodeShare,
	encodeStore,
	LIMITS,
	newRunId,
	splitKnown,
	storageKey,
	type ChecklistRun,
	type ChecklistStore,
	type DecodedShare,
} from '../../lib/checklists/state.ts';
import {
	parseImport,
	summariseRun,
	toCsv,
	toJson,
	toMarkdown,
	type ExportItem,
} from '../../lib/checklists/export.ts';

const SHARE_PARAM = 'shared';
const NOTICES = {
	unavailable:
		'This browser does not let the page save (private mode or blocked storage): your ticks last until you close the tab.',
	full: 'Browser storage is full: your latest ticks are kept until you close the tab, but not saved.',
	corrupt:
		'Saved ticks for this checklist could not be read and were set aside; you start with an empty run.',
	badLink: 'This share link is damaged or incomplete, so your own runs are shown instead.',
	tooManyRuns: `This checklist already keeps ${String(LIMITS.runs)} runs, the most it can: delete one before you start another.`,
} as const;

/** One checklist item as the page shows it. */
interface Item extends ExportItem {
	element: HTMLElement;
	checkbox: HTMLInputElement;
	roleId: string;
}

/**
 * `<pdp-checklist>`: turns the server-rendered list into a working checklist with named runs
 * saved per browser, progress, filters, share links, exports and printing.
 */
class PdpChecklist extends HTMLElement {
	#key = '';
	#items: Item[] = [];
	#store: ChecklistStore = createStore();
	#shared: DecodedShare | undefined;
	#memoryOnly = false;
	#undo: UndoOffer<ChecklistStore> | undefined;
	#naming: 'new' | 'rename' | undefined;

	connectedCallback(): void {
		this.#key = storageKey(this.dataset['checklistId'] ?? '');
		this.#items = [...this.querySelectorAll<HTMLElement>('[data-item-id]')].map((element) => ({
			element,
			checkbox: element.querySelector('input')!,
			id: element.dataset['itemId'] ?? '',
			roleId: element.dataset['role'] ?? '',
			text: element.querySelector('.pdp-checklist__text')?.textContent?.trim() ?? '',
			role: element.querySelector('[data-role-title]')?.textContent?.trim() ?? '',
			required: element.dataset['required'] === 'true',
			due: element.querySelector('[data-due]')?.textContent?.trim() ?? '',
			section:
				element
					.closest('[data-section]')
					?.querySelector(':scope > h2, :scope > h3')
					?.textContent?.trim() || undefined,
		}));
		this.#load();
		const param = new URLSearchParams(location.search).get(SHARE_PARAM);
		if (param !== null) {
			this.#shared = decodeShare(param, this.#ids());
			if (!this.#shared) this.#notice(NOTICES.badLink);
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
			if (event.key !== this.#key) return;
			this.#load();
			this.#render();
		});
		this.#part('print-date').textContent = toLocalCalendarDate(new Date());
		this.#followProgress();
		this.#render();
		// The toolbar works from here on (it is laid out from the first paint).
		this.toggleAttribute('data-ready', true);
	}

	/** Shows the sticky progress only once the toolbar's own line has gone up under the header. */
	#followProgress(): void {
		const sticky = this.#part('progress-sticky');
		const progress = this.#part('progress');
		const top = parseFloat(getComputedStyle(sticky.parentElement!).top) || 0;
		// A scroll listener, not an IntersectionObserver: a jump from below the screen to above it
		// (a deep link, Home/End) crosses no threshold the observer would report.
		const follow = () => {
			sticky.hidden = progress.getBoundingClientRect().bottom > top;
		};
		addEventListener('scroll', follow, { passive: true });
		addEventListener('resize', follow);
		follow();
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		return this.querySelector<T>(`[data-${name}]`)!;
	}

	#ids(): string[] {
		return this.#items.map((item) => item.id);
	}

	#run(): ChecklistRun {
		return this.#store.runs.find((run) => run.id === this.#store.active) ?? this.#store.runs[0]!;
	}

	#load(): void {
		let raw: string | null;
		try {
			raw = localStorage.getItem(this.#key);
		} catch {
			this.#memoryOnly = true;
			this.#notice(NOTICES.unavailable);
			return;
		}
		const { store, problem } = decodeStore(raw);
		this.#store = store;
		if (!problem) return;
		this.#notice(NOTICES.corrupt);
		try {
			// Kept, not lost: one copy of what could not be read, for support to recover by hand.
			if (raw !== null) localStorage.setItem(`${this.#key}:set-aside`, raw);
		} catch {
			// Storage that cannot hold the copy as well: the fresh run still works.
		}
	}

	#save(): void {
		if (this.#memoryOnly) return;
		try {
			localStorage.setItem(this.#key, encodeStore(this.#store));
		} catch (error) {
			this.#memoryOnly = true;
			this.#notice(isStorageFull(error) ? NOTICES.full : NOTICES.unavailable);
		}
	}

	#notice(text: string): void {
		const notice = this.#part('notice');
		notice.textContent = text;
		notice.hidden = false;
	}

	#change(update: (store: ChecklistStore) => ChecklistStore): void {
		this.#store = update(this.#store);
		this.#save();
		this.#render();
	}

	#updateRun(update: (run: ChecklistRun) => Partial<ChecklistRun>): void {
		this.#change((store) => ({
			...store,
			runs: store.runs.map((run) =>
				run.id === store.active ? { ...run, ...update(run), updated: Date.now() } : run,
			),
		}));
	}

	#toggle(item: Item): void {
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
			void this.#output('Link to this item', url);
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
				return this.#withUndo(`Deleted “${name}”.`, (store) => {
					const runs = store.runs.filter((candidate) => candidate.id !== run.id);
					const fresh = createStore();
					return runs[0] ? { ...store, runs, active: runs[0].id } : fresh;
				});
			case 'reset':
				return this.#withUndo(`Cleared the ticks of “${name}”.`, (store) => ({
					...store,
					runs: store.runs.map((candidate) =>
						candidate.id === run.id ? { ...candidate, checked: [] } : candidate,
					),
				}));
			case 'undo': {
				const previous = this.#undo?.take();
				if (previous) this.#change(() => previous);
				return;
			}
			case 'share':
				return void this.#output('Share link', this.#shareUrl());
			case 'markdown':
				return void this.#output('Markdown', toMarkdown(this.#exportRun()));
			case 'csv':
				return this.#download('csv', 'text/csv', toCsv(this.#exportRun()));
			case 'json':
				return this.#download('json', 'application/json', toJson(this.#exportRun()));
			case 'print':
				return window.print();
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
		const url = new URL(location.href);
		url.searchParams.delete(SHARE_PARAM);
		history.replaceState(null, '', url);
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
		this.#notice(NOTICES.tooManyRuns);
		return false;
	}

	/** Adds a run and makes it the active one; call {@link #canAddRun} first. */
	#addRun(run: ChecklistRun): void {
		this.#change((store) => ({ ...store, runs: [...store.runs, run], active: run.id }));
	}

	/** The link that opens `run` (the current one unless said) as a shared view. */
	#shareUrl(run: { name: string; checked: readonly string[] } = this.#run()): string {
		const url = new URL(location.href);
		url.hash = '';
		url.searchParams.set(
			SHARE_PARAM,
			encodeShare({
				name: run.name,
				checked: [...run.checked],
				fingerprint: this.dataset['version'] ?? '',
			}),
		);
		return url.href;
	}

	#exportRun() {
		const shown = this.#shared ?? this.#run();
		return {
			checklistId: this.dataset['checklistId'] ?? '',
			title: this.dataset['title'] ?? '',
			url: `${location.origin}${location.pathname}`,
			runName: shown.name,
			date: toLocalCalendarDate(new Date()),
			items: this.#items,
			checked: new Set(shown.checked),
			stateUrl: this.#shareUrl(shown),
		};
	}

	async #output(label: string, text: string): Promise<void> {
		this.#part('output-label').textContent = label;
		this.#part<HTMLTextAreaElement>('output-field').value = text;
		this.#part('output').hidden = false;
		try {
			await navigator.clipboard.writeText(text);
			this.#part('output-label').textContent = `${label} (copied)`;
		} catch {
			this.#part<HTMLTextAreaElement>('output-field').select();
		}
	}

	#download(extension: string, type: string, text: string): void {
		const slug = this.#exportRun()
			.runName.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob([text], { type }));
		link.download = `${this.dataset['checklistId'] ?? 'checklist'}-${slug || 'run'}.${extension}`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 1000);
	}

	async #import(input: HTMLInputElement): Promise<void> {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const result = parseImport(await file.text(), this.dataset['checklistId'] ?? '');
		if (!result.ok) return this.#notice(result.message);
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
		const run = shared ?? this.#run();
		const { known, unknown } = splitKnown(run.checked, new Set(this.#ids()));
		const done = new Set(known);
		const role = this.#part<HTMLSelectElement>('role-filter').value;
		const requiredOnly = this.#part<HTMLInputElement>('required-only').checked;
		for (const item of this.#items) {
			item.checkbox.checked = done.has(item.id);
			item.checkbox.disabled = Boolean(shared);
			item.element.hidden =
				(role !== '' && item.roleId !== role) || (requiredOnly && !item.required);
		}
		for (const section of this.querySelectorAll<HTMLElement>('[data-section]')) {
			section.hidden = !section.querySelector('[data-item-id]:not([hidden])');
		}
		const progress = summariseRun(this.#items, done);
		this.#part('progress').textContent = progress;
		this.#part('print-progress').textContent = progress;
		this.#part('progress-sticky').textContent = progress;
		const select = this.#part<HTMLSelectElement>('run-select');
		select.replaceChildren(
			...this.#store.runs.map(
				(candidate) =>
					new Option(candidate.name, candidate.id, false, candidate.id === this.#store.active),
			),
		);
		this.#part('shared').hidden = !shared;
		this.#part('own').hidden = Boolean(shared);
		this.querySelector<HTMLElement>('[data-action="reset"]')!.hidden = Boolean(shared);
		this.#part('name-form').hidden = !this.#naming || Boolean(shared);
		if (shared) {
			this.#part('shared-name').textContent = shared.name;
			this.#part('shared-summary').textContent = `${done.size} of ${this.#items.length} done`;
			this.#part('shared-stale').hidden = !shared.stale;
		}
		this.#part('unknown').hidden = unknown.length === 0;
		this.#part('unknown-list').replaceChildren(
			...unknown.map((id) => Object.assign(document.createElement('li'), { textContent: id })),
		);
		this.#part('print-run').textContent = shared ? `${shared.name} (shared)` : run.name;
	}
}

customElements.define('pdp-checklist', PdpChecklist);
