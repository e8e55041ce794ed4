import { z } from 'astro/zod';
import { baseFields, type ReferenceFactory } from './common.ts';

/** A customer business outcome (`content/outcomes/<id>.md`) and how it is measured. */
export function outcomeSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		measures: z
			.array(z.string().trim().min(5))
			.default([])
			.meta({ description: 'Ways an engagement can show it moved this outcome.' }),
	});
}
