import { z } from 'astro/zod';
import { authored, baseFields, kebabId, type ReferenceFactory } from './common.ts';
import { entryLink } from './references.ts';

/** Calculators a quality-gate page can show. */
export const GATE_CALCULATORS = ['dqi-window'] as const;

/**
 * What the framework makes of a checkpoint with a page under /quality-gates/: one of its quality
 * gates (it names the OQR and the DQI), one of its success measures (CSAT, deliverable
 * acceptance), or a security checkpoint (the PESA every SOW requires).
 */
export const GATE_KINDS = ['quality-gate', 'success-measure', 'security-checkpoint'] as const;

function qualityGate(reference: ReferenceFactory) {
	return z.strictObject({
		kind: z.enum(GATE_KINDS).meta({
			description:
				'What the framework calls it: `quality-gate` (only the OQR and the DQI), `success-measure` or `security-checkpoint`.',
		}),
		id: kebabId.meta({
			description:
				'The gate\'s page address under /quality-gates/, e.g. "dqi"; unique across processes.',
		}),
		name: z.string().trim().min(3).meta({
			description: 'The gate\'s name as readers know it, e.g. "Delivery Quality Inspection (DQI)".',
		}),
		what: z
			.string()
			.trim()
			.min(20, authored('too short', 'say what the gate is in at least 20 characters'))
			.meta({ description: 'What the gate is, in one to three sentences.' }),
		appliesWhen: z
			.string()
			.trim()
			.min(20, authored('too short', 'say when the gate applies in at least 20 characters'))
			.meta({
				description:
					'When the gate applies: the trigger, the timing and which engagements it covers.',
			}),
		performedBy: z
			.array(
				z.strictObject({
					role: reference('roles').meta({ description: 'The role.' }),
					does: z
						.string()
						.trim()
						.min(5)
						.meta({ description: 'What that role does in the gate, as one sentence.' }),
				}),
			)
			.min(1, authored('empty list', 'name at least one role and what it does'))
			.meta({ description: 'Who does what in the gate, one line per role.' }),
		checklist: reference('checklists').optional().meta({
			description: 'The checklist worked through (and assessed) at the gate, when it has one.',
		}),
		ifRedOrAmber: z.array(entryLink).default([]).meta({
			description:
				'Guidance for an engagement whose status is Red or Amber, as `<type>/<id>` links.',
		}),
		calculator: z.enum(GATE_CALCULATORS).optional().meta({
			description: "A calculator shown on the gate's page: `dqi-window` (the 120–365-day window).",
		}),
	});
}

/**
 * A process (`content/processes/<id>.md`): the catalog's way of organising the framework's work,
 * which lists no processes of its own; its page gathers the entries that name it.
 */
export function processSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		phases: z
			.array(reference('phases'))
			.min(1, authored('empty list', 'name at least one phase, e.g. [launch]'))
			.meta({ description: 'The phases in which the process runs.' }),
		roles: z
			.array(reference('roles'))
			.min(1, authored('empty list', 'name at least one role'))
			.meta({ description: 'Roles that take part in the process.' }),
		outcomes: z
			.array(reference('outcomes'))
			.default([])
			.meta({ description: 'Customer business outcomes the process supports.' }),
		standards: z
			.array(reference('standards'))
			.default([])
			.meta({ description: 'WW standards the process helps meet.' }),
		qualityGate: qualityGate(reference).optional().meta({
			description:
				'Set when the process is a quality gate the framework names (OQR, DQI), or a success measure or security checkpoint shown beside them (CSAT, deliverable acceptance, PESA): it then gets a page under /quality-gates/.',
		}),
	});
}
