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
		persona: z
			.enum(PERSONAS)
			.meta({ description: 'The #OneTeam persona group the role belongs to.' }),
		abbreviation: z.string().trim().min(2).max(12).optional().meta({
			description: 'The short form used in the source, e.g. "EM"; leave out when there is none.',
		}),
		duties: z
			.array(
				z.strictObject({
					phase: reference('phases').meta({ description: 'The phase.' }),
					does: z
						.string()
						.trim()
						.min(10)
						.meta({ description: 'What the role does there, in a sentence or two.' }),
				}),
			)
			.default([])
			.meta({ description: 'What the role does in each phase it takes part in.' }),
	});
}
