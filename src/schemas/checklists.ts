import { z } from 'astro/zod';
import {
	authored,
	authoredIssue,
	baseFields,
	classificationFields,
	kebabId,
	type ReferenceFactory,
} from './common.ts';
import { entryLink } from './references.ts';

/** When an item falls due, relative to the phase it belongs to. */
export const DUE_POINTS = [
	'before-phase',
	'phase-start',
	'first-two-weeks',
	'ongoing',
	'before-exit',
	'phase-exit',
] as const;

/**
 * What kind of checklist it is: a phase's own, one assessed item by item at a gate (`quality-gate`:
 * the OQR's and DQI's, and the PESA's, assessed the same way), or a procedure's.
 */
export const CHECKLIST_KINDS = ['phase', 'quality-gate', 'procedure'] as const;

function checklistItem(reference: ReferenceFactory) {
	return z.strictObject({
		id: kebabId.meta({
			description:
				'Stable id, unique in the checklist: saved state and shared links point at it. Never reuse one.',
		}),
		text: z
			.string()
			.trim()
			.min(5, authored('too short', 'write the item as a sentence of at least 5 characters'))
			.meta({ description: 'What must be done or true, as one sentence.' }),
		role: reference('roles').meta({ description: 'The role responsible for the item.' }),
		required: z
			.boolean()
			.default(true)
			.meta({ description: 'Whether the item must be done (true) or is recommended (false).' }),
		due: z.enum(DUE_POINTS).meta({ description: 'When the item is due within the phase.' }),
		section: z
			.string()
			.trim()
			.min(2)
			.optional()
			.meta({ description: 'Heading the item is grouped under, e.g. "Commercials".' }),
		guidance: z
			.array(entryLink)
			.default([])
			.meta({ description: 'Entries that explain how to meet the item, as `<type>/<id>` links.' }),
	});
}

/** A checklist (`content/checklists/<id>.yaml`): items with stable ids, roles and due points. */
export function checklistSchema(reference: ReferenceFactory) {
	return z
		.strictObject({
			...baseFields(reference),
			...classificationFields(reference),
			kind: z.enum(CHECKLIST_KINDS).meta({ description: 'phase, quality-gate or procedure.' }),
			intro: z.string().trim().optional().meta({
				description: 'Short introduction shown above the items (Markdown is not rendered here).',
			}),
			items: z
				.array(checklistItem(reference))
				.min(1, authored('no items', 'a checklist needs at least one item'))
				.meta({ description: 'The items, in the order they are worked through.' }),
		})
		.superRefine((checklist, context) => {
			const firstIndex = new Map<string, number>();
			checklist.items.forEach((item, index) => {
				const first = firstIndex.get(item.id);
				if (first === undefined) {
					firstIndex.set(item.id, index);
					return;
				}
				context.addIssue({
					...authoredIssue(
						`duplicate item id "${item.id}" (already used by item ${first})`,
						'give each item its own id, and never reuse an old one',
					),
					path: ['items', index, 'id'],
				});
			});
		});
}
