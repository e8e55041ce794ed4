import type { APIRoute } from 'astro';
import { buildBrowserVocabulary } from '../../data/search-vocabulary.ts';

/** The search layer's vocabulary (synonyms, best bets, site words, roles), fetched when search opens. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await buildBrowserVocabulary()), {
		headers: { 'Content-Type': 'application/json' },
	});
