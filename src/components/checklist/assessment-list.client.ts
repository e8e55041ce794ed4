import type { UndoOffer } from '../shared/undo.client.ts';
import {
	ASSESSMENT_LIMITS,
	clearItemRating,
	createAssessment,
	createAssessmentStore,
	deleteActiveAssessment,
	updateActiveAssessment,
	updateItem,
	type Assessment,
	type AssessmentStore,
	type Rating,
} from '../../lib/checklists/assessment-state.ts';
import type { AssessmentStorage } from './assessment-storage.client.ts';

/** Notes are saved this long after the last keystroke, and at once when the page is left. */
const NOTE_SAVE_DELAY = 400;

const TOO_MANY = `This browser keeps at most ${ASSESSMENT_LIMITS.assessments} assessments of a checklist: delete one to start another.`;

/**
 * The reader's assessments of one checklist: which one is active, and each item's rating and
 * evidence note. A change is saved at once and then reported through `onChange`, except a note,
 * saved shortly after typing stops; deleting an assessment can be undone for a while.
 */
export class AssessmentList {
	#store: AssessmentStore = createAssessmentStore();
	#saveTimer: number | undefined;
	readonly #storage: AssessmentStorage;
	readonly #undo: UndoOffer<AssessmentStore>;
	readonly #notify: (text: string) => void;
	readonly #onChange: () => void;

	constructor(options: {
		storage: AssessmentStorage;
		undo: UndoOffer<AssessmentStore>;
		notify: (text: string) => void;
		onChange: () => void;
	}) {
		this.#storage = options.storage;
		this.#undo = options.undo;
		this.#notify = options.notify;
		this.#onChange = options.onChange;
	}

	/** The assessments and which one is active, as stored. */
	get store(): AssessmentStore {
		return this.#store;
	}

	/** The assessment the reader is working on. */
	get active(): Assessment {
		const { assessments, active } = this.#store;
		return assessments.find((assessment) => assessment.id === active) ?? assessments[0]!;
	}

	/** Reads the assessments from storage; keeps what it has when storage cannot be read. */
	load(): void {
		this.#store = this.#storage.load() ?? this.#store;
	}

	/**
	 * Follows another tab's change. A tab that cannot save keeps what it shows rather than
	 * losing the reader's changes.
	 */
	reload(): void {
		if (this.#storage.memoryOnly) return;
		this.load();
		this.#onChange();
	}

	/** Makes the assessment with this id the active one. */
	select(id: string): void {
		this.#change((store) => ({ ...store, active: id }));
	}

	rate(itemId: string, rating: Rating): void {
		this.#withActive((assessment) => updateItem(assessment, itemId, { rating }));
	}

	clearRating(itemId: string): void {
		this.#withActive((assessment) => clearItemRating(assessment, itemId));
	}

	/** Keeps an item's note as typed, saved once typing stops (the field already shows it). */
	note(itemId: string, note: string): void {
		this.#store = updateActiveAssessment(this.#store, (assessment) =>
			updateItem(assessment, itemId, { note }),
		);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = window.setTimeout(() => this.flush(), NOTE_SAVE_DELAY);
	}

	/** Saves a note still waiting for typing to stop (the page is being left or hidden). */
	flush(): void {
		if (this.#saveTimer === undefined) return;
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		this.#storage.save(this.#store);
	}

	rename(name: string): void {
		this.#withActive((assessment) => ({ ...assessment, name, updated: Date.now() }));
	}

	/** True while another assessment fits; otherwise says why not (the store keeps no more). */
	canAdd(): boolean {
		if (this.#store.assessments.length < ASSESSMENT_LIMITS.assessments) return true;
		this.#notify(TOO_MANY);
		return false;
	}

	/** Starts an assessment, with these ratings if given, and makes it active; see {@link canAdd}. */
	add(name: string, ratings?: Assessment['ratings']): void {
		const created = createAssessment(name);
		const added: Assessment = ratings ? { ...created, ratings: new Map(ratings) } : created;
		this.#change((store) => ({
			...store,
			assessments: [...store.assessments, added],
			active: added.id,
		}));
	}

	deleteActive(): void {
		this.#undo.offer(this.#store, `Deleted “${this.active.name}”.`);
		this.#change(deleteActiveAssessment);
	}

	/** Takes back the last delete, while the offer stands. */
	undo(): void {
		const previous = this.#undo.take();
		if (previous) this.#change(() => previous);
	}

	#change(update: (store: AssessmentStore) => AssessmentStore): void {
		this.#store = update(this.#store);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		this.#storage.save(this.#store);
		this.#onChange();
	}

	#withActive(update: (assessment: Assessment) => Assessment): void {
		this.#change((store) => updateActiveAssessment(store, update));
	}
}
