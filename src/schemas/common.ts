import { z } from 'astro/zod';
import { entryLink } from './references.ts';

export { COLLECTIONS, KEBAB_CASE, type CollectionName } from './names.ts';
import { KEBAB_CASE, type CollectionName } from './names.ts';
import { isCalendarDate } from './calendar-date.ts';
export { authored, authoredIssue, type AuthoredMessage } from './authored-messages.ts';
import { authored } from './authored-messages.ts';

/** A resolved link to one entry of a collection, as Astro's `reference()` produces it. */
export interface EntryReference<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * Makes the schema for a link to one collection. Astro's `reference()` in the site; a plain
 * recorder in the stand-alone content check, so the same schemas serve both.
 */
export type ReferenceFactory = <C extends CollectionName>(
	collection: C,
) => z.ZodType<EntryReference<C>, string>;

/**
 * `reference()` for checking front matter outside Astro (the content check, tests): it keeps the
 * id as written and records nothing; references are resolved afterwards against the files.
 */
export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
	z.string().transform((id): EntryReference<C> => ({ collection, id }));

/** A tag or item id: kebab-case, as used in URLs and anchors. */
export const kebabId = z
	.string()
	.regex(
		KEBAB_CASE,
		authored('not kebab-case', 'use lowercase letters, digits and single hyphens, e.g. "raid-log"'),
	);

/**
 * A calendar date as `YYYY-MM-DD`. Astro's YAML parser turns unquoted dates into `Date`
 * objects (and silently rolls 2026-02-30 over to March); the stand-alone content check reads the
 * raw text first, so an impossible date is reported before Astro ever sees it.
 */
export const calendarDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string(authored('not a date', 'write the date as YYYY-MM-DD, e.g. 2026-11-30'))
		.meta({ format: 'date' })
		.refine(
			isCalendarDate,
			authored(
				'not a real calendar date',
				'write a date that exists, as YYYY-MM-DD, e.g. 2026-11-30',
			),
		),
);

/** How much a change matters to readers: What's new and the feeds list the major ones. */
export const CHANGE_TYPES = ['major', 'minor'] as const;

/** One line of an entry's history, as GOV.UK's "updates to this page". */
export const change = z.strictObject({
	date: calendarDate.meta({ description: 'When the change was made (YYYY-MM-DD).' }),
	type: z.enum(CHANGE_TYPES).meta({
		description:
			"major (readers should know: listed on What's new and in the feeds) or minor (wording, links, a review that changed nothing).",
	}),
	note: z
		.string()
		.trim()
		.min(5, authored('too short', 'say what changed, for a reader, in a few words'))
		.max(300, authored('too long', 'keep the note under 300 characters'))
		.meta({ description: 'What changed, for a reader, e.g. "Added the DQI window".' }),
});

const missingChanges = authored(
	'required field is missing',
	'add "changes:" with at least one line, e.g. "changes: [{ date: 2026-12-02, type: major, note: First published }]"',
);

/**
 * The entry's history, any order (pages show it newest first). Moving `lastReviewed` needs a
 * change of that date, even a minor "Reviewed; no changes" (the content check enforces it).
 */
export const changesField = z
	.array(change, {
		error: (issue) => (issue.input === undefined ? missingChanges.error : undefined),
	})
	.min(
		1,
		authored(
			'empty list',
			'add at least one change, e.g. { date: 2026-12-02, type: major, note: First published }',
		),
	)
	.meta({
		description:
			"The entry's history: one `{ date, type, note }` per change, `type` major or minor. A review that moves `lastReviewed` adds one.",
	});

/** Publication state of an entry. */
export const STATUSES = ['draft', 'published', 'deprecated'] as const;

/** Fields every catalog entry carries: identity, ownership and freshness. */
export function baseFields(reference: ReferenceFactory) {
	return {
		title: z
			.string()
			.trim()
			.min(2, authored('too short', 'give a title of at least 2 characters'))
			.meta({ description: 'Page title, as shown in navigation and search results.' }),
		summary: z
			.string()
			.trim()
			.min(20, authored('too short', 'write a summary of at least 20 characters'))
			.max(
				400,
				authored('too long', 'keep the summary under 400 characters and put detail in the body'),
			)
			.meta({
				description:
					'One or two sentences saying what the entry is for; shown on cards and in search.',
			}),
		tags: z
			.array(kebabId)
			.default([])
			.meta({ description: 'Free keywords (kebab-case) that help search and the catalog facets.' }),
		owner: reference('roles').meta({
			description: 'The role accountable for keeping this entry accurate.',
		}),
		lastReviewed: calendarDate.meta({
			description: 'The date the owner last confirmed the entry is accurate (YYYY-MM-DD).',
		}),
		reviewEveryDays: z.number().int().min(30).max(730).default(180).meta({
			description:
				'How many days may pass after `lastReviewed` before the entry is due for review.',
		}),
		status: z.enum(STATUSES).default('published').meta({
			description:
				'draft (not published), published, or deprecated (kept, but marked as replaced).',
		}),
		changes: changesField,
		supersededBy: entryLink.optional().meta({
			description:
				'The entry that replaces this one, as `<type>/<id>`, when `status` is deprecated.',
		}),
		questions: questionsField(reference),
	};
}

/**
 * The open questions an entry depends on: its page shows one line linking each, instead of a
 * "to be confirmed" paragraph of its own.
 */
export function questionsField(reference: ReferenceFactory) {
	return z.array(reference('questions')).default([]).meta({
		description:
			'Points the framework leaves open that this entry relies on, as ids under content/questions/; its page links each in one line.',
	});
}

/** Fields that place a practice entry in the framework: phases, process, roles, outcomes. */
export function classificationFields(reference: ReferenceFactory) {
	return {
		phases: z
			.array(reference('phases'))
			.min(1, authored('empty list', 'name at least one phase, e.g. [launch]'))
			.meta({ description: 'The delivery phases this entry applies to.' }),
		process: reference('processes').meta({
			description:
				"The process (as the catalog organises the framework's work) this entry belongs to.",
		}),
		roles: z
			.array(reference('roles'))
			.min(1, authored('empty list', 'name at least one role, e.g. [engagement-manager]'))
			.meta({ description: 'The roles that use or take part in this entry.' }),
		outcomes: z
			.array(reference('outcomes'))
			.default([])
			.meta({ description: 'The customer business outcomes this entry supports.' }),
	};
}
