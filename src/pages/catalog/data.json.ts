import type { APIRoute } from 'astro';
import { freshnessOf, loadCatalog } from '../../data/catalog.ts';
import { buildCatalogData } from '../../lib/catalog-data.ts';

/** The catalog's data for `<pdp-catalog>`: every listed entry with its facet values. */
export const GET: APIRoute = async () => {
	const graph = await loadCatalog();
	const data = buildCatalogData(graph, (entry) => freshnessOf(entry).state === 'overdue');
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
