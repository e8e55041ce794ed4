import type { APIRoute } from 'astro';
import { renderChangesFeed } from '../../data/feeds.ts';

/** RSS feed of the most recently added or reviewed entries. */
export const GET: APIRoute = () => renderChangesFeed();
