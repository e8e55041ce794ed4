import { z } from 'astro/zod';
import { authored, baseFields, type ReferenceFactory } from './common.ts';

/** One row of a phase's RACI matrix: an activity and who is Responsible, Accountable, Consulted, Informed. */
function raciRow(reference: ReferenceFactory) {
	return z.strictObject({
		activity: z
			.string()
			.trim()
			.min(3)
			.meta({ description: 'The activity, e.g. "Run the customer kickoff".' }),
		responsible: z
			.array(reference('roles'))
			.min(1, authored('empty list', 'name at least one responsible role'))
			.meta({ description: 'Roles that do the work.' }),
		accountable: reference('roles').optional().meta({
			description:
				"The one role that answers for the outcome; leave it out only where the framework names no owner, and say so in the phase's to-be-confirmed note.",
		}),
		consulted: z
			.array(reference('roles'))
			.default([])
			.meta({ description: 'Roles asked for input before the work is done.' }),
		informed: z
			.array(reference('roles'))
			.default([])
			.meta({ description: 'Roles told once it is done.' }),
	});
}

/** One sentence on what a new hire learns from a step of the onboarding path. */
const learnLine = z
	.string()
	.trim()
	.min(20, authored('too short', 'say in one full sentence what a new hire learns from this step'))
	.max(
		240,
		authored(
			'too long',
			'keep it to one sentence under 240 characters; the page itself has the detail',
		),
	);

/** The phase's place on the new-hire onboarding path (`/onboarding/`): its guide, then key playbooks. */
function onboardingBlock(reference: ReferenceFactory) {
	return z.strictObject({
		learn: learnLine.meta({
			description:
				'What a new hire learns from the phase guide, its step on the onboarding path, in one concrete sentence.',
		}),
		playbooks: z
			.array(
				z.strictObject({
					playbook: reference('playbooks').meta({ description: 'The playbook to read.' }),
					learn: learnLine.meta({
						description:
							'What a new hire learns from this playbook, its step on the onboarding path, in one concrete sentence.',
					}),
				}),
			)
			.min(1, authored('empty list', 'name at least one key playbook for new hires to read'))
			.max(6, authored('too many playbooks', 'pick at most 6, so the onboarding path stays short'))
			.meta({
				description:
					"The phase's key playbooks, in the order a new hire reads them after the phase guide.",
			}),
	});
}

/** A delivery phase guide (`content/phases/<id>.md`): goals, criteria, RACI and its checklist. */
export function phaseSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		order: z
			.number()
			.int()
			.min(1)
			.max(20)
			.meta({ description: 'Position in the delivery lifecycle, 1 for the first phase.' }),
		shortName: z
			.string()
			.trim()
			.min(2)
			.max(24)
			.meta({ description: 'Short name used in badges and the sidebar, e.g. "S2D".' }),
		goals: z
			.array(z.string().trim().min(3))
			.min(1, authored('empty list', 'list at least one goal'))
			.meta({ description: 'What the phase must achieve.' }),
		entryCriteria: z
			.array(z.string().trim().min(3))
			.min(1, authored('empty list', 'list at least one entry criterion'))
			.meta({ description: 'What must be true before the phase starts.' }),
		exitCriteria: z
			.array(z.string().trim().min(3))
			.min(1, authored('empty list', 'list at least one exit criterion'))
			.meta({ description: 'What must be true before the phase ends.' }),
		roles: z
			.array(reference('roles'))
			.min(1, authored('empty list', 'name at least one role'))
			.meta({ description: 'Roles involved in the phase.' }),
		outcomes: z
			.array(reference('outcomes'))
			.default([])
			.meta({ description: 'Customer business outcomes the phase advances.' }),
		raci: z
			.array(raciRow(reference))
			.default([])
			.meta({ description: 'Who does what in the phase; the guide renders it as a RACI matrix.' }),
		checklist: reference('checklists').optional().meta({ description: 'The phase checklist.' }),
		onboarding: onboardingBlock(reference).optional().meta({
			description:
				'Puts the phase guide and its key playbooks on the onboarding path; leave out to skip it.',
		}),
	});
}
