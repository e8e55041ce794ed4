import { COLLECTIONS, type CollectionName } from '../schemas/names.ts';

/** How a collection is named to readers. */
export interface EntryTypeLabel {
	singular: string;
	plural: string;
	/** One line shown on the type's index page. */
	description: string;
}

/** Reader-facing names of every collection. */
export const ENTRY_TYPES: Record<CollectionName, EntryTypeLabel> = {
	phases: {
		singular: 'Phase guide',
		plural: 'Phases',
		description:
			'The four delivery phases, in order, with their goals, criteria, RACI and checklist.',
	},
	processes: {
		singular: 'Process',
		plural: 'Processes',
		description: 'Global Delivery Framework processes and everything written for each.',
	},
	playbooks: {
		singular: 'Playbook',
		plural: 'Playbooks',
		description:
			'How to approach a situation: purpose, roles, inputs, steps, outputs and pitfalls.',
	},
	runbooks: {
		singular: 'Runbook',
		plural: 'Runbooks',
		description: 'Exact steps for a procedure, with its trigger, verification and escalation.',
	},
	considerations: {
		singular: 'Practice consideration',
		plural: 'Practice considerations',
		description: 'What to weigh, and why, when you make a delivery decision.',
	},
	faqs: {
		singular: 'FAQ',
		plural: 'FAQs',
		description: 'Questions practitioners ask, each with its own link.',
	},
	checklists: {
		singular: 'Checklist',
		plural: 'Checklists',
		description: 'Phase and quality-gate checklists with stable, linkable items.',
	},
	roles: {
		singular: 'Role',
		plural: 'Roles',
		description: 'The #OneTeam personas and roles, and what each does in every phase.',
	},
	outcomes: {
		singular: 'Customer business outcome',
		plural: 'Customer business outcomes',
		description: 'The four outcomes every engagement targets, and how to measure them.',
	},
	standards: {
		singular: 'WW standard',
		plural: 'WW standards',
		description: 'The worldwide delivery bar, each standard with the guidance that helps meet it.',
	},
	glossary: {
		singular: 'Glossary term',
		plural: 'Glossary',
		description: 'Terms and acronyms used across the framework.',
	},
};

/** The site path of an entry's page, with an optional `#fragment`. */
export function entryPath(collection: CollectionName, id: string, fragment?: string): string {
	return `/${collection}/${id}/${fragment ? `#${fragment}` : ''}`;
}

/** The site path of a collection's index page. */
export function collectionPath(collection: CollectionName): string {
	return `/${collection}/`;
}

/** Types whose page is the entry's own Markdown plus its place in the catalog (`/[type]/[id]/`). */
export const ARTICLE_TYPES = [
	'playbooks',
	'runbooks',
	'considerations',
	'faqs',
	'standards',
	'outcomes',
] as const satisfies readonly CollectionName[];

/** Types with an index page at `/[type]/`; the glossary is one page of its own. */
export const INDEXED_TYPES = COLLECTIONS.filter(
	(collection): collection is Exclude<CollectionName, 'glossary'> => collection !== 'glossary',
);
