import { z } from 'astro/zod';
import { assessmentStoreSchema } from './assessment-state.ts';
import { isCalendarDate, WRITTEN_DATE } from './calendar-date.ts';
import { checklistStoreSchema } from './checklist-state.ts';
import { KEBAB_CASE } from './names.ts';
import { ACTION_STATUSES, ENGAGEMENT_LIMITS as LIMITS, RATINGS } from './storage-limits.ts';

/**
 * The engagement record file (`schemaVersion` 1) as a zod schema, published as
 * `/api/engagement-record.schema.json`. The browser's own reader (`decodeRecord`, kept small for
 * the workspace's script budget) is tested against it: whatever it decodes, for any input,
 * encodes to a file this schema accepts.
 */

/** The dates the workspace accepts, as the DQI calculator does: a mistyped year is no engagement. */
const DATE_RANGE = { first: '2000-01-01', last: '2100-12-31' } as const;

const storedId = z
	.string()
	.regex(/^[a-z0-9]{1,24}$/)
	.meta({ description: 'A random id made by the browser: 1 to 24 lowercase letters or digits.' });

const contentId = z
	.string()
	.max(80)
	.regex(KEBAB_CASE)
	.meta({ description: 'A checklist or phase id as the catalog writes it, e.g. `oqr`.' });

const date = z
	.string()
	.regex(WRITTEN_DATE)
	.refine((text) => isCalendarDate(text) && text >= DATE_RANGE.first && text <= DATE_RANGE.last, {
		message: `a real date between ${DATE_RANGE.first} and ${DATE_RANGE.last}`,
	})
	.meta({ description: 'A calendar date, YYYY-MM-DD, between 2000 and 2100.' });

const itemId = contentId.meta({ description: 'A checklist item’s id, e.g. `oqr-scope-agreed`.' });

const action = z
	.strictObject({
		checklist: contentId,
		item: itemId,
		owner: z.string().max(LIMITS.ownerLength).meta({ description: 'Who does it, or empty.' }),
		due: z
			.union([date, z.literal('')])
			.meta({ description: 'When it is due, or empty for the item’s own due date.' }),
		status: z.enum(ACTION_STATUSES).meta({ description: 'Where the action stands.' }),
		reason: z
			.string()
			.max(LIMITS.reasonLength)
			.meta({ description: 'Why it won’t be done, or empty.' }),
		note: z.string().max(LIMITS.actionNoteLength).meta({ description: 'A note, or empty.' }),
		updated: z.number().meta({ description: 'Last change, in milliseconds since the epoch.' }),
	})
	.meta({ description: 'The decision on one item that falls short: owner, due date, status.' });

const milestone = z
	.strictObject({
		id: storedId,
		checklist: contentId,
		label: z.string().min(1).max(LIMITS.milestoneLabelLength).meta({
			description: 'What the milestone is called, e.g. “DQI day 130”.',
		}),
		date: date.meta({ description: 'The day it stands for.' }),
		ratings: z
			.record(itemId, z.enum(RATINGS))
			.meta({ description: 'Each rated item’s rating when it was saved.' }),
		created: z
			.number()
			.meta({ description: 'When it was saved, in milliseconds since the epoch.' }),
	})
	.meta({ description: 'An assessment frozen on a day, to compare with a later one.' });

/** An engagement as the store and record files write it. */
export const engagementSchema = z
	.strictObject({
		id: storedId,
		name: z.string().min(1).max(LIMITS.nameLength).meta({ description: 'The engagement’s name.' }),
		customer: z
			.string()
			.max(LIMITS.customerLength)
			.meta({ description: 'The customer, or empty.' }),
		start: date.meta({ description: 'Project start, day 0 of the DQI window.' }),
		end: date.meta({ description: 'Planned end, after the start.' }),
		sow: z
			.string()
			.max(LIMITS.sowLength)
			.meta({ description: 'The statement of work reference, or empty.' }),
		notes: z.string().max(LIMITS.notesLength).meta({ description: 'Free notes, or empty.' }),
		archived: z.boolean().meta({ description: 'True once the engagement is put away.' }),
		phaseDates: z
			.record(
				contentId,
				z
					.strictObject({ start: date, end: date })
					.refine((span) => span.start <= span.end, { message: 'the end comes before the start' }),
			)
			.meta({
				description:
					'Phase dates the reader moved, by phase id; other phases take their computed dates.',
			}),
		checklists: z
			.array(
				z.strictObject({
					checklist: contentId,
					run: storedId.optional().meta({ description: 'The run filed for the checklist.' }),
					assessment: storedId.optional().meta({ description: 'The assessment filed for it.' }),
				}),
			)
			.max(LIMITS.checklistsPerEngagement)
			.meta({
				description: 'What the engagement files, at most one run and one assessment per checklist.',
			}),
		// Optional: records written before improvement plans (#16) have neither.
		actions: z
			.array(action)
			.max(LIMITS.actionsPerEngagement)
			.optional()
			.meta({ description: 'The improvement plan’s decisions, at most one per item.' }),
		milestones: z
			.array(milestone)
			.max(LIMITS.milestonesPerEngagement)
			.optional()
			.meta({ description: 'Saved milestones, oldest first.' }),
		created: z.number().meta({ description: 'Creation, in milliseconds since the epoch.' }),
		updated: z.number().meta({ description: 'Last change, in milliseconds since the epoch.' }),
	})
	.refine((engagement) => engagement.end > engagement.start, {
		message: 'the planned end must come after the start',
		path: ['end'],
	});

/** One entry per checklist, at most one per checklist. */
function perChecklist<T extends z.ZodType>(entry: T, what: string) {
	return z
		.array(entry)
		.max(LIMITS.checklistsPerEngagement)
		.refine(
			(entries) =>
				new Set(entries.map((value) => (value as { checklist: string }).checklist)).size ===
				entries.length,
			{ message: `at most one ${what} per checklist` },
		);
}

const fingerprint = z
	.string()
	.max(16)
	.meta({ description: 'Fingerprint of the checklist’s item ids when the file was written.' });

/** The engagement record file. */
export const engagementRecordSchema = z
	.strictObject({
		schemaVersion: z.literal(1).meta({ description: 'Version of the record format.' }),
		exported: z.iso.datetime().meta({ description: 'When the file was written (ISO 8601, UTC).' }),
		engagement: engagementSchema,
		runs: perChecklist(
			z.strictObject({
				checklist: contentId,
				fingerprint,
				run: checklistStoreSchema.shape.runs.element,
			}),
			'run',
		).meta({ description: 'The runs the engagement files: ticked item ids by checklist.' }),
		assessments: perChecklist(
			z.strictObject({
				checklist: contentId,
				fingerprint,
				assessment: assessmentStoreSchema.shape.assessments.element,
			}),
			'assessment',
		).meta({ description: 'The assessments it files: ratings and evidence notes by item id.' }),
	})
	.meta({
		title: 'PDP engagement record',
		description:
			'One engagement with the checklist runs and assessments it files, as PDP exports it.',
	});
