import { z } from 'astro/zod';
import type { ReferenceFactory } from './common.ts';
import { guidanceFields, templatesField } from './guidance.ts';

/** A runbook (`content/runbooks/<id>.md`). Exact steps for a procedure: trigger, prerequisites, numbered steps, verification, escalation. */
export function runbookSchema(reference: ReferenceFactory) {
	return z.strictObject({ ...guidanceFields(reference), templates: templatesField(reference) });
}

/** The `##` sections every runbook body must have, in this order. */
export const RUNBOOK_SECTIONS = [
	'Trigger',
	'Prerequisites',
	'Steps',
	'Verification',
	'Escalation',
] as const;
