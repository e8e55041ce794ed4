/** How long an undo stays on offer after a destructive change. */
const UNDO_MS = 15_000;

/**
 * A short-lived offer to take back a destructive change (delete, reset): it holds the state from
 * before the change and shows the undo bar with a message until it is taken or times out.
 */
export class UndoOffer<State> {
	#bar: HTMLElement;
	#message: HTMLElement;
	#pending: { previous: State; timer: number } | undefined;

	constructor(bar: HTMLElement, message: HTMLElement) {
		this.#bar = bar;
		this.#message = message;
	}

	/** Offers to go back to `previous`, replacing any earlier offer. */
	offer(previous: State, message: string): void {
		this.dismiss();
		this.#pending = { previous, timer: window.setTimeout(() => this.dismiss(), UNDO_MS) };
		this.#message.textContent = message;
		this.#bar.hidden = false;
	}

	/** The state to go back to, once; undefined when nothing is on offer. */
	take(): State | undefined {
		const previous = this.#pending?.previous;
		this.dismiss();
		return previous;
	}

	/** Withdraws the offer and hides the bar. */
	dismiss(): void {
		if (this.#pending) clearTimeout(this.#pending.timer);
		this.#pending = undefined;
		this.#bar.hidden = true;
	}
}
