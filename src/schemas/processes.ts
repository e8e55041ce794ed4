import { z } from 'astro/zod';
import { baseFields, type ReferenceFactory } from './common.ts';

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
	});
}
