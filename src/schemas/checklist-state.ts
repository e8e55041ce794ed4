import { z } from 'astro/zod';
import { CHECKLIST_LIMITS as LIMITS } from './storage-limits.ts';

/**
 * The stored checklist format (`pdp:checklist:v1:<id>` in localStorage), as a zod schema. The
 * browser's own decoder (`decodeStore`, kept small for the page's script budget) is tested
 * against it: whatever it returns, for any input, this schema accepts.
 */
export const checklistStoreSchema = z.strictObject({
	/** Format version of the stored state. */
	version: z.literal(1),
	/** Id of the run shown. */
	active: z.string().regex(/^[a-z0-9]{1,24}$/),
	/** The runs, one per engagement. */
	runs: z
		.array(
			z.strictObject({
				/** Random id, stable across renames. */
				id: z.string().regex(/^[a-z0-9]{1,24}$/),
				/** The name the user gave the run. */
				name: z.string().min(1).max(LIMITS.nameLength),
				/** Ticked item ids. */
				checked: z
					.array(
						z
							.string()
							.max(LIMITS.idLength)
							.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
					)
					.max(LIMITS.idsPerRun),
				/** Last change, in milliseconds since the epoch. */
				updated: z.number(),
			}),
		)
		.min(1)
		.max(LIMITS.runs),
});
