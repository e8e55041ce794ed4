import { z } from 'astro/zod';
import { baseFields, kebabId, type ReferenceFactory } from './common.ts';
import { entryLink } from './references.ts';

/** Calculators a quality-gate page can show. */
export const GATE_CALCULATORS = ['dqi-window'] as const;

function qualityGate(reference: ReferenceFactory) {
	return z.strictObject({
		/** The gate's page address under /quality-gates/, e.g. "dqi"; unique across processes. */
		id: kebabId,
		/** The gate's name as readers know it, e.g. "Delivery Quality Inspection (DQI)". */
		name: z.string().trim().min(3),
		/** What the gate is, in one to three sentences. */
		what: z.string().trim().min(20, 'too short: say what the gate is in at least 20 characters'),
		/** When the gate applies: the trigger, the timing and which engagements it covers. */
		appliesWhen: z
			.string()
			.trim()
			.min(20, 'too short: say when the gate applies in at least 20 characters'),
		/** Who does what in the gate, one line per role. */
		performedBy: z
			.array(
				z.strictObject({
					/** The role. */
					role: reference('roles'),
					/** What that role does in the gate, as one sentence. */
					does: z.string().trim().min(5),
				}),
			)
			.min(1, 'empty list: name at least one role and what it does'),
		/** The checklist worked through (and assessed) at the gate, when it has one. */
		checklist: reference('checklists').optional(),
		/** Guidance for an engagement whose status is Red or Amber, as `<type>/<id>` links. */
		ifRedOrAmber: z.array(entryLink).default([]),
		/** A calculator shown on the gate's page: `dqi-window` (the 120–365-day window). */
		calculator: z.enum(GATE_CALCULATORS).optional(),
	});
}

/** A GDF process (`content/processes/<id>.md`); its page gathers the entries that name it. */
export function processSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		/** The phases in which the process runs. */
		phases: z
			.array(reference('phases'))
			.min(1, 'empty list: name at least one phase, e.g. [launch]'),
		/** Roles that take part in the process. */
		roles: z.array(reference('roles')).min(1, 'empty list: name at least one role'),
		/** Customer business outcomes the process supports. */
		outcomes: z.array(reference('outcomes')).default([]),
		/** WW standards the process helps meet. */
		standards: z.array(reference('standards')).default([]),
		/** Set when the process is a quality gate (OQR, DQI, PESA…): it then gets a gate page. */
		qualityGate: qualityGate(reference).optional(),
	});
}
