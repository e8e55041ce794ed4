/**
 * The framework traceability report: each gate's required items, the guidance behind each and
 * the role accountable for it, and where that trace breaks. Plain data in, plain data out: the
 * /authoring/traceability/ page shows it and the content check warns from it.
 */
import type { EntryLink } from '../../schemas/references.ts';
import { PROCESS_GUIDANCE_TYPES } from '../content/rules.ts';
import { entryKey, type CatalogEntry } from './graph.ts';

/** The page that shows the report, for links from elsewhere (the content check's warnings). */
export const TRACEABILITY_PATH = '/authoring/traceability/';

/** An entry as the report needs it: what it is called, who owns it and whether it is live. */
export type TracedEntry = Pick<CatalogEntry, 'collection' | 'id' | 'title' | 'owner' | 'status'>;

/** A checklist item as its schema leaves it. */
export interface TracedItem {
	id: string;
	text: string;
	role: { id: string };
	required: boolean;
	guidance: readonly EntryLink[];
}

/** What the report is built from: the catalog's entries, its checklists' items and its gates. */
export interface TraceabilityInput {
	/** Every entry of the catalog; drafts and deprecated entries are left out of the report. */
	entries: readonly TracedEntry[];
	checklists: readonly { id: string; items: readonly TracedItem[] }[];
	/** The gates in the order the report lists them, each with the checklist worked at it. */
	gates: readonly { id: string; name: string; checklist?: { id: string } | undefined }[];
}

/** An item where it stands: its checklist and its position in `items`. */
export interface ItemPlace {
	checklist: string;
	index: number;
	item: TracedItem;
}

/** A role accountable for items whose guidance it owns none of. */
export interface RoleGap {
	role: string;
	/** The items it is responsible for, checklist by checklist. */
	items: ItemPlace[];
	/** The entries those items link as guidance, each once. */
	guidance: TracedEntry[];
	/** The roles that own that guidance, with how many entries each, most first. */
	owners: { role: string; count: number }[];
}

/** One gate's trace: its checklist's required items, each with its guidance. */
export interface GateTrace {
	id: string;
	name: string;
	/** The checklist worked at the gate, when it has a published one. */
	checklist: string | undefined;
	rows: { place: ItemPlace; guidance: { link: EntryLink; entry: TracedEntry | undefined }[] }[];
	/** How many optional items its checklist has besides. */
	optional: number;
}

/** The report: counts, the three ways the trace breaks, and the trace gate by gate. */
export interface TraceabilityReport {
	counts: {
		checklists: number;
		items: number;
		required: number;
		/** Roles responsible for at least one item. */
		roles: number;
		/** Published playbooks, runbooks, practice considerations and FAQs. */
		guidance: number;
	};
	/** Required items whose `guidance` is empty. */
	unguidedItems: ItemPlace[];
	/** Roles whose items link guidance and who own none of it, most items first. */
	unownedRoles: RoleGap[];
	/** Published guidance no item links, by type and then title. */
	unlinkedGuidance: TracedEntry[];
	gates: GateTrace[];
}

/**
 * Builds the report. Only published entries are traced: a draft is not on the site yet, and a
 * deprecated entry is being replaced, so its successor is the one to trace.
 */
export function buildTraceabilityReport(input: TraceabilityInput): TraceabilityReport {
	const live = input.entries.filter((entry) => entry.status === 'published');
	const byKey = new Map(live.map((entry) => [entryKey(entry), entry]));
	const places = input.checklists
		.filter(({ id }) => byKey.has(entryKey({ collection: 'checklists', id })))
		.flatMap(({ id, items }) => items.map((item, index) => ({ checklist: id, index, item })));
	const linked = new Set(places.flatMap(({ item }) => item.guidance.map((link) => entryKey(link))));
	const typeOrder = (entry: TracedEntry) =>
		(PROCESS_GUIDANCE_TYPES as readonly string[]).indexOf(entry.collection);
	const guidance = live
		.filter((entry) => typeOrder(entry) >= 0)
		.sort(
			(left, right) => typeOrder(left) - typeOrder(right) || left.title.localeCompare(right.title),
		);
	const roles = groupByRole(places);
	return {
		counts: {
			checklists: new Set(places.map((place) => place.checklist)).size,
			items: places.length,
			required: places.filter(({ item }) => item.required).length,
			roles: roles.size,
			guidance: guidance.length,
		},
		unguidedItems: places.filter(({ item }) => item.required && item.guidance.length === 0),
		unownedRoles: findUnownedRoles(roles, byKey),
		unlinkedGuidance: guidance.filter((entry) => !linked.has(entryKey(entry))),
		gates: input.gates.map((gate) => traceGate(gate, places, byKey)),
	};
}

function groupByRole(places: readonly ItemPlace[]): Map<string, ItemPlace[]> {
	const roles = new Map<string, ItemPlace[]>();
	for (const place of places) {
		const list = roles.get(place.item.role.id) ?? [];
		list.push(place);
		roles.set(place.item.role.id, list);
	}
	return roles;
}

function findUnownedRoles(
	roles: ReadonlyMap<string, ItemPlace[]>,
	byKey: ReadonlyMap<string, TracedEntry>,
): RoleGap[] {
	const gaps: RoleGap[] = [];
	for (const [role, items] of roles) {
		const keys = new Set(items.flatMap(({ item }) => item.guidance.map((link) => entryKey(link))));
		const guidance = [...keys].flatMap((key) => byKey.get(key) ?? []);
		// Items that link nothing leave nothing to own: the unguided list has them.
		if (guidance.length === 0 || guidance.some((entry) => entry.owner === role)) continue;
		const owners = new Map<string, number>();
		for (const { owner } of guidance) {
			if (owner) owners.set(owner, (owners.get(owner) ?? 0) + 1);
		}
		gaps.push({
			role,
			items,
			guidance,
			owners: [...owners]
				.map(([owner, count]) => ({ role: owner, count }))
				.sort((left, right) => right.count - left.count || left.role.localeCompare(right.role)),
		});
	}
	return gaps.sort(
		(left, right) => right.items.length - left.items.length || left.role.localeCompare(right.role),
	);
}

function traceGate(
	gate: TraceabilityInput['gates'][number],
	places: readonly ItemPlace[],
	byKey: ReadonlyMap<string, TracedEntry>,
): GateTrace {
	const id = gate.checklist?.id;
	const checklist =
		id !== undefined && byKey.has(entryKey({ collection: 'checklists', id })) ? id : undefined;
	const own = places.filter((place) => place.checklist === checklist);
	return {
		id: gate.id,
		name: gate.name,
		checklist,
		rows: own
			.filter(({ item }) => item.required)
			.map((place) => ({
				place,
				guidance: place.item.guidance.map((link) => ({ link, entry: byKey.get(entryKey(link)) })),
			})),
		optional: own.filter(({ item }) => !item.required).length,
	};
}
