import type { CollectionName, EntryReference } from '../../schemas/common.ts';
import type { PlayFacts } from '../../schemas/play-facts.ts';
import { findReferences, type FoundReference } from './entry-references.ts';

/** One catalog entry reduced to what navigation, listings and relations need. */
export interface CatalogEntry {
	collection: CollectionName;
	id: string;
	title: string;
	/** A short name for tight spots: a role's abbreviation, a phase's short name. */
	shortTitle: string | undefined;
	summary: string;
	status: 'draft' | 'published' | 'deprecated';
	phases: string[];
	process: string | undefined;
	roles: string[];
	outcomes: string[];
	tags: string[];
	owner: string | undefined;
	lastReviewed: string;
	reviewEveryDays: number;
	/** The open questions (ids) the entry names in `questions`. */
	questions: string[];
	/** For an open question, whether it has been answered; false for every other entry. */
	answered: boolean;
	/** The entry's history, newest first (then in the order written). */
	changes: EntryChange[];
	/** Position for ordered collections (phases); undefined elsewhere. */
	order: number | undefined;
	/** Every link this entry's data makes to another entry. */
	references: FoundReference[];
	/** A playbook's play facts (durations in minutes), when it gives them. */
	play: PlayFacts | undefined;
}

/** One line of an entry's history. */
export interface EntryChange {
	date: string;
	type: 'major' | 'minor';
	note: string;
}

/** The `changes` an entry's data lists, well-formed ones only, newest first. */
function changesOf(value: unknown): EntryChange[] {
	if (!Array.isArray(value)) return [];
	return value
		.filter(
			(item): item is EntryChange =>
				typeof item === 'object' &&
				item !== null &&
				typeof (item as EntryChange).date === 'string' &&
				typeof (item as EntryChange).note === 'string' &&
				['major', 'minor'].includes((item as EntryChange).type),
		)
		.map(({ date, type, note }) => ({ date, type, note }))
		.sort((left, right) => right.date.localeCompare(left.date));
}

/** The key of an entry across collections: `playbooks/run-the-kickoff`. */
export function entryKey(reference: EntryReference): string {
	return `${reference.collection}/${reference.id}`;
}

function ids(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((item) =>
		item && typeof item === 'object' && typeof (item as EntryReference).id === 'string'
			? [(item as EntryReference).id]
			: [],
	);
}

function idOf(value: unknown): string | undefined {
	return value && typeof value === 'object' && typeof (value as EntryReference).id === 'string'
		? (value as EntryReference).id
		: undefined;
}

/** Normalises an entry's parsed data (any collection) into a catalog entry. */
export function toCatalogEntry(
	collection: CollectionName,
	id: string,
	data: Readonly<Record<string, unknown>>,
): CatalogEntry {
	const text = (key: string) => (typeof data[key] === 'string' ? data[key] : undefined);
	return {
		collection,
		id,
		title: text('title') ?? text('term') ?? id,
		shortTitle: text('abbreviation') ?? text('shortName'),
		summary: text('summary') ?? text('definition') ?? '',
		status: (text('status') as CatalogEntry['status'] | undefined) ?? 'published',
		phases: collection === 'phases' ? [id] : ids(data['phases']),
		process: collection === 'processes' ? id : idOf(data['process']),
		roles: ids(data['roles']),
		outcomes: ids(data['outcomes']),
		tags: Array.isArray(data['tags']) ? (data['tags'] as string[]) : [],
		owner: idOf(data['owner']),
		lastReviewed: text('lastReviewed') ?? '',
		reviewEveryDays: typeof data['reviewEveryDays'] === 'number' ? data['reviewEveryDays'] : 180,
		questions: ids(data['questions']),
		answered: collection === 'questions' && typeof data['answer'] === 'string',
		changes: changesOf(data['changes']),
		order: typeof data['order'] === 'number' ? data['order'] : undefined,
		references: findReferences(data),
		// Parsed by the playbook schema already; any other collection has no `play`.
		play: data['play'] && typeof data['play'] === 'object' ? data['play'] : undefined,
	};
}

/** The catalog as a graph: lookups, what belongs to a phase or process, and backlinks. */
export interface CatalogGraph {
	entries: readonly CatalogEntry[];
	get(reference: EntryReference): CatalogEntry | undefined;
	/** Entries of one collection, phases by order and everything else by title. */
	entriesOf(collection: CollectionName): CatalogEntry[];
	/** Guidance entries (not phases, processes, roles…) whose `process` is this process. */
	inProcess(processId: string): CatalogEntry[];
	/** Guidance entries and processes that apply to this phase. */
	inPhase(phaseId: string): CatalogEntry[];
	/** Entries whose data links to this entry, excluding itself. */
	linksTo(reference: EntryReference): CatalogEntry[];
}

export { GUIDANCE_COLLECTIONS } from '../../schemas/collections.ts';
import { GUIDANCE_COLLECTIONS } from '../../schemas/collections.ts';

function isGuidance(entry: CatalogEntry): boolean {
	return (GUIDANCE_COLLECTIONS as readonly string[]).includes(entry.collection);
}

function compareEntries(left: CatalogEntry, right: CatalogEntry): number {
	return (
		(left.order ?? Number.MAX_SAFE_INTEGER) - (right.order ?? Number.MAX_SAFE_INTEGER) ||
		left.title.localeCompare(right.title)
	);
}

/** Builds the graph once; every lookup afterwards is a map read. */
export function buildCatalogGraph(entries: readonly CatalogEntry[]): CatalogGraph {
	const byKey = new Map(entries.map((entry) => [entryKey(entry), entry]));
	const byCollection = new Map<CollectionName, CatalogEntry[]>();
	const byProcess = new Map<string, CatalogEntry[]>();
	const byPhase = new Map<string, CatalogEntry[]>();
	const backlinks = new Map<string, Set<CatalogEntry>>();
	const push = <K>(map: Map<K, CatalogEntry[]>, key: K, entry: CatalogEntry) => {
		const list = map.get(key);
		if (list) list.push(entry);
		else map.set(key, [entry]);
	};
	for (const entry of [...entries].sort(compareEntries)) {
		push(byCollection, entry.collection, entry);
		if (isGuidance(entry) && entry.process) push(byProcess, entry.process, entry);
		if (isGuidance(entry) || entry.collection === 'processes') {
			for (const phase of entry.phases) push(byPhase, phase, entry);
		}
		for (const { reference } of entry.references) {
			const key = entryKey(reference);
			if (key === entryKey(entry)) continue;
			const set = backlinks.get(key) ?? new Set<CatalogEntry>();
			set.add(entry);
			backlinks.set(key, set);
		}
	}
	return {
		entries,
		get: (reference) => byKey.get(entryKey(reference)),
		entriesOf: (collection) => byCollection.get(collection) ?? [],
		inProcess: (processId) => byProcess.get(processId) ?? [],
		inPhase: (phaseId) => byPhase.get(phaseId) ?? [],
		linksTo: (reference) => [...(backlinks.get(entryKey(reference)) ?? [])].sort(compareEntries),
	};
}

/**
 * Published guidance entries a reader cannot reach from their process page or any phase guide:
 * their process and phases are all missing or unpublished.
 */
export function findOrphans(graph: CatalogGraph): CatalogEntry[] {
	const published = (collection: CollectionName, id: string) =>
		graph.get({ collection, id })?.status === 'published';
	return graph.entries.filter(
		(entry) =>
			isGuidance(entry) &&
			entry.status === 'published' &&
			!(entry.process && published('processes', entry.process)) &&
			!entry.phases.some((phase) => published('phases', phase)),
	);
}
