import { isStorageFull } from '../shared/storage.client.ts';
import {
	ASSESSMENT_LIMITS,
	decodeAssessmentStore,
	encodeAssessmentStore,
	type AssessmentStore,
} from '../../lib/checklists/assessment-state.ts';

/** What the page tells the user when assessments cannot be read or saved (as the checklist does). */
export const ASSESSMENT_NOTICES = {
	unavailable:
		'This browser does not let the page save (private mode or blocked storage): your ratings and notes last until you close the tab.',
	full: 'Browser storage is full: your latest ratings and notes are kept until you close the tab, but not saved.',
	tooLarge:
		'These assessments are too large to save in this browser: delete one you no longer need. Your latest changes are kept until you close the tab.',
	corrupt:
		'Saved assessments for this checklist could not be read. They were set aside in this browser and you start with an empty assessment.',
} as const;

/**
 * A checklist's assessments in localStorage. Storage that throws leaves the page working in
 * memory, a full storage keeps changes in memory, and data that cannot be read is set aside
 * under `<key>:set-aside` (one copy, the latest) before the page starts fresh; each says why
 * through `notify` (an empty text withdraws the notice).
 */
export class AssessmentStorage {
	readonly key: string;
	/** True once storage has refused a read or a write: nothing more is written. */
	memoryOnly = false;
	readonly #notify: (text: string) => void;
	#tooLarge = false;

	constructor(key: string, notify: (text: string) => void) {
		this.key = key;
		this.#notify = notify;
	}

	/** The stored assessments, or undefined when storage cannot be read (keep what is shown). */
	load(): AssessmentStore | undefined {
		let raw: string | null;
		try {
			raw = localStorage.getItem(this.key);
		} catch {
			this.memoryOnly = true;
			this.#notify(ASSESSMENT_NOTICES.unavailable);
			return undefined;
		}
		const { store, problem } = decodeAssessmentStore(raw);
		if (problem && raw !== null) {
			try {
				localStorage.setItem(`${this.key}:set-aside`, raw);
			} catch {
				// Too large or no room for a copy: the notice still says the data was not used.
			}
			this.#notify(ASSESSMENT_NOTICES.corrupt);
		}
		return store;
	}

	/** Writes the assessments, unless storage has refused before. */
	save(store: AssessmentStore): void {
		if (this.memoryOnly) return;
		const text = encodeAssessmentStore(store);
		// The decoder refuses more than this, so writing it would lose everything on reload.
		if (text.length > ASSESSMENT_LIMITS.storedChars) {
			this.#tooLarge = true;
			this.#notify(ASSESSMENT_NOTICES.tooLarge);
			return;
		}
		try {
			localStorage.setItem(this.key, text);
			if (this.#tooLarge) this.#notify('');
			this.#tooLarge = false;
		} catch (error) {
			this.memoryOnly = true;
			const full = isStorageFull(error);
			this.#notify(full ? ASSESSMENT_NOTICES.full : ASSESSMENT_NOTICES.unavailable);
		}
	}
}
