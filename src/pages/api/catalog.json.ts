import type { APIRoute } from 'astro';
import { BUILD_DATE, freshnessOf, loadCatalog } from '../../data/catalog.ts';
import { buildCatalogApi } from '../../lib/catalog/api.ts';
import { readSiteSettings } from '../../lib/site/settings.ts';

/** Every published entry, for dashboards; described by `/api/catalog.schema.json`. */
export const GET: APIRoute = async () => {
	const api = buildCatalogApi(await loadCatalog(), {
		siteUrl: readSiteSettings().siteUrl,
		today: BUILD_DATE,
		freshnessOf,
	});
	return new Response(JSON.stringify(api, null, 1), {
		headers: { 'Content-Type': 'application/json' },
	});
};
