import type { ExportItem } from '../../lib/checklists/export.ts';

/** One checklist item as the page shows it, with its checkbox. */
export interface ChecklistItemView extends ExportItem {
	element: HTMLElement;
	checkbox: HTMLInputElement;
	roleId: string;
}

/** The part marked `data-<name>`; the server renders every part the script uses. */
export function checklistPart<T extends HTMLElement = HTMLElement>(
	root: HTMLElement,
	name: string,
): T {
	return root.querySelector<T>(`[data-${name}]`)!;
}

/** The server-rendered items under `root`, in page order. */
export function readChecklistItems(root: HTMLElement): ChecklistItemView[] {
	return [...root.querySelectorAll<HTMLElement>('[data-item-id]')].map((element) => ({
		element,
		checkbox: element.querySelector('input')!,
		id: element.dataset['itemId'] ?? '',
		roleId: element.dataset['role'] ?? '',
		text: element.querySelector('.pdp-checklist__text')?.textContent?.trim() ?? '',
		role: element.querySelector('[data-role-title]')?.textContent?.trim() ?? '',
		required: element.dataset['required'] === 'true',
		due: element.querySelector('[data-due]')?.textContent?.trim() ?? '',
		section:
			element
				.closest('[data-section]')
				?.querySelector(':scope > h2, :scope > h3')
				?.textContent?.trim() || undefined,
	}));
}

/**
 * Shows which items are done (read-only when the run is someone else's, shared) and only the
 * items the toolbar's filters let through: the chosen role's, and only required ones when asked.
 * A section with no item left to show is hidden with them.
 */
export function renderItems(
	root: HTMLElement,
	items: readonly ChecklistItemView[],
	done: ReadonlySet<string>,
	readOnly: boolean,
): void {
	const role = checklistPart<HTMLSelectElement>(root, 'role-filter').value;
	const requiredOnly = checklistPart<HTMLInputElement>(root, 'required-only').checked;
	for (const item of items) {
		item.checkbox.checked = done.has(item.id);
		item.checkbox.disabled = readOnly;
		item.element.hidden = (role !== '' && item.roleId !== role) || (requiredOnly && !item.required);
	}
	for (const section of root.querySelectorAll<HTMLElement>('[data-section]')) {
		section.hidden = !section.querySelector('[data-item-id]:not([hidden])');
	}
}
