/**
 * The collection registry: for every catalog collection, how it is written, what kind of content
 * it holds, how readers see it and where the site lists it. Every per-collection list in the code
 * (file formats, article types, indexed types, the catalog's types, the guidance collections,
 * reader-facing names) is derived from here, so a new collection is one entry in this table plus
 * its schema.
 */
import { COLLECTIONS, type CollectionName } from './names.ts';

/** A file format content is written in. */
export type ContentFormat = 'md' | 'yaml';

/** What the site needs to know about one collection. */
export interface CollectionInfo {
	/**
	 * The file formats under `content/<collection>/`, the one new entries are scaffolded in first.
	 * Most collections have one; templates have two (Markdown documents, YAML registers).
	 */
	formats: readonly ContentFormat[];
	/**
	 * `guidance`: practice content a reader acts on; `structure`: the framework's skeleton that
	 * guidance hangs from; `reference`: looked up, never listed with the rest.
	 */
	kind: 'guidance' | 'structure' | 'reference';
	/** `article`: the shared `/<type>/<id>/` template renders the entry; `own`: a page of its own. */
	page: 'article' | 'own';
	/** Its position among the catalog's types, or false when the catalog leaves it out. */
	catalogOrder: number | false;
	/** Whether it has an index page at `/<collection>/`. */
	indexed: boolean;
	/** Reader-facing names. */
	singular: string;
	plural: string;
	/** One line shown on the type's index page. */
	description: string;
}

export const COLLECTION_INFO = {
	phases: {
		formats: ['md'],
		kind: 'structure',
		page: 'own',
		catalogOrder: 1,
		indexed: true,
		singular: 'Phase guide',
		plural: 'Phases',
		description:
			'The four delivery phases, in order, with their goals, criteria, RACI and checklist.',
	},
	processes: {
		formats: ['md'],
		kind: 'structure',
		page: 'own',
		catalogOrder: 2,
		indexed: true,
		singular: 'Process',
		plural: 'Processes',
		description:
			"The catalog's way of organising the framework's work (the framework lists no processes), each with everything written for it.",
	},
	playbooks: {
		formats: ['md'],
		kind: 'guidance',
		page: 'article',
		catalogOrder: 3,
		indexed: true,
		singular: 'Playbook',
		plural: 'Playbooks',
		description:
			'How to approach a situation: purpose, roles, inputs, steps, outputs and pitfalls.',
	},
	runbooks: {
		formats: ['md'],
		kind: 'guidance',
		page: 'article',
		catalogOrder: 4,
		indexed: true,
		singular: 'Runbook',
		plural: 'Runbooks',
		description: 'Exact steps for a procedure, with its trigger, verification and escalation.',
	},
	considerations: {
		formats: ['md'],
		kind: 'guidance',
		page: 'article',
		catalogOrder: 5,
		indexed: true,
		singular: 'Practice consideration',
		plural: 'Practice considerations',
		description: 'What to weigh, and why, when you make a delivery decision.',
	},
	faqs: {
		formats: ['md'],
		kind: 'guidance',
		page: 'article',
		catalogOrder: 6,
		indexed: true,
		singular: 'FAQ',
		plural: 'FAQs',
		description: 'Questions practitioners ask, each with its own link.',
	},
	checklists: {
		formats: ['yaml'],
		kind: 'guidance',
		page: 'own',
		catalogOrder: 7,
		indexed: true,
		singular: 'Checklist',
		plural: 'Checklists',
		description:
			'Checklists for phases, quality gates, the PESA and procedures, with stable, linkable items.',
	},
	roles: {
		formats: ['md'],
		kind: 'structure',
		page: 'own',
		catalogOrder: 10,
		indexed: true,
		singular: 'Role',
		plural: 'Roles',
		description: 'The #OneTeam personas and roles, and what each does in every phase.',
	},
	outcomes: {
		formats: ['md'],
		kind: 'structure',
		page: 'article',
		catalogOrder: 11,
		indexed: true,
		singular: 'Customer business outcome',
		plural: 'Customer business outcomes',
		description: 'The four outcomes every engagement targets, and how to measure them.',
	},
	templates: {
		formats: ['md', 'yaml'],
		kind: 'guidance',
		page: 'own',
		catalogOrder: 8,
		indexed: true,
		singular: 'Template',
		plural: 'Templates',
		description:
			'The documents and registers runbooks ask for, to download as Word, Excel, CSV or Markdown.',
	},
	standards: {
		formats: ['md'],
		kind: 'structure',
		page: 'article',
		catalogOrder: 9,
		indexed: true,
		singular: 'WW standard',
		plural: 'WW standards',
		description: 'The worldwide delivery bar, each standard with the guidance that helps meet it.',
	},
	glossary: {
		formats: ['yaml'],
		kind: 'reference',
		page: 'own',
		catalogOrder: false,
		indexed: false,
		singular: 'Glossary term',
		plural: 'Glossary',
		description: 'Terms and acronyms used across the framework.',
	},
	questions: {
		formats: ['yaml'],
		kind: 'reference',
		page: 'own',
		catalogOrder: false,
		indexed: false,
		singular: 'Open question',
		plural: 'Open questions',
		description:
			'Points the framework leaves open, each with what it says and the working assumption meanwhile.',
	},
} as const satisfies Record<CollectionName, CollectionInfo>;

type Info = typeof COLLECTION_INFO;
/** The collections whose `field` is `value`, as a type. */
type Where<F extends keyof CollectionInfo, V> = {
	[C in CollectionName]: Info[C][F] extends V ? C : never;
}[CollectionName];

/** The collections the registry marks so, in registry order (pure: left out of bundles unused). */
const where = <C extends CollectionName>(test: (info: CollectionInfo) => boolean): C[] =>
	COLLECTIONS.filter((collection) => test(COLLECTION_INFO[collection])) as C[];

/** Types rendered from their Markdown by the shared `/[type]/[id]/` template. */
export type ArticleType = Where<'page', 'article'>;
export const ARTICLE_TYPES: readonly ArticleType[] = /* @__PURE__ */ where<ArticleType>(
	(info) => info.page === 'article',
);

/** The collections that hold practice guidance, as opposed to structure and reference data. */
export type GuidanceCollection = Where<'kind', 'guidance'>;
export const GUIDANCE_COLLECTIONS: readonly GuidanceCollection[] =
	/* @__PURE__ */ where<GuidanceCollection>((info) => info.kind === 'guidance');

/** Types with an index page at `/[type]/`. */
export type IndexedType = Where<'indexed', true>;
export const INDEXED_TYPES: readonly IndexedType[] = /* @__PURE__ */ where<IndexedType>(
	(info) => info.indexed,
);

/** Types the catalog lists, in the catalog's order. */
export type CatalogType = Exclude<CollectionName, Where<'catalogOrder', false>>;
const catalogTypes = (): CatalogType[] =>
	where<CatalogType>((info) => info.catalogOrder !== false).sort(
		(left, right) =>
			Number(COLLECTION_INFO[left].catalogOrder) - Number(COLLECTION_INFO[right].catalogOrder),
	);
export const CATALOG_TYPES: readonly CatalogType[] = /* @__PURE__ */ catalogTypes();

/** The file formats each collection is written in under `content/<collection>/`. */
export const COLLECTION_FORMATS = /* @__PURE__ */ (() => {
	const info: Record<CollectionName, CollectionInfo> = COLLECTION_INFO;
	return Object.fromEntries(
		COLLECTIONS.map((collection) => [collection, info[collection].formats]),
	) as Record<CollectionName, readonly ContentFormat[]>;
})();

/** The format of a content file, from its name; undefined when no collection uses it. */
export function formatOfFile(name: string): ContentFormat | undefined {
	return name.endsWith('.md') ? 'md' : name.endsWith('.yaml') ? 'yaml' : undefined;
}

/** The formats of a collection as authors read them: `.md`, or `.md or .yaml`. */
export function describeFormats(collection: CollectionName): string {
	return COLLECTION_FORMATS[collection].map((format) => `.${format}`).join(' or ');
}
