import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedEntries } from '../../../data/catalog.ts';
import { renderChangesFeed } from '../../../data/feeds.ts';

export const getStaticPaths = (async () =>
	(await getPublishedEntries('phases')).map((phase) => ({
		params: { phase: phase.id },
	}))) satisfies GetStaticPaths;

/** RSS feed of one phase's most recently added or reviewed entries. */
export const GET: APIRoute = ({ params }) => renderChangesFeed(params.phase);
