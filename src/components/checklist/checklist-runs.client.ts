import type { UndoOffer } from '../shared/undo.client.ts';
import {
	createStore,
	LIMITS,
	newRunId,
	type ChecklistRun,
	type ChecklistStore,
} from '../../lib/checklist-state.ts';
import type { ChecklistStorage } from './checklist-storage.client.ts';

const TOO_MANY_RUNS = `This checklist already keeps ${String(LIMITS.runs)} runs, the most it can: delete one before you start another.`;

/**
 * The reader's runs of one checklist: which one is active and what each has ticked. Every
 * change is saved at once and then reported through `onChange`; deleting or resetting a run can
 * be undone for a while.
 */
export class ChecklistRuns {
	#store: ChecklistStore = createStore();
	readonly #storage: ChecklistStorage;
	readonly #undo: UndoOffer<ChecklistStore>;
	readonly #notify: (text: string) => void;
	readonly #onChange: () => void;

	constructor(options: {
		storage: ChecklistStorage;
		undo: UndoOffer<ChecklistStore>;
		notify: (text: string) => void;
		onChange: () => void;
	}) {
		this.#storage = options.storage;
		this.#undo = options.undo;
		this.#notify = options.notify;
		this.#onChange = options.onChange;
	}

	/** The runs and which one is active, as stored. */
	get store(): ChecklistStore {
		return this.#store;
	}

	/** The run the reader is working on. */
	get active(): ChecklistRun {
		return this.#store.runs.find((run) => run.id === this.#store.active) ?? this.#store.runs[0]!;
	}

	/**
	 * Reads the runs from storage, again when another tab has changed them; keeps what it has when
	 * storage cannot be read.
	 */
	load(): void {
		this.#store = this.#storage.load() ?? this.#store;
	}

	/** Makes the run with this id the active one. */
	select(id: string): void {
		this.#change((store) => ({ ...store, active: id }));
	}

	/** Ticks an item in the active run, or takes its tick away. */
	tick(itemId: string, checked: boolean): void {
		this.#updateActive((run) => ({
			checked: checked ? [...run.checked, itemId] : run.checked.filter((id) => id !== itemId),
		}));
	}

	rename(name: string): void {
		this.#updateActive(() => ({ name }));
	}

	/** True while another run fits; otherwise says why not. The store keeps `LIMITS.runs` at most. */
	canAdd(): boolean {
		if (this.#store.runs.length < LIMITS.runs) return true;
		this.#notify(TOO_MANY_RUNS);
		return false;
	}

	/** Starts a run and makes it the active one; ask {@link canAdd} first. */
	add(name: string, checked: string[] = []): void {
		const run: ChecklistRun = { id: newRunId(), name, checked, updated: Date.now() };
		this.#change((store) => ({ ...store, runs: [...store.runs, run], active: run.id }));
	}

	/** Deletes the active run; once the last one has gone, the reader starts afresh. */
	deleteActive(): void {
		const { id, name } = this.active;
		this.#withUndo(`Deleted “${name}”.`, (store) => {
			const runs = store.runs.filter((candidate) => candidate.id !== id);
			const fresh = createStore();
			return runs[0] ? { ...store, runs, active: runs[0].id } : fresh;
		});
	}

	/** Clears the active run's ticks. */
	resetActive(): void {
		const { id, name } = this.active;
		this.#withUndo(`Cleared the ticks of “${name}”.`, (store) => ({
			...store,
			runs: store.runs.map((candidate) =>
				candidate.id === id ? { ...candidate, checked: [] } : candidate,
			),
		}));
	}

	/** Takes back the last delete or reset, while the offer stands. */
	undo(): void {
		const previous = this.#undo.take();
		if (previous) this.#change(() => previous);
	}

	#change(update: (store: ChecklistStore) => ChecklistStore): void {
		this.#store = update(this.#store);
		this.#storage.save(this.#store);
		this.#onChange();
	}

	#updateActive(update: (run: ChecklistRun) => Partial<ChecklistRun>): void {
		this.#change((store) => ({
			...store,
			runs: store.runs.map((run) =>
				run.id === store.active ? { ...run, ...update(run), updated: Date.now() } : run,
			),
		}));
	}

	#withUndo(text: string, update: (store: ChecklistStore) => ChecklistStore): void {
		this.#undo.offer(this.#store, text);
		this.#change(update);
	}
}
