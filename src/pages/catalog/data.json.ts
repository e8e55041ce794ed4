import type { APIRoute } from 'astro';
import { loadCatalogData } from '../../data/catalog.ts';

/** The catalog's data for `<pdp-catalog>`: every listed entry with its facet values. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await loadCatalogData()), {
		headers: { 'Content-Type': 'application/json' },
	});
