import { isStorageFull } from '../shared/storage.client.ts';
import { decodeStore, encodeStore, type ChecklistStore } from '../../lib/checklists/state.ts';

/** What the page tells the user when the runs cannot be read or saved. */
const NOTICES = {
	unavailable:
		'This browser does not let the page save (private mode or blocked storage): your ticks last until you close the tab.',
	full: 'Browser storage is full: your latest ticks are kept until you close the tab, but not saved.',
	corrupt:
		'Saved ticks for this checklist could not be read and were set aside; you start with an empty run.',
} as const;

/**
 * A checklist's runs in localStorage. Storage that throws or is full leaves the page working in
 * memory, and runs that cannot be read are set aside under `<key>:set-aside` (one copy, the
 * latest) before the page starts with an empty run; each says why through `notify`.
 */
export class ChecklistStorage {
	readonly key: string;
	readonly #notify: (text: string) => void;
	/** True once storage has refused a read or a write: nothing more is written. */
	#memoryOnly = false;

	constructor(key: string, notify: (text: string) => void) {
		this.key = key;
		this.#notify = notify;
	}

	/** The stored runs, or undefined when storage cannot be read (keep what is shown). */
	load(): ChecklistStore | undefined {
		let raw: string | null;
		try {
			raw = localStorage.getItem(this.key);
		} catch {
			this.#memoryOnly = true;
			this.#notify(NOTICES.unavailable);
			return undefined;
		}
		const { store, problem } = decodeStore(raw);
		if (!problem) return store;
		this.#notify(NOTICES.corrupt);
		try {
			// Kept, not lost: one copy of what could not be read, for support to recover by hand.
			if (raw !== null) localStorage.setItem(`${this.key}:set-aside`, raw);
		} catch {
			// Storage that cannot hold the copy as well: the fresh run still works.
		}
		return store;
	}

	/** Writes the runs, unless storage has refused before. */
	save(store: ChecklistStore): void {
		if (this.#memoryOnly) return;
		try {
			localStorage.setItem(this.key, encodeStore(store));
		} catch (error) {
			this.#memoryOnly = true;
			this.#notify(isStorageFull(error) ? NOTICES.full : NOTICES.unavailable);
		}
	}
}
