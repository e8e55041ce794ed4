import { SavedState, type SavedStateOptions } from '../shared/saved-state.client.ts';
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
} from '../../lib/assessment-state.ts';

/** Notes are saved this long after the last keystroke, and at once when the page is left. */
const NOTE_SAVE_DELAY = 400;

const TOO_MANY = `This browser keeps at most ${ASSESSMENT_LIMITS.assessments} assessments of a checklist: delete one to start another.`;

/**
 * The reader's assessments of one checklist, kept in browser storage: which one is active, and
 * each item's rating and evidence note. Deleting an assessment can be undone for a while.
 */
export class AssessmentList extends SavedState<AssessmentStore> {
	readonly #notify: (text: string) => void;

	constructor(options: SavedStateOptions<AssessmentStore> & { notify: (text: string) => void }) {
		super(createAssessmentStore(), options);
		this.#notify = options.notify;
	}

	/** The assessment the reader is working on. */
	get active(): Assessment {
		const { assessments, active } = this.current;
		return assessments.find((assessment) => assessment.id === active) ?? assessments[0]!;
	}

	/** Makes the assessment with this id the active one. */
	select(id: string): void {
		this.change((store) => ({ ...store, active: id }));
	}

	rate(itemId: string, rating: Rating): void {
		this.#withActive((assessment) => updateItem(assessment, itemId, { rating }));
	}

	clearRating(itemId: string): void {
		this.#withActive((assessment) => clearItemRating(assessment, itemId));
	}

	/** Keeps an item's note as typed, saved once typing stops (the field already shows it). */
	note(itemId: string, note: string): void {
		this.changeQuietly(
			(store) =>
				updateActiveAssessment(store, (assessment) => updateItem(assessment, itemId, { note })),
			NOTE_SAVE_DELAY,
		);
	}

	rename(name: string): void {
		this.#withActive((assessment) => ({ ...assessment, name, updated: Date.now() }));
	}

	/** True while another assessment fits; otherwise says why not (the store keeps no more). */
	canAdd(): boolean {
		if (this.current.assessments.length < ASSESSMENT_LIMITS.assessments) return true;
		this.#notify(TOO_MANY);
		return false;
	}

	/** Starts an assessment, with these ratings if given, and makes it active; see {@link canAdd}. */
	add(name: string, ratings?: Assessment['ratings']): void {
		const created = createAssessment(name);
		const added: Assessment = ratings ? { ...created, ratings: new Map(ratings) } : created;
		this.change((store) => ({
			...store,
			assessments: [...store.assessments, added],
			active: added.id,
		}));
	}

	deleteActive(): void {
		this.changeWithUndo(`Deleted “${this.active.name}”.`, deleteActiveAssessment);
	}

	#withActive(update: (assessment: Assessment) => Assessment): void {
		this.change((store) => updateActiveAssessment(store, update));
	}
}
