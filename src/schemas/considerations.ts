import { z } from 'astro/zod';
import type { ReferenceFactory } from './common.ts';
import { guidanceFields } from './guidance.ts';

/** A consideration (`content/considerations/<id>.md`). A practice consideration: what to weigh and why. */
export function considerationSchema(reference: ReferenceFactory) {
	return z.strictObject(guidanceFields(reference));
}
