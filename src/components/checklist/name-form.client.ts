/** What the name form is open for: naming a new run or assessment, or renaming the one shown. */
export type NameFormMode = 'new' | 'rename';

/**
 * The toolbar's form for the name of a run or an assessment. The page shows it while
 * {@link mode} is set (`show` renders it); a name is saved only when it cleans up to a usable one.
 */
export class NameForm {
	/** What the form is open for; undefined while it is closed. */
	mode: NameFormMode | undefined;
	readonly #input: HTMLInputElement;
	readonly #show: () => void;

	constructor(
		form: HTMLFormElement,
		options: {
			clean: (value: string) => string | undefined;
			show: () => void;
			save: (name: string, mode: NameFormMode | undefined) => void;
		},
	) {
		this.#input = form.elements.namedItem('name') as HTMLInputElement;
		this.#show = options.show;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const name = options.clean(this.#input.value);
			if (!name) return;
			const mode = this.mode;
			this.mode = undefined;
			options.save(name, mode);
		});
	}

	/** Opens the form, empty for a new name or holding `currentName` to rename, and focuses it. */
	open(mode: NameFormMode, currentName: string): void {
		this.mode = mode;
		this.#show();
		this.#input.value = mode === 'rename' ? currentName : '';
		this.#input.focus();
	}

	close(): void {
		this.mode = undefined;
		this.#show();
	}
}
