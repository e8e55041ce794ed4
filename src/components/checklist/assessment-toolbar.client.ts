import type { AssessmentStore } from '../../lib/checklists/assessment-state.ts';
import type { DecodedAssessmentShare } from '../../lib/checklists/assessment-share.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { assessmentPart as part, type ItemView } from './assessment-view.client.ts';

/** What the toolbar shows: the reader's assessments and the one on screen. */
export interface ToolbarState {
	store: AssessmentStore;
	/** The name of the assessment on screen: a shared one, or the reader's active one. */
	shownName: string;
	/** Someone else's assessment from a share link, shown read-only. */
	shared: DecodedAssessmentShare | undefined;
	/** Whether the name form is asked for (a new assessment, or a new name for this one). */
	naming: boolean;
}

/**
 * Shows the toolbar for the assessment on screen: the shared assessment's banner instead of the
 * reader's own controls, the assessment picker, the name form when asked for, and the printed
 * header's name and date.
 */
export function renderToolbar(
	root: HTMLElement,
	items: readonly ItemView[],
	state: ToolbarState,
): void {
	const { store, shownName, shared } = state;
	part(root, 'shared').hidden = !shared;
	part(root, 'own').hidden = Boolean(shared);
	if (shared) {
		const rated = items.filter((item) => shared.ratings.get(item.id)?.rating).length;
		part(root, 'shared-name').textContent = shared.name;
		part(root, 'shared-summary').textContent = `${rated} of ${items.length} rated`;
		part(root, 'shared-stale').hidden = !shared.stale;
	}
	part(root, 'print-name').textContent = shared ? `${shownName} (shared)` : shownName;
	part(root, 'print-date').textContent = toLocalCalendarDate(new Date());
	part<HTMLSelectElement>(root, 'select').replaceChildren(
		...store.assessments.map(({ id, name }) => new Option(name, id, false, id === store.active)),
	);
	part(root, 'name-form').hidden = !state.naming || Boolean(shared);
}

/** Shows a notice above the toolbar, or withdraws it when the text is empty. */
export function showNotice(root: HTMLElement, text: string): void {
	const notice = part(root, 'notice');
	notice.textContent = text;
	notice.hidden = !text;
}
