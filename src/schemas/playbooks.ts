import { z } from 'astro/zod';
import type { ReferenceFactory } from './common.ts';
import { guidanceFields, templatesField } from './guidance.ts';
import { playFacts } from './play-facts.ts';

/** A playbook (`content/playbooks/<id>.md`). How to approach a situation: purpose, when to use, roles, inputs, steps, outputs, pitfalls. */
export function playbookSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...guidanceFields(reference),
		templates: templatesField(reference),
		play: playFacts.optional().meta({
			description:
				'The play facts shown under the title and used by the catalog: `preparation`, `running`, `people`, `difficulty` (all optional).',
		}),
	});
}

/** The `##` sections every playbook body must have, in this order. */
export const PLAYBOOK_SECTIONS = [
	'Purpose',
	'When to use',
	'Roles',
	'Inputs',
	'Steps',
	'Outputs',
	'Pitfalls',
	'Related',
] as const;
