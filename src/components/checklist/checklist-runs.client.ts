import { SavedState, type SavedStateOptions } from '../shared/saved-state.client.ts';
import {
	createStore,
	LIMITS,
	newRunId,
	type ChecklistRun,
	type ChecklistStore,
} from '../../lib/checklist-state.ts';

const TOO_MANY_RUNS = `This checklist already keeps ${String(LIMITS.runs)} runs, the most it can: delete one before you start another.`;

/**
 * The reader's runs of one checklist, kept in browser storage: which one is active and what each
 * has ticked. Deleting or resetting a run can be undone for a while.
 */
export class ChecklistRuns extends SavedState<ChecklistStore> {
	readonly #notify: (text: string) => void;

	constructor(options: SavedStateOptions<ChecklistStore> & { notify: (text: string) => void }) {
		super(createStore(), options);
		this.#notify = options.notify;
	}

	/** The run the reader is working on. */
	get active(): ChecklistRun {
		const { runs, active } = this.current;
		return runs.find((run) => run.id === active) ?? runs[0]!;
	}

	/** Makes the run with this id the active one. */
	select(id: string): void {
		this.change((store) => ({ ...store, active: id }));
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
		if (this.current.runs.length < LIMITS.runs) return true;
		this.#notify(TOO_MANY_RUNS);
		return false;
	}

	/** Starts a run and makes it the active one; ask {@link canAdd} first. */
	add(name: string, checked: string[] = []): void {
		const run: ChecklistRun = { id: newRunId(), name, checked, updated: Date.now() };
		this.change((store) => ({ ...store, runs: [...store.runs, run], active: run.id }));
	}

	/** Deletes the active run; once the last one has gone, the reader starts afresh. */
	deleteActive(): void {
		const { id, name } = this.active;
		this.changeWithUndo(`Deleted “${name}”.`, (store) => {
			const runs = store.runs.filter((candidate) => candidate.id !== id);
			const fresh = createStore();
			return runs[0] ? { ...store, runs, active: runs[0].id } : fresh;
		});
	}

	/** Clears the active run's ticks. */
	resetActive(): void {
		const { id, name } = this.active;
		this.changeWithUndo(`Cleared the ticks of “${name}”.`, (store) => ({
			...store,
			runs: store.runs.map((candidate) =>
				candidate.id === id ? { ...candidate, checked: [] } : candidate,
			),
		}));
	}

	#updateActive(update: (run: ChecklistRun) => Partial<ChecklistRun>): void {
		this.change((store) => ({
			...store,
			runs: store.runs.map((run) =>
				run.id === store.active ? { ...run, ...update(run), updated: Date.now() } : run,
			),
		}));
	}
}
