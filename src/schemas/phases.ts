import { z } from 'astro/zod';
import { baseFields, type ReferenceFactory } from './common.ts';

/** One row of a phase's RACI matrix: an activity and who is Responsible, Accountable, Consulted, Informed. */
function raciRow(reference: ReferenceFactory) {
	return z.strictObject({
		/** The activity, e.g. "Run the customer kickoff". */
		activity: z.string().trim().min(3),
		/** Roles that do the work. */
		responsible: z
			.array(reference('roles'))
			.min(1, 'empty list: name at least one responsible role'),
		/** The one role that answers for the outcome. */
		accountable: reference('roles'),
		/** Roles asked for input before the work is done. */
		consulted: z.array(reference('roles')).default([]),
		/** Roles told once it is done. */
		informed: z.array(reference('roles')).default([]),
	});
}

/** One sentence on what a new hire learns from a step of the onboarding path. */
const learnLine = z
	.string()
	.trim()
	.min(20, 'too short: say in one full sentence what a new hire learns from this step')
	.max(
		240,
		'too long: keep it to one sentence under 240 characters; the page itself has the detail',
	);

/** The phase's place on the new-hire onboarding path (`/onboarding/`): its guide, then key playbooks. */
function onboardingBlock(reference: ReferenceFactory) {
	return z.strictObject({
		/** What a new hire learns from this step of the onboarding path, in one concrete sentence. */
		learn: learnLine,
		/** The phase's key playbooks, in the order a new hire reads them after the phase guide. */
		playbooks: z
			.array(
				z.strictObject({
					/** The playbook to read. */
					playbook: reference('playbooks'),
					/** What a new hire learns from this step of the onboarding path, in one concrete sentence. */
					learn: learnLine,
				}),
			)
			.min(1, 'empty list: name at least one key playbook for new hires to read')
			.max(6, 'too many playbooks: pick at most 6, so the onboarding path stays short'),
	});
}

/** A delivery phase guide (`content/phases/<id>.md`): goals, criteria, RACI and its checklist. */
export function phaseSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		/** Position in the delivery lifecycle, 1 for the first phase. */
		order: z.number().int().min(1).max(20),
		/** Short name used in badges and the sidebar, e.g. "S2D". */
		shortName: z.string().trim().min(2).max(24),
		/** What the phase must achieve. */
		goals: z.array(z.string().trim().min(3)).min(1, 'empty list: list at least one goal'),
		/** What must be true before the phase starts. */
		entryCriteria: z
			.array(z.string().trim().min(3))
			.min(1, 'empty list: list at least one entry criterion'),
		/** What must be true before the phase ends. */
		exitCriteria: z
			.array(z.string().trim().min(3))
			.min(1, 'empty list: list at least one exit criterion'),
		/** Roles involved in the phase. */
		roles: z.array(reference('roles')).min(1, 'empty list: name at least one role'),
		/** Customer business outcomes the phase advances. */
		outcomes: z.array(reference('outcomes')).default([]),
		/** Who does what in the phase; the guide renders it as a RACI matrix. */
		raci: z.array(raciRow(reference)).default([]),
		/** The phase checklist. */
		checklist: reference('checklists').optional(),
		/** Puts the phase guide and its key playbooks on the onboarding path; leave out to skip it. */
		onboarding: onboardingBlock(reference).optional(),
	});
}
