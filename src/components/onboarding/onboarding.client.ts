import { isStorageFull } from '../shared/storage.client.ts';
import {
	PROGRESS_STORAGE_KEY,
	decodeProgress,
	describeProgress,
	encodeProgress,
	markStep,
	summariseProgress,
} from '../../lib/browser/onboarding-progress.ts';

const NOTICES = {
	unavailable:
		'This browser does not let the page save your progress (private mode or blocked storage): what you mark as read is kept only until you leave this page.',
	full: 'Browser storage is full: what you mark as read shows on this page, but is not saved.',
	corrupt: 'Your saved onboarding progress could not be read, so it starts fresh.',
} as const;

/** A step the element shows, with its "Mark as read" checkbox. */
interface Step {
	key: string;
	element: HTMLElement;
	toggle: HTMLInputElement;
}

/**
 * `<pdp-onboarding>`: on the onboarding page and on each step page, turns the server-rendered
 * path into one with "Mark as read" toggles, progress ("5 of 14 read"), the next unread step
 * and "Start over" with undo. Progress is kept in localStorage and follows other tabs.
 */
const SYNC_EVENT = 'pdp-onboarding-change';

class PdpOnboarding extends HTMLElement {
	#keys: string[] = [];
	#steps: Step[] = [];
	#read = new Set<string>();
	#memoryOnly = false;
	#undo: Set<string> | undefined;

	connectedCallback(): void {
		this.#keys = (this.dataset['steps'] ?? '').split(' ').filter(Boolean);
		this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step-key]')].flatMap((element) => {
			const toggle = element.querySelector<HTMLInputElement>('input[data-read-toggle]');
			return toggle ? [{ key: element.dataset['stepKey'] ?? '', element, toggle }] : [];
		});
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-script]')) {
			hidden.hidden = false;
		}
		this.#load();
		for (const step of this.#steps) {
			step.toggle.addEventListener('change', () => {
				this.#undo = undefined;
				this.#change(markStep(this.#read, step.key, step.toggle.checked));
			});
		}
		this.addEventListener('click', (event) => this.#onClick(event));
		// A step's page has two boxes (top and end): a change in one shows in the other.
		document.addEventListener(SYNC_EVENT, (event) => {
			const read = (event as CustomEvent<Set<string>>).detail;
			if (read === this.#read) return;
			this.#read = new Set(read);
			this.#render();
		});
		window.addEventListener('storage', (event) => {
			if (this.#memoryOnly || (event.key !== PROGRESS_STORAGE_KEY && event.key !== null)) return;
			this.#load();
			this.#render();
		});
		this.#render();
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T | null {
		return this.querySelector<T>(`[data-${name}]`);
	}

	#load(): void {
		let raw: string | null;
		try {
			raw = window.localStorage.getItem(PROGRESS_STORAGE_KEY);
		} catch {
			this.#memoryOnly = true;
			this.#notice(NOTICES.unavailable);
			return;
		}
		const { read, problem } = decodeProgress(raw);
		this.#read = read;
		if (problem) this.#notice(NOTICES.corrupt);
	}

	#save(): void {
		if (this.#memoryOnly) return;
		try {
			window.localStorage.setItem(PROGRESS_STORAGE_KEY, encodeProgress(this.#read));
		} catch (error) {
			this.#memoryOnly = true;
			this.#notice(isStorageFull(error) ? NOTICES.full : NOTICES.unavailable);
		}
	}

	#notice(text: string): void {
		const notice = this.#part('notice');
		if (!notice) return;
		notice.textContent = text;
	}

	#change(read: Set<string>): void {
		this.#read = read;
		this.#save();
		this.#render();
		document.dispatchEvent(new CustomEvent(SYNC_EVENT, { detail: read }));
	}

	#onClick(event: Event): void {
		const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset[
			'action'
		];
		if (action === 'start-over') {
			this.#undo = this.#read;
			this.#change(new Set());
			this.#part('undo-button')?.focus();
		} else if (action === 'undo' && this.#undo) {
			const previous = this.#undo;
			this.#undo = undefined;
			this.#change(previous);
			this.#part('start-over')?.focus();
		}
	}

	#render(): void {
		for (const step of this.#steps) {
			const isRead = this.#read.has(step.key);
			step.toggle.checked = isRead;
			step.element.toggleAttribute('data-read', isRead);
		}
		const summary = summariseProgress(this.#read, this.#keys);
		const text = this.#part('progress-text');
		if (text && text.textContent !== describeProgress(summary)) {
			text.textContent = describeProgress(summary);
		}
		const bar = this.#part<HTMLProgressElement>('progress-bar');
		if (bar) {
			bar.max = Math.max(1, summary.total);
			bar.value = summary.read;
		}
		const next = summary.nextUnread
			? this.querySelector<HTMLAnchorElement>(
					`[data-step-key="${summary.nextUnread}"] a[data-step-link]`,
				)
			: null;
		const link = this.#part<HTMLAnchorElement>('continue-link');
		if (link && next) {
			link.setAttribute('href', next.getAttribute('href') ?? '/onboarding/');
			link.textContent = next.textContent;
		}
		const continueWith = this.#part('continue');
		if (continueWith) continueWith.hidden = !next;
		const complete = this.#part('complete');
		if (complete) complete.hidden = summary.nextUnread !== undefined || summary.total === 0;
		const startOver = this.#part<HTMLButtonElement>('start-over');
		if (startOver) startOver.disabled = this.#read.size === 0;
		const undo = this.#part('undo');
		if (undo) undo.hidden = !this.#undo;
	}
}

customElements.define('pdp-onboarding', PdpOnboarding);
