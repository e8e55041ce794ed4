import type { Assessment } from '../../lib/checklists/assessment-state.ts';
import {
	RATING_LABELS,
	describeCounts,
	describeScore,
	scoreAssessment,
	type AssessedItem,
} from '../../lib/checklists/assessment-score.ts';
import { splitKnown } from '../../lib/checklists/state.ts';

/** One item of the assessment form, with its controls. */
export interface ItemView extends AssessedItem {
	fieldset: HTMLElement;
	radios: HTMLInputElement[];
	note: HTMLTextAreaElement;
}

/** The server-rendered items under `root`, in page order. */
export function readItemViews(root: HTMLElement): ItemView[] {
	return [...root.querySelectorAll<HTMLElement>('[data-assess-item]')].map((fieldset) => ({
		fieldset,
		id: fieldset.dataset['assessItem'] ?? '',
		text: fieldset.querySelector('legend')?.textContent?.trim() ?? '',
		role: fieldset.querySelector('[data-assess-role-title]')?.textContent?.trim() ?? '',
		required: fieldset.dataset['assessRequired'] === 'true',
		section: fieldset.dataset['assessSection'],
		radios: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
		note: fieldset.querySelector('textarea')!,
	}));
}

/** The part marked `data-assess-<name>`; the server renders every part the script uses. */
export function assessmentPart<T extends HTMLElement = HTMLElement>(
	root: HTMLElement,
	name: string,
): T {
	return root.querySelector<T>(`[data-assess-${name}]`)!;
}

function setText(root: HTMLElement, part: string, text: string): void {
	const element = root.querySelector(`[data-assess-${part}]`);
	if (element) element.textContent = text;
}

/**
 * Shows an assessment (read-only when it is someone else's, shared): each item's rating and note (a note is only rewritten when it differs,
 * so typing is never disturbed), the flag on required items rated not met, the score of each
 * section and of the gate, and ratings kept for items the checklist no longer has.
 */
export function renderAssessment(
	root: HTMLElement,
	items: readonly ItemView[],
	assessment: Pick<Assessment, 'ratings'>,
	readOnly = false,
): void {
	const score = scoreAssessment(items, assessment.ratings);
	for (const item of items) {
		const entry = assessment.ratings.get(item.id);
		for (const radio of item.radios) {
			radio.checked = radio.value === entry?.rating;
			radio.disabled = readOnly;
		}
		const clear = item.fieldset.querySelector<HTMLElement>('[data-action="clear-rating"]');
		if (clear) clear.hidden = !entry?.rating || readOnly;
		if (item.note.value !== (entry?.note ?? '')) item.note.value = entry?.note ?? '';
		item.note.readOnly = readOnly;
		const printed = item.fieldset.querySelector('[data-assess-print-note]');
		if (printed) printed.textContent = entry?.note ? `Evidence: ${entry.note}` : '';
		const flagged = score.requiredNotMet.includes(item);
		item.fieldset.toggleAttribute('data-assess-flagged', flagged);
		const flag = item.fieldset.querySelector<HTMLElement>('[data-assess-flag]');
		if (flag) flag.hidden = !flagged;
	}
	// Sections are grouped the same way on the server, so they come in the same order.
	const sectionScores = root.querySelectorAll('[data-assess-section-score]');
	score.sections.forEach((section, index) => {
		const element = sectionScores[index];
		if (element) element.textContent = `Section score: ${describeScore(section)}`;
	});
	const count = score.requiredNotMet.length;
	setText(root, 'overall', `Overall score: ${describeScore(score.overall)}`);
	setText(root, 'counts', describeCounts(score.overall.counts));
	setText(
		root,
		'required-not-met',
		count === 0
			? 'No required item is rated not met.'
			: `${count} required ${count === 1 ? 'item is' : 'items are'} rated not met.`,
	);
	const ids = new Set(items.map((item) => item.id));
	const { unknown } = splitKnown([...assessment.ratings.keys()], ids);
	const retired = root.querySelector<HTMLElement>('[data-assess-unknown]');
	if (retired) retired.hidden = unknown.length === 0;
	root.querySelector('[data-assess-unknown-list]')?.replaceChildren(
		...unknown.map((id) => {
			const rating = assessment.ratings.get(id)?.rating;
			const text = `${id}: ${rating ? RATING_LABELS[rating] : 'not rated'}`;
			return Object.assign(document.createElement('li'), { textContent: text });
		}),
	);
}
