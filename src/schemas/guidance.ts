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

/** The templates a playbook or runbook asks for: its page links each, and each template's page lists it. */
export function templatesField(reference: ReferenceFactory) {
	return z.array(reference('templates')).default([]).meta({
		description:
			'The templates this entry asks for, as ids under content/templates/; name each in the text too, linked to /templates/<id>/.',
	});
}
