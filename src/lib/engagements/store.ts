/**
 * The engagements kept in this browser (`pdp:engagements:v1`). Everything read back from storage,
 * a record file or a share link goes through the cleaners here, which never throw, bound every
 * size and keep only well-formed data; phase dates live in a `Map`, so a phase id such as
 * `__proto__` is refused and `constructor` is plain data.
 */
import { ENGAGEMENT_LIMITS as LIMITS } from '../../schemas/storage-limits.ts';
import { parseCalendarDate } from '../browser/dates.ts';
import { parseJson } from '../browser/json.ts';
import { cleanStoredName } from '../browser/stored-record.ts';
import { cleanStoredText } from '../browser/stored-text.ts';
import { newRunId } from '../checklists/state.ts';
import { ACTION_STATUSES, RATINGS } from '../../schemas/storage-limits.ts';
import type {
	ActionEntry,
	ActionStatus,
	ChecklistLink,
	DateSpan,
	Engagement,
	EngagementStore,
	SavedMilestone,
} from './types.ts';
import type { Rating } from '../checklists/assessment-state.ts';

export { ENGAGEMENT_LIMITS } from '../../schemas/storage-limits.ts';

/** The localStorage key of the engagements; the version lets a future format live beside it. */
export const ENGAGEMENT_STORAGE_KEY = 'pdp:engagements:v1';

const ENGAGEMENT_ID = /^[a-z0-9]{1,24}$/;
const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A record parsed from JSON, or undefined for anything else (arrays included). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

/** True for a run, assessment or engagement id as the browser makes them. */
export function isStoredId(value: unknown): value is string {
	return typeof value === 'string' && ENGAGEMENT_ID.test(value);
}

/** True for a checklist, item or phase id as the catalog writes them: kebab-case, at most 80 characters. */
export function isContentId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 80 && CONTENT_ID.test(value);
}

/** A date written `YYYY-MM-DD` within the calculator's range (2000–2100), or undefined. */
export function cleanDate(value: unknown): string | undefined {
	return typeof value === 'string' && parseCalendarDate(value).ok ? value : undefined;
}

/** A span whose both ends are dates in range and whose end is not before its start. */
export function cleanSpan(value: unknown): DateSpan | undefined {
	const record = asRecord(value);
	const start = cleanDate(record?.['start']);
	const end = cleanDate(record?.['end']);
	return start && end && start <= end ? { start, end } : undefined;
}

/** Why an engagement's own fields were refused; the form and the importers say so. */
export type EngagementProblem = 'name' | 'start' | 'end' | 'end-before-start';

/** What the reader types or a file gives for an engagement's own fields. */
export type EngagementFields = Pick<
	Engagement,
	'name' | 'customer' | 'start' | 'end' | 'sow' | 'notes'
>;

/** The fields cleaned, or the first one that cannot be used. */
export function cleanFields(
	value: unknown,
): { ok: true; fields: EngagementFields } | { ok: false; problem: EngagementProblem } {
	const record = asRecord(value) ?? {};
	const name = cleanStoredName(record['name'], LIMITS.nameLength);
	if (!name) return { ok: false, problem: 'name' };
	const start = cleanDate(record['start']);
	if (!start) return { ok: false, problem: 'start' };
	const end = cleanDate(record['end']);
	if (!end) return { ok: false, problem: 'end' };
	if (end <= start) return { ok: false, problem: 'end-before-start' };
	return {
		ok: true,
		fields: {
			name,
			customer: cleanStoredName(record['customer'], LIMITS.customerLength) ?? '',
			start,
			end,
			sow: cleanStoredName(record['sow'], LIMITS.sowLength) ?? '',
			notes: cleanStoredText(record['notes'], LIMITS.notesLength),
		},
	};
}

/** Phase dates by phase id: well-formed ids and spans only, at most one per phase. */
export function cleanPhaseDates(value: unknown): Map<string, DateSpan> {
	const dates = new Map<string, DateSpan>();
	const record = asRecord(value);
	if (!record) return dates;
	for (const [phase, span] of Object.entries(record).slice(0, 20)) {
		const clean = cleanSpan(span);
		if (isContentId(phase) && clean) dates.set(phase, clean);
	}
	return dates;
}

/** Checklist links: one per checklist, well-formed ids only, bounded. */
export function cleanLinks(value: unknown): ChecklistLink[] {
	if (!Array.isArray(value)) return [];
	const links = new Map<string, ChecklistLink>();
	for (const candidate of value.slice(0, LIMITS.checklistsPerEngagement * 2)) {
		const record = asRecord(candidate);
		const checklist = record?.['checklist'];
		if (!record || !isContentId(checklist) || links.has(checklist)) continue;
		const run = isStoredId(record['run']) ? record['run'] : undefined;
		const assessment = isStoredId(record['assessment']) ? record['assessment'] : undefined;
		if (!run && !assessment) continue;
		links.set(checklist, { checklist, run, assessment });
		if (links.size === LIMITS.checklistsPerEngagement) break;
	}
	return [...links.values()];
}

function cleanTime(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

const STATUSES = new Set<unknown>(ACTION_STATUSES);
const KNOWN_RATINGS = new Set<unknown>(RATINGS);

/** One action decision, or undefined when its checklist or item id cannot be used. */
export function cleanAction(value: unknown): ActionEntry | undefined {
	const record = asRecord(value);
	const checklist = record?.['checklist'];
	const item = record?.['item'];
	if (!record || !isContentId(checklist) || !isContentId(item)) return undefined;
	return {
		checklist,
		item,
		owner: cleanStoredName(record['owner'], LIMITS.ownerLength) ?? '',
		due: cleanDate(record['due']) ?? '',
		status: STATUSES.has(record['status']) ? (record['status'] as ActionStatus) : 'open',
		reason: cleanStoredText(record['reason'], LIMITS.reasonLength),
		note: cleanStoredText(record['note'], LIMITS.actionNoteLength),
		updated: cleanTime(record['updated']),
	};
}

/** Action decisions: one per item (the first kept), bounded. */
export function cleanActions(value: unknown): ActionEntry[] {
	if (!Array.isArray(value)) return [];
	const actions = new Map<string, ActionEntry>();
	for (const candidate of value.slice(0, LIMITS.actionsPerEngagement * 2)) {
		const action = cleanAction(candidate);
		const key = action && `${action.checklist}/${action.item}`;
		if (!action || !key || actions.has(key)) continue;
		actions.set(key, action);
		if (actions.size === LIMITS.actionsPerEngagement) break;
	}
	return [...actions.values()];
}

/** One saved milestone, or undefined without an id, checklist, label or date. */
export function cleanMilestone(value: unknown): SavedMilestone | undefined {
	const record = asRecord(value);
	const checklist = record?.['checklist'];
	const label = cleanStoredName(record?.['label'], LIMITS.milestoneLabelLength);
	const date = cleanDate(record?.['date']);
	if (!record || !isStoredId(record['id']) || !isContentId(checklist) || !label || !date)
		return undefined;
	const ratings = new Map<string, Rating>();
	for (const [item, rating] of Object.entries(asRecord(record['ratings']) ?? {}).slice(0, 500))
		// The id pattern refuses `__proto__`; a Map keeps `constructor` as plain data.
		if (isContentId(item) && KNOWN_RATINGS.has(rating)) ratings.set(item, rating as Rating);
	return {
		id: record['id'],
		checklist,
		label,
		date,
		ratings,
		created: cleanTime(record['created']),
	};
}

/** Saved milestones: distinct ids, bounded. */
export function cleanMilestones(value: unknown): SavedMilestone[] {
	if (!Array.isArray(value)) return [];
	const milestones: SavedMilestone[] = [];
	for (const candidate of value.slice(0, LIMITS.milestonesPerEngagement * 2)) {
		const milestone = cleanMilestone(candidate);
		if (milestone && !milestones.some(({ id }) => id === milestone.id)) milestones.push(milestone);
		if (milestones.length === LIMITS.milestonesPerEngagement) break;
	}
	return milestones;
}

/** One stored engagement, or undefined when its id or own fields cannot be used. */
export function cleanEngagement(value: unknown): Engagement | undefined {
	const record = asRecord(value);
	if (!record || !isStoredId(record['id'])) return undefined;
	const fields = cleanFields(record);
	if (!fields.ok) return undefined;
	return {
		id: record['id'],
		...fields.fields,
		archived: record['archived'] === true,
		phaseDates: cleanPhaseDates(record['phaseDates']),
		checklists: cleanLinks(record['checklists']),
		actions: cleanActions(record['actions']),
		milestones: cleanMilestones(record['milestones']),
		created: cleanTime(record['created']),
		updated: cleanTime(record['updated']),
	};
}

/** An engagement as JSON: what the store, record files and `decodeEngagementStore` agree on. */
export function engagementToJson(engagement: Engagement): Record<string, unknown> {
	return {
		id: engagement.id,
		name: engagement.name,
		customer: engagement.customer,
		start: engagement.start,
		end: engagement.end,
		sow: engagement.sow,
		notes: engagement.notes,
		archived: engagement.archived,
		// Object.fromEntries defines own properties, so even a `__proto__` key would stay data.
		phaseDates: Object.fromEntries(engagement.phaseDates),
		checklists: engagement.checklists.map(({ checklist, run, assessment }) => ({
			checklist,
			...(run ? { run } : {}),
			...(assessment ? { assessment } : {}),
		})),
		actions: engagement.actions.map((action) => ({ ...action })),
		milestones: engagement.milestones.map((milestone) => ({
			...milestone,
			ratings: Object.fromEntries(milestone.ratings),
		})),
		created: engagement.created,
		updated: engagement.updated,
	};
}

/** Why stored engagements could not be used as they were. */
export type EngagementStoreProblem = 'corrupt' | 'too-large' | 'unknown-format';

/** An empty store. */
export function emptyEngagementStore(): EngagementStore {
	return { version: 1, engagements: [] };
}

/**
 * Reads the stored engagements. Never throws: nothing stored gives an empty store; corrupt,
 * oversized or foreign data gives an empty store and says why, so the page can set it aside.
 * Engagements that cannot be read are dropped; the rest are kept.
 */
export function decodeEngagementStore(raw: string | null): {
	store: EngagementStore;
	problem?: EngagementStoreProblem;
} {
	if (raw === null) return { store: emptyEngagementStore() };
	if (raw.length > LIMITS.storedChars)
		return { store: emptyEngagementStore(), problem: 'too-large' };
	const record = asRecord(parseJson(raw));
	if (!record) return { store: emptyEngagementStore(), problem: 'corrupt' };
	if (record['version'] !== 1) return { store: emptyEngagementStore(), problem: 'unknown-format' };
	const engagements: Engagement[] = [];
	const candidates = Array.isArray(record['engagements']) ? record['engagements'] : [];
	for (const candidate of candidates.slice(0, LIMITS.engagements)) {
		const engagement = cleanEngagement(candidate);
		if (engagement && !engagements.some(({ id }) => id === engagement.id)) {
			engagements.push(engagement);
		}
	}
	return { store: { version: 1, engagements } };
}

/** The text to store; `decodeEngagementStore` reads it back unchanged. */
export function encodeEngagementStore(store: EngagementStore): string {
	return JSON.stringify({ version: 1, engagements: store.engagements.map(engagementToJson) });
}

/** A new engagement with the given fields and nothing filed. */
export function createEngagement(fields: EngagementFields, now = Date.now()): Engagement {
	return {
		id: newRunId(),
		...fields,
		archived: false,
		phaseDates: new Map(),
		checklists: [],
		actions: [],
		milestones: [],
		created: now,
		updated: now,
	};
}

/** The store with engagement `id` changed by `update` and stamped with the time of the change. */
export function updateEngagement(
	store: EngagementStore,
	id: string,
	update: (engagement: Engagement) => Partial<Engagement>,
	now = Date.now(),
): EngagementStore {
	return {
		...store,
		engagements: store.engagements.map((engagement) =>
			engagement.id === id ? { ...engagement, ...update(engagement), updated: now } : engagement,
		),
	};
}

/** The link of a checklist in an engagement, when it has one. */
export function linkOf(engagement: Engagement, checklist: string): ChecklistLink | undefined {
	return engagement.checklists.find((link) => link.checklist === checklist);
}

/** The engagement with a run or assessment filed for a checklist (replacing the one filed before). */
export function fileInEngagement(
	engagement: Engagement,
	checklist: string,
	filed: { run?: string; assessment?: string },
): Pick<Engagement, 'checklists'> {
	const current = linkOf(engagement, checklist) ?? { checklist };
	const next: ChecklistLink = { ...current, ...filed };
	const others = engagement.checklists.filter((link) => link.checklist !== checklist);
	return { checklists: [...others, next] };
}

/** The engagement that files run (or assessment) `id` of a checklist, if any. */
export function engagementFiling(
	store: EngagementStore,
	checklist: string,
	filed: { run?: string; assessment?: string },
): Engagement | undefined {
	return store.engagements.find((engagement) => {
		const link = linkOf(engagement, checklist);
		if (!link) return false;
		return filed.run ? link.run === filed.run : link.assessment === filed.assessment;
	});
}
