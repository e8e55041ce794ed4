import { isStorageFull, openStorage } from '../shared/storage.client.ts';
import {
	decodeStore,
	encodeStore,
	storageKey,
	type ChecklistStore,
} from '../../lib/checklists/state.ts';
import {
	assessmentStorageKey,
	decodeAssessmentStore,
	encodeAssessmentStore,
	type AssessmentStore,
} from '../../lib/checklists/assessment-state.ts';
import {
	ENGAGEMENT_LIMITS,
	ENGAGEMENT_STORAGE_KEY,
	decodeEngagementStore,
	encodeEngagementStore,
} from '../../lib/engagements/store.ts';
import type { EngagementStore } from '../../lib/engagements/types.ts';

/** What the page tells the reader when storage cannot be read or written. */
const NOTICES = {
	unavailable:
		'This browser does not let the page save (private mode or blocked storage): your changes last until you close the tab.',
	full: 'Browser storage is full: your latest changes are kept until you close the tab, but not saved.',
	corrupt:
		'Saved engagements could not be read and were set aside; the workspace starts empty. Nothing else was changed.',
	tooMuch: `Not saved: the engagements would take more than ${ENGAGEMENT_LIMITS.storedChars.toLocaleString('en-GB')} characters, all this browser keeps for them. Export the records of engagements you have finished, then delete them here.`,
} as const;

/**
 * The workspace's view of browser storage: the engagements, and the runs and assessments of the
 * checklists it files. Storage that throws or is full leaves the page working in memory; state
 * that cannot be read is set aside under `<key>:set-aside` (one copy, the latest) before anything
 * is written over it, as the checklist page does; each says why through `notify`.
 */
export class WorkspaceStorage {
	readonly #notify: (text: string) => void;
	/** What was written once storage refused, so the page still works until the tab closes. */
	readonly #memory = new Map<string, string>();
	#memoryOnly = false;

	constructor(notify: (text: string) => void) {
		this.#notify = notify;
	}

	#read(key: string): string | null {
		if (this.#memoryOnly) return this.#memory.get(key) ?? null;
		const storage = openStorage();
		try {
			if (!storage) throw new Error('no storage');
			return storage.getItem(key);
		} catch {
			this.#memoryOnly = true;
			this.#notify(NOTICES.unavailable);
			return null;
		}
	}

	#write(key: string, text: string): void {
		this.#memory.set(key, text);
		if (this.#memoryOnly) return;
		try {
			openStorage()?.setItem(key, text);
		} catch (error) {
			this.#memoryOnly = true;
			this.#notify(isStorageFull(error) ? NOTICES.full : NOTICES.unavailable);
		}
	}

	#setAside(key: string, raw: string | null): void {
		if (raw === null || this.#memoryOnly) return;
		try {
			openStorage()?.setItem(`${key}:set-aside`, raw);
		} catch {
			// Storage that cannot hold the copy as well: the page still works.
		}
	}

	/** The engagements; damaged ones are set aside (with a notice) and an empty store is returned. */
	engagements(): EngagementStore {
		const raw = this.#read(ENGAGEMENT_STORAGE_KEY);
		const { store, problem } = decodeEngagementStore(raw);
		if (problem) {
			this.#setAside(ENGAGEMENT_STORAGE_KEY, raw);
			this.#notify(NOTICES.corrupt);
		}
		return store;
	}

	/** Saves the engagements; refused, with a notice, when they are more than the store reads back. */
	saveEngagements(store: EngagementStore): void {
		const text = encodeEngagementStore(store);
		if (text.length > ENGAGEMENT_LIMITS.storedChars) return this.#notify(NOTICES.tooMuch);
		this.#write(ENGAGEMENT_STORAGE_KEY, text);
	}

	/** A checklist's runs, or undefined when it has none (damaged ones are set aside first). */
	runs(checklist: string): ChecklistStore | undefined {
		const key = storageKey(checklist);
		const raw = this.#read(key);
		if (raw === null) return undefined;
		const { store, problem } = decodeStore(raw);
		if (!problem) return store;
		this.#setAside(key, raw);
		return undefined;
	}

	saveRuns(checklist: string, store: ChecklistStore): void {
		this.#write(storageKey(checklist), encodeStore(store));
	}

	/** A checklist's assessments, or undefined when it has none (damaged ones are set aside first). */
	assessments(checklist: string): AssessmentStore | undefined {
		const key = assessmentStorageKey(checklist);
		const raw = this.#read(key);
		if (raw === null) return undefined;
		const { store, problem } = decodeAssessmentStore(raw);
		if (!problem) return store;
		this.#setAside(key, raw);
		return undefined;
	}

	saveAssessments(checklist: string, store: AssessmentStore): void {
		this.#write(assessmentStorageKey(checklist), encodeAssessmentStore(store));
	}
}

/** True for the storage keys the workspace shows: a change to one in another tab redraws it. */
export function isWorkspaceKey(key: string | null): boolean {
	return (
		key === null ||
		key === ENGAGEMENT_STORAGE_KEY ||
		key.startsWith('pdp:checklist:v1:') ||
		key.startsWith('pdp:assessment:v1:')
	);
}
