import { z } from 'astro/zod';
import { authored, baseFields, type ReferenceFactory } from './common.ts';
import { entryLink } from './references.ts';

/** A WW standard (`content/standards/<id>.md`) with the guidance that helps meet it. */
export function standardSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		phases: z
			.array(reference('phases'))
			.min(1, authored('empty list', 'name at least one phase'))
			.meta({ description: 'Phases in which the standard applies.' }),
		roles: z
			.array(reference('roles'))
			.default([])
			.meta({ description: 'Roles that meet the standard.' }),
		guidance: z
			.array(entryLink)
			.default([])
			.meta({ description: 'Entries that help meet it, as `<type>/<id>` links.' }),
	});
}
