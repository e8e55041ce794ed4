import { z } from 'astro/zod';
import { DUE_POINTS } from './checklists.ts';
import { COLLECTIONS } from './names.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Version of the machine-readable catalog's format; raised on any breaking change. */
export const API_SCHEMA_VERSION = 1;

/** `/api/catalog.json`: every published entry, for dashboards and other tools. */
export const catalogApiSchema = z
	.strictObject({
		schemaVersion: z.literal(API_SCHEMA_VERSION),
		generated: isoDate.describe('The build date the freshness fields are judged against.'),
		entries: z.array(
			z.strictObject({
				id: z.string().describe('The entry id, unique within its type.'),
				type: z.enum(COLLECTIONS).describe('The collection, which is also the first URL segment.'),
				title: z.string(),
				summary: z.string(),
				url: z.url().describe("The entry page's absolute address."),
				phases: z.array(z.string()).describe('Phase ids.'),
				process: z
					.string()
					.nullable()
					.describe('Process id, or null for entries outside a process.'),
				roles: z.array(z.string()).describe('Role ids.'),
				outcomes: z.array(z.string()).describe('Customer business outcome ids.'),
				owner: z.string().nullable().describe('Id of the role that owns the entry.'),
				lastReviewed: isoDate,
				reviewDue: isoDate,
				overdue: z.boolean(),
			}),
		),
	})
	.describe(
		'PDP catalog: every published entry with its place in the framework and its freshness.',
	);

/** `/api/checklists/<id>.json`: one checklist's items, for tools that track them. */
export const checklistApiSchema = z
	.strictObject({
		schemaVersion: z.literal(API_SCHEMA_VERSION),
		id: z.string(),
		title: z.string(),
		url: z.url(),
		version: z
			.string()
			.describe('Fingerprint of the item ids; it changes when items are added or removed.'),
		phases: z.array(z.string()),
		process: z.string(),
		items: z.array(
			z.strictObject({
				id: z.string().describe('Stable item id, also the anchor on the checklist page.'),
				text: z.string(),
				role: z.string().describe('Id of the responsible role.'),
				required: z.boolean(),
				due: z.enum(DUE_POINTS),
				section: z.string().nullable(),
				guidance: z.array(z.url()).describe('Absolute addresses of the guidance behind the item.'),
			}),
		),
	})
	.describe('A PDP checklist with its items, roles and due points.');

/** The JSON Schema published beside an API file. */
export function toPublishedJsonSchema(schema: z.ZodType, id: string): Record<string, unknown> {
	return { $id: id, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
}
