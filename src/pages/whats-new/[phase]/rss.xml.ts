import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedEntries, loadCatalogDigest } from '../../../data/catalog.ts';
import { renderChangesFeed } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => {
	const cacheKey = await loadCatalogDigest();
	return (await getPublishedEntries('phases')).map((phase) => ({
		params: { phase: phase.id },
		cacheKey,
	}));
}) satisfies GetStaticPaths;

/** RSS feed of the major changes to one phase's entries, newest first. */
export const GET: APIRoute = ({ params }) => renderChangesFeed(params.phase);
