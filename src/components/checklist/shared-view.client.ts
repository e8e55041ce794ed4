/**
 * Someone else's run or assessment, opened from a share link and shown read-only in place of the
 * reader's own. Its banner offers to save it as one of the reader's own or to go back to theirs;
 * either takes the link out of the address.
 */
export class SharedView<Shared> {
	/** The shared run or assessment on screen; undefined while the reader's own is shown. */
	current: Shared | undefined;

	constructor(
		banner: HTMLElement,
		options: {
			/** Takes the share link out of the address. */
			forget: () => void;
			/** Whether the reader has room for one more of their own; says why not when not. */
			canKeep: () => boolean;
			/** Adds it to the reader's own, as the one shown. */
			keep: (shared: Shared) => void;
			show: () => void;
		},
	) {
		const close = () => {
			this.current = undefined;
			options.forget();
		};
		banner.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLElement>('[data-action]');
			const shared = this.current;
			if (button?.dataset['action'] === 'leave-shared') {
				close();
				options.show();
			} else if (button?.dataset['action'] === 'save-shared' && shared && options.canKeep()) {
				close();
				options.keep(shared);
			}
		});
	}
}
