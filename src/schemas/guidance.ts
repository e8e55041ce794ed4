import { z } from 'astro/zod';
import { baseFields, classificationFields, type ReferenceFactory } from './common.ts';
import { entryLink } from './references.ts';

/**
 * Fields of every guidance entry (playbook, runbook, consideration, FAQ): identity, place in
 * the framework, and links to related entries.
 */
export function guidanceFields(reference: ReferenceFactory) {
	return {
		...baseFields(reference),
		...classificationFields(reference),
		related: z
			.array(entryLink)
			.default([])
			.meta({ description: 'Other entries worth reading next, as `<type>/<id>` links.' }),
	};
}
