import type { z } from 'astro/zod';
import type { catalogApiSchema, checklistApiSchema } from '../../schemas/api.ts';
import { API_SCHEMA_VERSION } from '../../schemas/api.ts';
import type { CatalogEntry, CatalogGraph } from './graph.ts';
import { fingerprintItems } from '../checklists/state.ts';
import { entryPath } from './entry-types.ts';
import type { Freshness } from './freshness.ts';
import type { EntryLink } from '../../schemas/references.ts';

/** The machine-readable catalog. */
export type CatalogApi = z.infer<typeof catalogApiSchema>;

/** One checklist as the API publishes it. */
export type ChecklistApi = z.infer<typeof checklistApiSchema>;

/** Builds `/api/catalog.json`: every published entry but glossary terms, with freshness. */
export function buildCatalogApi(
	graph: CatalogGraph,
	options: { siteUrl: string; today: string; freshnessOf: (entry: CatalogEntry) => Freshness },
): CatalogApi {
	return {
		schemaVersion: API_SCHEMA_VERSION,
		generated: options.today,
		entries: graph.entries
			.filter((entry) => entry.status === 'published' && entry.collection !== 'glossary')
			.map((entry) => {
				const freshness = options.freshnessOf(entry);
				return {
					id: entry.id,
					type: entry.collection,
					title: entry.title,
					summary: entry.summary,
					url: new URL(entryPath(entry.collection, entry.id), options.siteUrl).href,
					phases: entry.phases,
					process: entry.process ?? null,
					roles: entry.roles,
					outcomes: entry.outcomes,
					owner: entry.owner ?? null,
					lastReviewed: entry.lastReviewed,
					reviewDue: freshness.reviewDue,
					overdue: freshness.state === 'overdue',
				};
			}),
	};
}

/** A checklist's data as its schema parses it. */
export interface ChecklistSource {
	id: string;
	title: string;
	phases: { id: string }[];
	process: { id: string };
	items: {
		id: string;
		text: string;
		role: { id: string };
		required: boolean;
		due: ChecklistApi['items'][number]['due'];
		section?: string | undefined;
		guidance: EntryLink[];
	}[];
}

/** Builds `/api/checklists/<id>.json`. */
export function buildChecklistApi(checklist: ChecklistSource, siteUrl: string): ChecklistApi {
	const absolute = (path: string) => new URL(path, siteUrl).href;
	return {
		schemaVersion: API_SCHEMA_VERSION,
		id: checklist.id,
		title: checklist.title,
		url: absolute(entryPath('checklists', checklist.id)),
		version: fingerprintItems(checklist.items.map((item) => item.id)),
		phases: checklist.phases.map((phase) => phase.id),
		process: checklist.process.id,
		items: checklist.items.map((item) => ({
			id: item.id,
			text: item.text,
			role: item.role.id,
			required: item.required,
			due: item.due,
			section: item.section ?? null,
			guidance: item.guidance.map((link) =>
				absolute(entryPath(link.collection, link.id, link.fragment)),
			),
		})),
	};
}
