import type { APIRoute } from 'astro';
import { catalogApiSchema, toPublishedJsonSchema } from '../../schemas/api.ts';
import { readSiteSettings } from '../../lib/site/settings.ts';

/** JSON Schema of `/api/catalog.json`, generated from its zod schema. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			toPublishedJsonSchema(
				catalogApiSchema,
				new URL('/api/catalog.schema.json', readSiteSettings().siteUrl).href,
			),
			null,
			1,
		),
		{ headers: { 'Content-Type': 'application/schema+json' } },
	);
