import type { DUE_POINTS } from '../../schemas/checklists.ts';
import { toSlug } from '../slug.ts';

/** When an item falls due, as readers see it. */
export const DUE_LABELS: Record<(typeof DUE_POINTS)[number], string> = {
	'before-phase': 'before the phase starts',
	'phase-start': 'at the start of the phase',
	'first-two-weeks': 'in the first two weeks',
	ongoing: 'throughout the phase',
	'before-exit': 'before the phase ends',
	'phase-exit': 'at the phase exit',
};

/** Items that share a section heading, in the order the section first appears. */
export interface ChecklistGroup<T> {
	section: string | undefined;
	slug: string;
	items: T[];
}

/** Groups items by their `section`, keeping the authored order of sections and items. */
export function groupChecklistItems<T extends { section?: string | undefined }>(
	items: readonly T[],
): ChecklistGroup<T>[] {
	const groups: ChecklistGroup<T>[] = [];
	for (const item of items) {
		const group = groups.find((candidate) => candidate.section === item.section);
		if (group) group.items.push(item);
		else
			groups.push({
				section: item.section,
				slug: toSlug(item.section ?? 'items'),
				items: [item],
			});
	}
	return groups;
}
