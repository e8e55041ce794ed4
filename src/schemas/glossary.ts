import { z } from 'astro/zod';
import { calendarDate, STATUSES, type ReferenceFactory } from './common.ts';
import { entryLink } from './references.ts';

/** A glossary term (`content/glossary/<id>.yaml`): the term, its expansion and its meaning. */
export function glossarySchema(reference: ReferenceFactory) {
	return z.strictObject({
		/** The term or acronym as written in the text, e.g. "DQI". */
		term: z.string().trim().min(2),
		/** What an acronym stands for; leave out when the source does not say. */
		expansion: z.string().trim().min(3).optional(),
		/** What it means here, in one to three sentences. */
		definition: z
			.string()
			.trim()
			.min(10, 'too short: write a definition of at least 10 characters'),
		/** Other spellings that should be recognised, e.g. "Sales-to-Delivery". */
		aliases: z.array(z.string().trim().min(2)).default([]),
		/**
		 * Whether pages explain the term where it is first used (a popover with the definition);
		 * false for everyday words every reader knows, such as "engagement".
		 */
		markInText: z.boolean().default(true),
		/** True when the meaning is still to be confirmed by the content owner. */
		toConfirm: z.boolean().default(false),
		/** Entries that explain the term further. */
		seeAlso: z.array(entryLink).default([]),
		/** The role accountable for the definition. */
		owner: reference('roles'),
		/** The date the definition was last confirmed (YYYY-MM-DD). */
		lastReviewed: calendarDate,
		/** Days between reviews. */
		reviewEveryDays: z.number().int().min(30).max(730).default(365),
		/** draft, published or deprecated. */
		status: z.enum(STATUSES).default('published'),
		/** What changed at the last review, shown on What's new. */
		changeNote: z.string().trim().min(5).max(300).optional(),
		/** The term that replaces this one, as `glossary/<id>`, when `status` is deprecated. */
		supersededBy: entryLink.optional(),
	});
}
