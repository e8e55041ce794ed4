import type { APIRoute } from 'astro';
import { renderChangesFeed } from '../../data/feeds.ts';

/** RSS feed of the major changes to the catalog, newest first. */
export const GET: APIRoute = () => renderChangesFeed();
