import rss from '@astrojs/rss';
import { loadCatalog } from './catalog.ts';
import { ENTRY_TYPES, entryPath } from '../lib/catalog/entry-types.ts';
import { listRecentChanges } from '../lib/catalog/whats-new.ts';
import { readSiteSettings } from '../lib/site/settings.ts';

/** The What's new RSS feed (major changes), for the whole catalog or one phase. */
export async function renderChangesFeed(phase?: string): Promise<Response> {
	const graph = await loadCatalog();
	const phaseTitle = phase ? graph.get({ collection: 'phases', id: phase })?.title : undefined;
	const changes = listRecentChanges(graph.entries, phase ? { phase } : {});
	const site = readSiteSettings().siteUrl;
	return rss({
		title: phaseTitle ? `PDP — What's new in ${phaseTitle}` : "PDP — What's new",
		description: 'Major changes to the delivery practices, newest first.',
		site,
		items: changes.map(({ entry, change }) => {
			const link = entryPath(entry.collection, entry.id);
			// One entry can change twice: the guid names the change, the link the page.
			const guid = `${new URL(link, site).href}#change-${change.date}-${String(entry.changes.indexOf(change))}`;
			return {
				title: `${ENTRY_TYPES[entry.collection].singular}: ${entry.title}`,
				link,
				pubDate: new Date(`${change.date}T00:00:00Z`),
				description: change.note,
				categories: [ENTRY_TYPES[entry.collection].singular],
				customData: `<guid isPermaLink="false">${guid}</guid>`,
			};
		}),
	});
}
