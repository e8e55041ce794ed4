import { UndoOffer } from '../shared/undo.client.ts';
import {
	ASSESSMENT_LIMITS,
	assessmentStorageKey,
	cleanAssessmentName,
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
import { assessmentFileName, toAssessmentMarkdown } from '../../lib/checklists/assessment-score.ts';
import {
	decodeAssessmentShare,
	type DecodedAssessmentShare,
} from '../../lib/checklists/assessment-share.ts';
import { ASSESS_FRAGMENT, sharedAssessmentOf } from '../../lib/checklists/review-mode.ts';
import { assessmentShareUrl, describeShare } from './assessment-share.client.ts';
import { copyText, downloadText } from './assessment-export.client.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { AssessmentStorage } from './assessment-storage.client.ts';
import { readItemViews, renderAssessment, type ItemView } from './assessment-view.client.ts';

/** Notes are saved this long after the last keystroke, and at once when the page is left. */
const NOTE_SAVE_DELAY = 400;

const NOTICES = {
	tooMany: `This browser keeps at most ${ASSESSMENT_LIMITS.assessments} assessments of a checklist: delete one to start another.`,
	badLink:
		'This assessment link is damaged or incomplete, so your own assessments are shown instead.',
} as const;

/**
 * `<pdp-assessment>`: rates each item of a quality-gate checklist (met, partly, not met, not
 * applicable) with an evidence note, scores sections and the whole gate as the user goes, keeps
 * named assessments in this browser and exports one as a Markdown review record.
 */
class PdpAssessment extends HTMLElement {
	#storage = new AssessmentStorage('', () => undefined);
	#items: ItemView[] = [];
	#store: AssessmentStore = createAssessmentStore();
	#naming: 'new' | 'rename' | undefined;
	#undo: UndoOffer<AssessmentStore> | undefined;
	#saveTimer: number | undefined;
	/** Someone else's assessment from a share link, shown read-only and never stored unless saved. */
	#shared: DecodedAssessmentShare | undefined;

	connectedCallback(): void {
		const key = assessmentStorageKey(this.dataset['checklistId'] ?? '');
		this.#storage = new AssessmentStorage(key, (text) => this.#notice(text));
		this.#items = readItemViews(this);
		this.#store = this.#storage.load() ?? this.#store;
		this.#openShared();
		window.addEventListener('hashchange', () => {
			if (this.#openShared()) this.#render();
		});
		window.addEventListener('beforeprint', () => this.#render());
		this.addEventListener('change', (event) => this.#onChange(event.target as HTMLElement));
		this.addEventListener('input', (event) => this.#onInput(event.target as HTMLElement));
		this.addEventListener('click', (event) => this.#onClick(event.target as HTMLElement));
		this.#part<HTMLFormElement>('name-form').addEventListener('submit', (event) => {
			event.preventDefault();
			this.#saveName();
		});
		window.addEventListener('storage', (event) => {
			// A tab that cannot save keeps what it shows rather than losing the user's changes.
			if ((event.key !== key && event.key !== null) || this.#storage.memoryOnly) return;
			this.#store = this.#storage.load() ?? this.#store;
			this.#render();
		});
		window.addEventListener('pagehide', () => this.#flush());
		document.addEventListener('visibilitychange', () => this.#flush());
		this.#part('loading').hidden = true;
		this.#part('ui').inert = false;
		this.#render();
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		return this.querySelector<T>(`[data-assess-${name}]`)!;
	}

	/** Reads a shared assessment from the URL's `#assess=` fragment; true when there is one. */
	#openShared(): boolean {
		const param = sharedAssessmentOf(location.hash);
		if (param === undefined) return false;
		this.#shared = decodeAssessmentShare(
			param,
			this.#items.map((item) => item.id),
		);
		if (!this.#shared) this.#notice(NOTICES.badLink);
		return true;
	}

	/** Back to the reader's own assessments, and the URL to plain Assess mode. */
	#leaveShared(): void {
		this.#shared = undefined;
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${location.search}${ASSESS_FRAGMENT}`,
		);
	}

	/** The assessment on screen: a shared one, or the reader's own active one. */
	#shown(): Pick<Assessment, 'name' | 'ratings'> {
		return this.#shared ?? this.#active();
	}

	#active(): Assessment {
		const { assessments, active } = this.#store;
		return assessments.find((assessment) => assessment.id === active) ?? assessments[0]!;
	}

	#notice(text: string): void {
		const notice = this.#part('notice');
		notice.textContent = text;
		notice.hidden = !text;
	}

	#flush(): void {
		if (this.#saveTimer === undefined) return;
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		this.#storage.save(this.#store);
	}

	#change(update: (store: AssessmentStore) => AssessmentStore): void {
		this.#store = update(this.#store);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		this.#storage.save(this.#store);
		this.#render();
	}

	#withActive(update: (assessment: Assessment) => Assessment): void {
		this.#change((store) => updateActiveAssessment(store, update));
	}

	#itemOf(target: HTMLElement): ItemView | undefined {
		const fieldset = target.closest('[data-assess-item]');
		return this.#items.find((item) => item.fieldset === fieldset);
	}

	#onChange(target: HTMLElement): void {
		if (this.#shared) return;
		if (target instanceof HTMLSelectElement) {
			return this.#change((store) => ({ ...store, active: target.value }));
		}
		const item = this.#itemOf(target);
		if (!item || !(target instanceof HTMLInputElement) || target.type !== 'radio') return;
		const rating = target.value as Rating;
		this.#withActive((assessment) => updateItem(assessment, item.id, { rating }));
	}

	#onInput(target: HTMLElement): void {
		const item = this.#itemOf(target);
		if (!item || target !== item.note || this.#shared) return;
		const note = item.note.value;
		this.#store = updateActiveAssessment(this.#store, (assessment) =>
			updateItem(assessment, item.id, { note }),
		);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = window.setTimeout(() => this.#flush(), NOTE_SAVE_DELAY);
	}

	#onClick(target: HTMLElement): void {
		const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
		const name = this.#active().name;
		switch (action) {
			case 'new':
				if (!this.#canAdd()) return;
				return this.#askName('new');
			case 'rename':
				return this.#askName('rename');
			case 'cancel-name':
				this.#naming = undefined;
				return this.#render();
			case 'delete':
				return this.#withUndo(`Deleted “${name}”.`, deleteActiveAssessment);
			case 'undo': {
				const previous = this.#undo?.take();
				if (previous) this.#change(() => previous);
				return;
			}
			case 'clear-rating': {
				const item = this.#itemOf(target);
				if (!item) return;
				this.#withActive((assessment) => clearItemRating(assessment, item.id));
				return item.radios[0]?.focus();
			}
			case 'download':
				return this.#download();
			case 'copy':
				return void this.#copy();
			case 'share':
				return void this.#share();
			case 'print':
				return window.print();
			case 'save-shared':
				return this.#saveShared();
			case 'leave-shared':
				this.#leaveShared();
				return this.#render();
		}
	}

	/** True while another assessment fits; otherwise says why not (the store keeps no more). */
	#canAdd(): boolean {
		if (this.#store.assessments.length < ASSESSMENT_LIMITS.assessments) return true;
		this.#notice(NOTICES.tooMany);
		return false;
	}

	#saveShared(): void {
		const shared = this.#shared;
		if (!shared || !this.#canAdd()) return;
		const saved: Assessment = {
			...createAssessment(shared.name),
			ratings: new Map(shared.ratings),
		};
		this.#leaveShared();
		this.#change((store) => ({
			...store,
			assessments: [...store.assessments, saved],
			active: saved.id,
		}));
	}

	/** The link to exactly the assessment shown, and how many of its notes it had to shorten. */
	#shareLink(): { url: string | undefined; shortened: number } {
		return assessmentShareUrl(this.#shown(), this.dataset['version'] ?? '');
	}

	async #share(): Promise<void> {
		const { url, shortened } = this.#shareLink();
		const field = this.#part<HTMLTextAreaElement>('share-field');
		field.value = url ?? '';
		this.#part('share').hidden = !url;
		const copied = url !== undefined && (await copyText(url));
		if (url && !copied) field.select();
		this.#part('share-status').textContent = describeShare(url !== undefined, copied, shortened);
	}

	#withUndo(text: string, update: (store: AssessmentStore) => AssessmentStore): void {
		this.#undo ??= new UndoOffer(this.#part('undo'), this.#part('undo-text'));
		this.#undo.offer(this.#store, text);
		this.#change(update);
	}

	#nameInput(): HTMLInputElement {
		return this.#part<HTMLFormElement>('name-form').elements.namedItem('name') as HTMLInputElement;
	}

	#askName(mode: 'new' | 'rename'): void {
		this.#naming = mode;
		this.#render();
		const input = this.#nameInput();
		input.value = mode === 'rename' ? this.#active().name : '';
		input.focus();
	}

	#saveName(): void {
		const name = cleanAssessmentName(this.#nameInput().value);
		if (!name) return;
		const mode = this.#naming;
		this.#naming = undefined;
		if (mode === 'rename') {
			this.#withActive((assessment) => ({ ...assessment, name, updated: Date.now() }));
		} else {
			const created = createAssessment(name);
			this.#change((store) => ({
				...store,
				assessments: [...store.assessments, created],
				active: created.id,
			}));
		}
		// The form has gone: focus moves to the assessment it named, not to the page's start.
		this.#part('select').focus();
	}

	#markdown(): { text: string; fileName: string } {
		const { name, ratings } = this.#shown();
		const date = toLocalCalendarDate(new Date());
		const text = toAssessmentMarkdown({
			title: this.dataset['title'] ?? '',
			version: this.dataset['version'],
			lastReviewed: this.dataset['lastReviewed'],
			name,
			date,
			items: this.#items,
			ratings,
			stateUrl: this.#shareLink().url,
		});
		return { text, fileName: assessmentFileName(this.dataset['checklistId'] ?? '', name, date) };
	}

	#download(): void {
		const { text, fileName } = this.#markdown();
		downloadText(fileName, text, 'text/markdown');
		this.#part('export-status').textContent = `Downloaded ${fileName}.`;
	}

	async #copy(): Promise<void> {
		const { text } = this.#markdown();
		const copied = await copyText(text);
		const field = this.#part<HTMLTextAreaElement>('output-field');
		field.value = copied ? '' : text;
		this.#part('output').hidden = copied;
		if (!copied) field.select();
		this.#part('export-status').textContent = copied
			? 'Copied the Markdown to the clipboard.'
			: 'This browser did not allow copying: the Markdown is selected below.';
	}

	#render(): void {
		const shared = this.#shared;
		const shown = this.#shown();
		renderAssessment(this, this.#items, shown, Boolean(shared));
		this.#part('shared').hidden = !shared;
		this.#part('own').hidden = Boolean(shared);
		if (shared) {
			const rated = this.#items.filter((item) => shared.ratings.get(item.id)?.rating).length;
			this.#part('shared-name').textContent = shared.name;
			this.#part('shared-summary').textContent = `${rated} of ${this.#items.length} rated`;
			this.#part('shared-stale').hidden = !shared.stale;
		}
		this.#part('print-name').textContent = shared ? `${shown.name} (shared)` : shown.name;
		this.#part('print-date').textContent = toLocalCalendarDate(new Date());
		this.#part<HTMLSelectElement>('select').replaceChildren(
			...this.#store.assessments.map(
				({ id, name }) => new Option(name, id, false, id === this.#store.active),
			),
		);
		this.#part('name-form').hidden = !this.#naming || Boolean(shared);
	}
}

customElements.define('pdp-assessment', PdpAssessment);
