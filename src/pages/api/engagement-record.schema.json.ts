import type { APIRoute } from 'astro';
import { toPublishedJsonSchema } from '../../schemas/api.ts';
import { engagementRecordSchema } from '../../schemas/engagement-record.ts';
import { readSiteSettings } from '../../lib/site/settings.ts';

/** JSON Schema of the engagement record file, generated from its zod schema. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			toPublishedJsonSchema(
				engagementRecordSchema,
				new URL('/api/engagement-record.schema.json', readSiteSettings().siteUrl).href,
			),
			null,
			1,
		),
		{ headers: { 'Content-Type': 'application/schema+json' } },
	);
