import { z } from 'astro/zod';
import {
	authored,
	calendarDate,
	changesField,
	questionsField,
	STATUSES,
	type ReferenceFactory,
} from './common.ts';
import { entryLink } from './references.ts';

/** A glossary term (`content/glossary/<id>.yaml`): the term, its expansion and its meaning. */
export function glossarySchema(reference: ReferenceFactory) {
	return z.strictObject({
		term: z
			.string()
			.trim()
			.min(2)
			.meta({ description: 'The term or acronym as written in the text, e.g. "DQI".' }),
		expansion: z.string().trim().min(3).optional().meta({
			description: 'What an acronym stands for; leave out when the source does not say.',
		}),
		definition: z
			.string()
			.trim()
			.min(10, authored('too short', 'write a definition of at least 10 characters'))
			.meta({ description: 'What it means here, in one to three sentences.' }),
		aliases: z.array(z.string().trim().min(2)).default([]).meta({
			description: 'Other spellings that should be recognised, e.g. "Sales-to-Delivery".',
		}),
		markInText: z.boolean().default(true).meta({
			description:
				'Whether pages explain the term where it is first used (a popover with the definition); false for everyday words every reader knows, such as "engagement".',
		}),
		questions: questionsField(reference),
		seeAlso: z
			.array(entryLink)
			.default([])
			.meta({ description: 'Entries that explain the term further.' }),
		owner: reference('roles').meta({ description: 'The role accountable for the definition.' }),
		lastReviewed: calendarDate.meta({
			description: 'The date the definition was last confirmed (YYYY-MM-DD).',
		}),
		reviewEveryDays: z
			.number()
			.int()
			.min(30)
			.max(730)
			.default(365)
			.meta({ description: 'Days between reviews.' }),
		status: z
			.enum(STATUSES)
			.default('published')
			.meta({ description: 'draft, published or deprecated.' }),
		changes: changesField,
		supersededBy: entryLink.optional().meta({
			description:
				'The term that replaces this one, as `glossary/<id>`, when `status` is deprecated.',
		}),
	});
}
