import type { APIRoute } from 'astro';
import { checklistApiSchema, toPublishedJsonSchema } from '../../schemas/api.ts';
import { readSiteSettings } from '../../lib/site/settings.ts';

/** JSON Schema of `/api/checklists/<id>.json`, generated from its zod schema. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			toPublishedJsonSchema(
				checklistApiSchema,
				new URL('/api/checklist.schema.json', readSiteSettings().siteUrl).href,
			),
			null,
			1,
		),
		{ headers: { 'Content-Type': 'application/schema+json' } },
	);
