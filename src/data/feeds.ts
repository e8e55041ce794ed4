import rss from '@astrojs/rss';
import { loadCatalog } from './catalog.ts';
import { ENTRY_TYPES, entryPath } from '../lib/catalog/entry-types.ts';
import { listRecentChanges } from '../lib/catalog/whats-new.ts';
import { readSiteSettings } from '../lib/site/settings.ts';

/** The What's new RSS feed, for the whole catalog or one phase. */
export async function renderChangesFeed(phase?: string): Promise<Response> {
	const graph = await loadCatalog();
	const phaseTitle = phase ? graph.get({ collection: 'phases', id: phase })?.title : undefined;
	const changes = listRecentChanges(graph.entries, phase ? { phase } : {});
	return rss({
		title: phaseTitle ? `PDP — What's new in ${phaseTitle}` : "PDP — What's new",
		description: 'Delivery practices added or reviewed most recently.',
		site: readSiteSettings().siteUrl,
		items: changes.map((entry) => ({
			title: `${ENTRY_TYPES[entry.collection].singular}: ${entry.title}`,
			link: entryPath(entry.collection, entry.id),
			pubDate: new Date(`${entry.lastReviewed}T00:00:00Z`),
			description: entry.changeNote ? `${entry.changeNote} — ${entry.summary}` : entry.summary,
			categories: [ENTRY_TYPES[entry.collection].singular],
		})),
	});
}
