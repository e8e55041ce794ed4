import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { isStorageFull, openStorage } from '../shared/storage.client.ts';
import {
	assessDqiWindow,
	decodeSavedStart,
	describeDateProblem,
	describeDqiWindow,
	DQI_STORAGE_KEY,
	encodeSavedStart,
	parseCalendarDate,
} from '../../lib/browser/dqi-window.ts';

const NOTICES = {
	unavailable:
		'This browser does not let the page remember the start date (private mode or blocked storage); the calculator still works.',
	full: 'Browser storage is full, so the start date is not remembered; the calculator still works.',
	corrupt: 'The start date saved in this browser could not be read; enter it again.',
} as const;

/** A date field's value; a half-typed date (empty value, bad input) reads as a malformed one. */
function readDate(input: HTMLInputElement): string {
	return input.validity.badInput ? '?' : input.value;
}

/**
 * `<pdp-dqi-calculator>`: reveals the date fields, shows where the engagement stands in its DQI
 * window, and remembers the last start date in this browser when storage allows.
 */
class PdpDqiCalculator extends HTMLElement {
	#storage: Storage | undefined;
	#start = document.createElement('input');
	#today = document.createElement('input');
	#result: HTMLElement = document.createElement('p');

	connectedCallback(): void {
		const start = this.querySelector<HTMLInputElement>('input[name="start"]');
		const today = this.querySelector<HTMLInputElement>('input[name="today"]');
		const result = this.querySelector<HTMLElement>('[data-result]');
		const fields = this.querySelector<HTMLElement>('[data-fields]');
		if (!start || !today || !result || !fields) return;
		[this.#start, this.#today, this.#result] = [start, today, result];
		this.#storage = openStorage();
		if (!this.#storage) this.#notice(NOTICES.unavailable);
		today.value = toLocalCalendarDate(new Date());
		this.#applySaved(this.#readSaved());
		start.addEventListener('input', () => {
			this.#save();
			this.#render();
		});
		today.addEventListener('input', () => this.#render());
		window.addEventListener('storage', (event) => {
			// A null key means another tab cleared all of storage.
			if (event.key !== DQI_STORAGE_KEY && event.key !== null) return;
			this.#applySaved(event.newValue, true);
			this.#render();
		});
		fields.hidden = false;
		result.hidden = false;
		this.#render();
	}

	#render(): void {
		const today = readDate(this.#today) || toLocalCalendarDate(new Date());
		const assessed = assessDqiWindow(readDate(this.#start), today);
		this.#result.textContent = assessed.ok
			? describeDqiWindow(assessed.window)
			: describeDateProblem(assessed.field, assessed.problem);
		this.#result.dataset['state'] = assessed.ok
			? assessed.window.state
			: assessed.problem === 'empty'
				? 'empty'
				: 'invalid';
	}

	#readSaved(): string | null {
		try {
			return this.#storage?.getItem(DQI_STORAGE_KEY) ?? null;
		} catch {
			this.#storage = undefined;
			this.#notice(NOTICES.unavailable);
			return null;
		}
	}

	/** Puts a stored start date in the field; `clear` empties the field when none is stored. */
	#applySaved(raw: string | null, clear = false): void {
		const saved = decodeSavedStart(raw);
		if (saved.kind === 'start') this.#start.value = saved.start;
		else if (clear) this.#start.value = '';
		if (saved.kind === 'corrupt') this.#notice(NOTICES.corrupt);
	}

	#save(): void {
		const value = readDate(this.#start);
		if (!this.#storage || (value !== '' && !parseCalendarDate(value).ok)) return;
		try {
			if (value === '') this.#storage.removeItem(DQI_STORAGE_KEY);
			else this.#storage.setItem(DQI_STORAGE_KEY, encodeSavedStart(value));
			// Storage works, so the only notice there can be, an unreadable saved date, is settled.
			this.#notice('');
		} catch (error) {
			this.#storage = undefined;
			this.#notice(isStorageFull(error) ? NOTICES.full : NOTICES.unavailable);
		}
	}

	/** Shows a notice about storage; empty text hides it. */
	#notice(text: string): void {
		const notice = this.querySelector<HTMLElement>('[data-notice]');
		if (!notice) return;
		notice.textContent = text;
		notice.hidden = text === '';
	}
}

customElements.define('pdp-dqi-calculator', PdpDqiCalculator);
