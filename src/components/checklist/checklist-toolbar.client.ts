import { summariseRun } from '../../lib/checklists/export.ts';
import type { ChecklistStore } from '../../lib/checklists/state.ts';
import type { DecodedShare } from '../../lib/checklists/share-link.ts';
import { checklistPart as part, type ChecklistItemView } from './checklist-view.client.ts';

/** What the toolbar shows: the reader's runs, the run on screen and how far it has got. */
export interface ToolbarState {
	store: ChecklistStore;
	/** The name of the run on screen: a shared one, or the reader's active run. */
	shownName: string;
	/** Someone else's run from a share link, shown read-only. */
	shared: DecodedShare | undefined;
	/** Whether the name form is asked for (a new run, or a new name for this one). */
	naming: boolean;
	/** The ticked items this checklist still has, and the ticked ids it no longer has. */
	done: ReadonlySet<string>;
	unknown: readonly string[];
}

/**
 * Shows the toolbar for the run on screen: its progress (in the toolbar, the sticky strip and
 * the printed header), the run picker, the shared run's banner instead of the reader's own
 * controls, the name form when asked for, and the ticks kept for items the checklist no longer has.
 */
export function renderToolbar(
	root: HTMLElement,
	items: readonly ChecklistItemView[],
	state: ToolbarState,
): void {
	const { store, shownName, shared, done, unknown } = state;
	const progress = summariseRun(items, done);
	part(root, 'progress').textContent = progress;
	part(root, 'print-progress').textContent = progress;
	part(root, 'progress-sticky').textContent = progress;
	part<HTMLSelectElement>(root, 'run-select').replaceChildren(
		...store.runs.map(
			(candidate) => new Option(candidate.name, candidate.id, false, candidate.id === store.active),
		),
	);
	part(root, 'shared').hidden = !shared;
	part(root, 'own').hidden = Boolean(shared);
	root.querySelector<HTMLElement>('[data-action="reset"]')!.hidden = Boolean(shared);
	part(root, 'name-form').hidden = !state.naming || Boolean(shared);
	if (shared) {
		part(root, 'shared-name').textContent = shared.name;
		part(root, 'shared-summary').textContent = `${done.size} of ${items.length} done`;
		part(root, 'shared-stale').hidden = !shared.stale;
	}
	part(root, 'unknown').hidden = unknown.length === 0;
	part(root, 'unknown-list').replaceChildren(
		...unknown.map((id) => Object.assign(document.createElement('li'), { textContent: id })),
	);
	part(root, 'print-run').textContent = shared ? `${shownName} (shared)` : shownName;
}

/** Shows a notice above the toolbar: why ticks are not saved, why a link or a file was refused. */
export function showNotice(root: HTMLElement, text: string): void {
	const notice = part(root, 'notice');
	notice.textContent = text;
	notice.hidden = false;
}

/** Shows the sticky progress only once the toolbar's own line has gone up under the header. */
export function followStickyProgress(root: HTMLElement): void {
	const sticky = part(root, 'progress-sticky');
	const progress = part(root, 'progress');
	const top = parseFloat(getComputedStyle(sticky.parentElement!).top) || 0;
	// A scroll listener, not an IntersectionObserver: a jump from below the screen to above it
	// (a deep link, Home/End) crosses no threshold the observer would report.
	const follow = () => {
		sticky.hidden = progress.getBoundingClientRect().bottom > top;
	};
	addEventListener('scroll', follow, { passive: true });
	addEventListener('resize', follow);
	follow();
}
