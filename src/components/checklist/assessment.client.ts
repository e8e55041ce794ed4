import { UndoOffer } from '../shared/undo.client.ts';
import {
	assessmentStorageKey,
	cleanAssessmentName,
	type Assessment,
	type Rating,
} from '../../lib/checklists/assessment-state.ts';
import {
	decodeAssessmentShare,
	type DecodedAssessmentShare,
} from '../../lib/checklists/assessment-share.ts';
import { sharedAssessmentOf } from '../../lib/checklists/review-mode.ts';
import { AssessmentList } from './assessment-list.client.ts';
import { AssessmentStorage } from './assessment-storage.client.ts';
import {
	assessmentPart,
	readItemViews,
	renderAssessment,
	type ItemView,
} from './assessment-view.client.ts';
import { renderToolbar, showNotice } from './assessment-toolbar.client.ts';
import {
	assessmentShareUrl,
	dropSharedAssessment,
	showShareLink,
	type AssessmentShareLink,
} from './assessment-share.client.ts';
import { exportMarkdown } from './assessment-export.client.ts';

const BAD_LINK =
	'This assessment link is damaged or incomplete, so your own assessments are shown instead.';

/**
 * `<pdp-assessment>`: rates each item of a quality-gate checklist (met, partly, not met, not
 * applicable) with an evidence note, scores sections and the whole gate as the user goes, keeps
 * named assessments in this browser and exports one as a Markdown review record.
 */
class PdpAssessment extends HTMLElement {
	#items: ItemView[] = [];
	/** Set up once the element is connected, from the parts the server rendered. */
	#list!: AssessmentList;
	#naming: 'new' | 'rename' | undefined;
	/** Someone else's assessment from a share link, shown read-only and never stored unless saved. */
	#shared: DecodedAssessmentShare | undefined;

	connectedCallback(): void {
		const key = assessmentStorageKey(this.dataset['checklistId'] ?? '');
		const notify = (text: string) => showNotice(this, text);
		this.#list = new AssessmentList({
			storage: new AssessmentStorage(key, notify),
			undo: new UndoOffer(this.#part('undo'), this.#part('undo-text')),
			notify,
			onChange: () => this.#render(),
		});
		this.#items = readItemViews(this);
		this.#list.load();
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
			if (event.key === key || event.key === null) this.#list.reload();
		});
		window.addEventListener('pagehide', () => this.#list.flush());
		document.addEventListener('visibilitychange', () => this.#list.flush());
		this.#part('loading').hidden = true;
		this.#part('ui').inert = false;
		this.#render();
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		return assessmentPart<T>(this, name);
	}

	/** Reads a shared assessment from the URL's `#assess=` fragment; true when there is one. */
	#openShared(): boolean {
		const param = sharedAssessmentOf(location.hash);
		if (param === undefined) return false;
		this.#shared = decodeAssessmentShare(
			param,
			this.#items.map((item) => item.id),
		);
		if (!this.#shared) showNotice(this, BAD_LINK);
		return true;
	}

	/** Back to the reader's own assessments, and the URL to plain Assess mode. */
	#leaveShared(): void {
		this.#shared = undefined;
		dropSharedAssessment();
	}

	/** The assessment on screen: a shared one, or the reader's own active one. */
	#shown(): Pick<Assessment, 'name' | 'ratings'> {
		return this.#shared ?? this.#list.active;
	}

	#itemOf(target: HTMLElement): ItemView | undefined {
		const fieldset = target.closest('[data-assess-item]');
		return this.#items.find((item) => item.fieldset === fieldset);
	}

	#onChange(target: HTMLElement): void {
		if (this.#shared) return;
		if (target instanceof HTMLSelectElement) return this.#list.select(target.value);
		const item = this.#itemOf(target);
		if (!item || !(target instanceof HTMLInputElement) || target.type !== 'radio') return;
		this.#list.rate(item.id, target.value as Rating);
	}

	#onInput(target: HTMLElement): void {
		const item = this.#itemOf(target);
		if (!item || target !== item.note || this.#shared) return;
		this.#list.note(item.id, item.note.value);
	}

	#onClick(target: HTMLElement): void {
		const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
		switch (action) {
			case 'new':
				if (!this.#list.canAdd()) return;
				return this.#askName('new');
			case 'rename':
				return this.#askName('rename');
			case 'cancel-name':
				this.#naming = undefined;
				return this.#render();
			case 'delete':
				return this.#list.deleteActive();
			case 'undo':
				return this.#list.undo();
			case 'clear-rating': {
				const item = this.#itemOf(target);
				if (!item) return;
				this.#list.clearRating(item.id);
				return item.radios[0]?.focus();
			}
			case 'download':
			case 'copy':
				return void exportMarkdown(
					this,
					this.#items,
					{ ...this.#shown(), stateUrl: this.#shareLink().url },
					action,
				);
			case 'share':
				return void showShareLink(this, this.#shareLink());
			case 'print':
				return window.print();
			case 'engagement':
				// The workspace files it (engagement-filing.client.ts); this page carries none of that code.
				return location.assign(
					`/engagements/?file=${this.dataset['checklistId'] ?? ''}:assessment:${this.#list.active.id}`,
				);
			case 'save-shared':
				return this.#saveShared();
			case 'leave-shared':
				this.#leaveShared();
				return this.#render();
		}
	}

	/** Keeps the shared assessment as one of the reader's own, and shows it as theirs. */
	#saveShared(): void {
		const shared = this.#shared;
		if (!shared || !this.#list.canAdd()) return;
		this.#leaveShared();
		this.#list.add(shared.name, shared.ratings);
	}

	/** The link to exactly the assessment shown, and how many of its notes it had to shorten. */
	#shareLink(): AssessmentShareLink {
		return assessmentShareUrl(this.#shown(), this.dataset['version'] ?? '');
	}

	#nameInput(): HTMLInputElement {
		return this.#part<HTMLFormElement>('name-form').elements.namedItem('name') as HTMLInputElement;
	}

	#askName(mode: 'new' | 'rename'): void {
		this.#naming = mode;
		this.#render();
		const input = this.#nameInput();
		input.value = mode === 'rename' ? this.#list.active.name : '';
		input.focus();
	}

	#saveName(): void {
		const name = cleanAssessmentName(this.#nameInput().value);
		if (!name) return;
		const mode = this.#naming;
		this.#naming = undefined;
		if (mode === 'rename') this.#list.rename(name);
		else this.#list.add(name);
		// The form has gone: focus moves to the assessment it named, not to the page's start.
		this.#part('select').focus();
	}

	#render(): void {
		const shown = this.#shown();
		renderAssessment(this, this.#items, shown, Boolean(this.#shared));
		renderToolbar(this, this.#items, {
			store: this.#list.store,
			shownName: shown.name,
			shared: this.#shared,
			naming: this.#naming !== undefined,
		});
	}
}

customElements.define('pdp-assessment', PdpAssessment);
