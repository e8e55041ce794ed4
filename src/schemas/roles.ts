import { z } from 'astro/zod';
import { baseFields, type ReferenceFactory } from './common.ts';

/** The #OneTeam persona groups a role belongs to, plus the customer's own people. */
export const PERSONAS = [
	'proserve-sales',
	'proserve-delivery',
	'managers',
	'leadership',
	'aws-account-team',
	'internal-partners',
	'customer',
] as const;

/** A role or persona (`content/roles/<id>.md`): what it does in each phase. */
export function roleSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		/** The #OneTeam persona group the role belongs to. */
		persona: z.enum(PERSONAS),
		/** The short form used in the source, e.g. "EM"; leave out when there is none. */
		abbreviation: z.string().trim().min(2).max(12).optional(),
		/** What the role does in each phase it takes part in. */
		duties: z
			.array(
				z.strictObject({
					/** The phase. */
					phase: reference('phases'),
					/** What the role does there, in a sentence or two. */
					does: z.string().trim().min(10),
				}),
			)
			.default([]),
	});
}
