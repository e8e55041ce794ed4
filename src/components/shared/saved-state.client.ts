import type { UndoOffer } from './undo.client.ts';

/** Where a feature's state is read from and written to (its own wrapper of localStorage). */
export interface StateStorage<State> {
	/** The saved state, or undefined when storage cannot be read (keep what is shown). */
	load(): State | undefined;
	save(state: State): void;
}

/** Where {@link SavedState} keeps its state, its undo bar, and whom it tells of a change. */
export interface SavedStateOptions<State> {
	storage: StateStorage<State>;
	undo: UndoOffer<State>;
	onChange: () => void;
}

/**
 * State the page keeps in browser storage. A change is saved at once and then reported through
 * `onChange`, so the page shows it; a change the page already shows (text as it is typed) can be
 * saved once typing stops instead. A destructive change can be taken back while its undo offer
 * stands.
 */
export class SavedState<State> {
	#state: State;
	#saveTimer: number | undefined;
	readonly #storage: StateStorage<State>;
	readonly #undo: UndoOffer<State>;
	readonly #onChange: () => void;

	constructor(initial: State, options: SavedStateOptions<State>) {
		this.#state = initial;
		this.#storage = options.storage;
		this.#undo = options.undo;
		this.#onChange = options.onChange;
	}

	get current(): State {
		return this.#state;
	}

	/** Reads the state from storage; keeps the current one when storage cannot be read. */
	load(): void {
		this.#state = this.#storage.load() ?? this.#state;
	}

	/** Changes the state, saves it and reports the change. */
	change(update: (state: State) => State): void {
		this.#state = update(this.#state);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		this.#storage.save(this.#state);
		this.#onChange();
	}

	/** Changes the state as {@link change} does, and offers to take it back. */
	changeWithUndo(message: string, update: (state: State) => State): void {
		this.#undo.offer(this.#state, message);
		this.change(update);
	}

	/** Takes back the last change made with {@link changeWithUndo}, while its offer stands. */
	undo(): void {
		const previous = this.#undo.take();
		if (previous) this.change(() => previous);
	}

	/**
	 * Changes the state without reporting it (the page already shows it) and saves it once
	 * `delay` milliseconds pass without another change.
	 */
	changeQuietly(update: (state: State) => State, delay: number): void {
		this.#state = update(this.#state);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = window.setTimeout(() => this.flush(), delay);
	}

	/** Saves a quiet change still waiting (the page is being left or hidden). */
	flush(): void {
		if (this.#saveTimer === undefined) return;
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		this.#storage.save(this.#state);
	}
}
