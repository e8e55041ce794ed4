import { z } from 'astro/zod';
import type { ReferenceFactory } from './common.ts';
import { guidanceFields } from './guidance.ts';

/** A faq (`content/faqs/<id>.md`). Questions and answers; each `## question` heading is one linkable question. */
export function faqSchema(reference: ReferenceFactory) {
	return z.strictObject(guidanceFields(reference));
}
