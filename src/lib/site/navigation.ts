import { listContentFiles, isLoadedFile, readContentFile } from '../content/files.ts';

/** A sidebar link as Starlight's `sidebar` option takes it. */
export interface SidebarLink {
	label: string;
	link: string;
}

/** A labelled group of sidebar links. */
export interface SidebarGroup {
	label: string;
	collapsed?: boolean;
	items: SidebarLink[];
}

/** The content types listed under "Browse by type", with their index pages. */
export const TYPE_INDEX_LINKS: SidebarLink[] = [
	{ label: 'Whole catalog', link: '/catalog/' },
	{ label: 'Search with filters', link: '/search/' },
	{ label: 'Playbooks', link: '/playbooks/' },
	{ label: 'Runbooks', link: '/runbooks/' },
	{ label: 'Practice considerations', link: '/considerations/' },
	{ label: 'FAQs', link: '/faqs/' },
	{ label: 'Checklists', link: '/checklists/' },
	{ label: 'Templates', link: '/templates/' },
	{ label: 'Quality gates and measures', link: '/quality-gates/' },
	{ label: 'Standards', link: '/standards/' },
];

/** Site-wide pages that are always in the sidebar. */
export const KEY_PAGE_LINKS: SidebarLink[] = [
	{ label: 'The framework', link: '/framework/' },
	{ label: 'Onboarding path', link: '/onboarding/' },
	{ label: 'Engagements', link: '/engagements/' },
	{ label: 'Roles', link: '/roles/' },
	{ label: 'Customer business outcomes', link: '/outcomes/' },
	{ label: 'Glossary', link: '/glossary/' },
	{ label: "What's new", link: '/whats-new/' },
	{ label: 'Open questions', link: '/authoring/open-questions/' },
	{ label: 'Front matter reference', link: '/authoring/front-matter/' },
	{ label: 'Framework traceability', link: '/authoring/traceability/' },
	{ label: 'All phases', link: '/phases/' },
	{ label: 'All processes', link: '/processes/' },
];

interface NavigationEntry {
	id: string;
	title: string;
	order: number;
}

function readNavigationEntries(
	contentDir: string,
	collection: 'phases' | 'processes',
): NavigationEntry[] {
	return listContentFiles(contentDir)
		.filter((file) => file.collection === collection && isLoadedFile(file))
		.map((file) => {
			const data = (readContentFile(file).data ?? {}) as Record<string, unknown>;
			return {
				id: file.id,
				title: typeof data['title'] === 'string' ? data['title'] : file.id,
				order: typeof data['order'] === 'number' ? data['order'] : Number.MAX_SAFE_INTEGER,
				status: data['status'],
			};
		})
		.filter((entry) => entry.status !== 'draft')
		.sort((left, right) => left.order - right.order || left.title.localeCompare(right.title));
}

/**
 * The sidebar: phases in order, processes, content types and key pages. It lists groupings,
 * never individual entries, so every page's HTML stays the same size as the catalog grows.
 */
export function buildSidebar(contentDir: string): SidebarGroup[] {
	const toLinks = (collection: 'phases' | 'processes') =>
		readNavigationEntries(contentDir, collection).map((entry) => ({
			label: entry.title,
			link: `/${collection}/${entry.id}/`,
		}));
	return [
		{ label: 'Phases', items: toLinks('phases') },
		{ label: 'Processes', collapsed: true, items: toLinks('processes') },
		{ label: 'Browse by type', items: TYPE_INDEX_LINKS },
		{ label: 'Reference', items: KEY_PAGE_LINKS },
	];
}
