import { createStore, type ChecklistRun, type ChecklistStore } from '../../lib/checklists/state.ts';

/** The run the reader is working on: the active one, or the first when the active id is unknown. */
export function activeRun(store: ChecklistStore): ChecklistRun {
	return store.runs.find((run) => run.id === store.active) ?? store.runs[0]!;
}

/** The store with the active run changed by `update` and stamped with the time of the change. */
export function updateActiveRun(
	store: ChecklistStore,
	update: (run: ChecklistRun) => Partial<ChecklistRun>,
	now = Date.now(),
): ChecklistStore {
	return {
		...store,
		runs: store.runs.map((run) =>
			run.id === store.active ? { ...run, ...update(run), updated: now } : run,
		),
	};
}

/** The store with `run` added as the active one (the caller keeps to `LIMITS.runs`). */
export function addRun(store: ChecklistStore, run: ChecklistRun): ChecklistStore {
	return { ...store, runs: [...store.runs, run], active: run.id };
}

/** The store without the run `id`: the first run left becomes active, or a fresh one is started. */
export function deleteRun(store: ChecklistStore, id: string): ChecklistStore {
	const runs = store.runs.filter((candidate) => candidate.id !== id);
	const fresh = createStore();
	return runs[0] ? { ...store, runs, active: runs[0].id } : fresh;
}

/** The store with the ticks of the run `id` cleared. */
export function resetRun(store: ChecklistStore, id: string): ChecklistStore {
	return {
		...store,
		runs: store.runs.map((candidate) =>
			candidate.id === id ? { ...candidate, checked: [] } : candidate,
		),
	};
}
