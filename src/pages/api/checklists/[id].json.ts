import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedEntries, loadCatalogDigest } from '../../../data/catalog.ts';
import { buildChecklistApi } from '../../../lib/catalog/api.ts';
import { readSiteSettings } from '../../../lib/site/settings.ts';

export const getStaticPaths = (async () => {
	const cacheKey = await loadCatalogDigest();
	return (await getPublishedEntries('checklists')).map((checklist) => ({
		params: { id: checklist.id },
		props: { checklist },
		cacheKey,
	}));
}) satisfies GetStaticPaths;

/** One checklist's items; described by `/api/checklist.schema.json`. */
export const GET: APIRoute = ({ props }) => {
	const { checklist } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const api = buildChecklistApi(
		{ id: checklist.id, ...checklist.data },
		readSiteSettings().siteUrl,
	);
	return new Response(JSON.stringify(api, null, 1), {
		headers: { 'Content-Type': 'application/json' },
	});
};
