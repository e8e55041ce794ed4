/**
 * Assessment state: what is kept in the browser when a quality-gate checklist is assessed
 * (named assessments, each rating items met, partly, not met or not applicable with an
 * evidence note). Stored data is read back only through `decodeAssessmentStore`, which never
 * throws, bounds every size and keeps only well-formed data. Ratings live in a `Map`, so an
 * item id such as `constructor` is plain data and no stored key can reach `Object.prototype`.
 */
import { ASSESSMENT_LIMITS, RATINGS } from '../../schemas/storage-limits.ts';
import { newRunId } from './state.ts';
import { cleanStoredName } from '../browser/stored-record.ts';
import { cleanStoredText } from '../browser/stored-text.ts';
import { parseJson } from '../browser/json.ts';

export { RATINGS } from '../../schemas/storage-limits.ts';

/** How well an item is met. */
export type Rating = (typeof RATINGS)[number];

/** One item's rating and evidence; an item may have a note before it has a rating. */
export interface ItemAssessment {
	rating?: Rating | undefined;
	/** The evidence, as typed (at most `ASSESSMENT_LIMITS.noteLength` characters). */
	note: string;
}

/** One engagement's assessment of one checklist. */
export interface Assessment {
	/** Random id, stable across renames. */
	id: string;
	/** What the user calls it, e.g. "Acme migration". */
	name: string;
	/** By item id, including ids the checklist no longer has. */
	ratings: Map<string, ItemAssessment>;
	/** Milliseconds since the epoch of the last change. */
	updated: number;
}

/** Everything stored for one checklist's assessments. */
export interface AssessmentStore {
	version: 1;
	/** Id of the assessment shown. */
	active: string;
	assessments: Assessment[];
}

export { ASSESSMENT_LIMITS } from '../../schemas/storage-limits.ts';

/** Why stored assessments could not be used as they were. */
export type AssessmentProblem = 'corrupt' | 'too-large' | 'unknown-format';

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASSESSMENT_ID = /^[a-z0-9]{1,24}$/;
const KNOWN_RATINGS = new Set<unknown>(RATINGS);

/** The localStorage key of a checklist's assessments. */
export function assessmentStorageKey(checklistId: string): string {
	return `pdp:assessment:v1:${checklistId}`;
}

/** A new, empty assessment. */
export function createAssessment(name: string, now = Date.now()): Assessment {
	return { id: newRunId(), name, ratings: new Map(), updated: now };
}

/** A store with one empty assessment. */
export function createAssessmentStore(name = 'My assessment', now = Date.now()): AssessmentStore {
	const assessment = createAssessment(name, now);
	return { version: 1, active: assessment.id, assessments: [assessment] };
}

/** A record parsed from JSON, or undefined for anything else (arrays included). */
function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

/** A name as stored: see {@link cleanStoredName}. */
export function cleanAssessmentName(value: unknown): string | undefined {
	return cleanStoredName(value, ASSESSMENT_LIMITS.nameLength);
}

/** A note as stored: line breaks kept, other control characters dropped, cut to length. */
export function cleanNote(value: unknown): string {
	return cleanStoredText(value, ASSESSMENT_LIMITS.noteLength);
}

/** True for an item id as the checklist writes them: kebab-case, of bounded length. */
export function isItemId(value: unknown): value is string {
	return (
		typeof value === 'string' && value.length <= ASSESSMENT_LIMITS.idLength && ITEM_ID.test(value)
	);
}

/** A rating and note read back (stored or shared), or undefined when it holds neither. */
export function cleanItemAssessment(value: unknown): ItemAssessment | undefined {
	const record = asRecord(value);
	if (!record) return undefined;
	const rating = KNOWN_RATINGS.has(record['rating']) ? (record['rating'] as Rating) : undefined;
	const note = cleanNote(record['note']);
	if (!rating && !note) return undefined;
	return rating ? { rating, note } : { note };
}

function cleanRatings(value: unknown): Map<string, ItemAssessment> {
	const ratings = new Map<string, ItemAssessment>();
	const record = asRecord(value);
	if (!record) return ratings;
	for (const [id, entry] of Object.entries(record)) {
		if (ratings.size === ASSESSMENT_LIMITS.ratingsPerAssessment) break;
		// The id pattern refuses `__proto__`; `constructor` is a valid id and harmless in a Map.
		if (!isItemId(id)) continue;
		const assessed = cleanItemAssessment(entry);
		if (assessed) ratings.set(id, assessed);
	}
	return ratings;
}

function cleanAssessment(value: unknown): Assessment | undefined {
	const record = asRecord(value);
	if (!record) return undefined;
	const name = cleanAssessmentName(record['name']);
	const id = record['id'];
	if (!name || typeof id !== 'string' || !ASSESSMENT_ID.test(id)) return undefined;
	const updated = Number.isFinite(record['updated']) ? Number(record['updated']) : 0;
	return { id, name, ratings: cleanRatings(record['ratings']), updated };
}

/**
 * Reads stored assessments. Never throws: nothing stored gives a fresh store; corrupt, oversized
 * or foreign data gives a fresh store and says why, so the page can set it aside and tell the user.
 */
export function decodeAssessmentStore(raw: string | null): {
	store: AssessmentStore;
	problem?: AssessmentProblem;
} {
	if (raw === null) return { store: createAssessmentStore() };
	if (raw.length > ASSESSMENT_LIMITS.storedChars) {
		return { store: createAssessmentStore(), problem: 'too-large' };
	}
	const record = asRecord(parseJson(raw));
	if (!record) return { store: createAssessmentStore(), problem: 'corrupt' };
	if (record['version'] !== 1) return { store: createAssessmentStore(), problem: 'unknown-format' };
	const candidates = Array.isArray(record['assessments']) ? record['assessments'] : [];
	const assessments: Assessment[] = [];
	for (const candidate of candidates.slice(0, ASSESSMENT_LIMITS.assessments)) {
		const assessment = cleanAssessment(candidate);
		if (assessment && !assessments.some((kept) => kept.id === assessment.id)) {
			assessments.push(assessment);
		}
	}
	const [first] = assessments;
	if (!first) return { store: createAssessmentStore(), problem: 'corrupt' };
	const active = assessments.find((assessment) => assessment.id === record['active']) ?? first;
	return { store: { version: 1, active: active.id, assessments } };
}

/** The text to store; `decodeAssessmentStore` reads it back unchanged. */
export function encodeAssessmentStore(store: AssessmentStore): string {
	return JSON.stringify({
		version: store.version,
		active: store.active,
		assessments: store.assessments.map((assessment) => ({
			id: assessment.id,
			name: assessment.name,
			// Object.fromEntries defines own properties, so even a `__proto__` key stays data.
			ratings: Object.fromEntries(assessment.ratings),
			updated: assessment.updated,
		})),
	});
}

/** A copy of the assessment with one item's rating or note changed (an empty entry is removed). */
export function updateItem(
	assessment: Assessment,
	itemId: string,
	change: Partial<ItemAssessment>,
	now = Date.now(),
): Assessment {
	const ratings = new Map(assessment.ratings);
	const next = cleanItemAssessment({ ...ratings.get(itemId), ...change });
	if (next) ratings.set(itemId, next);
	else ratings.delete(itemId);
	return { ...assessment, ratings, updated: now };
}

/** The assessment with an item's rating taken back (its evidence note stays): not yet rated. */
export function clearItemRating(
	assessment: Assessment,
	itemId: string,
	now = Date.now(),
): Assessment {
	const ratings = new Map(assessment.ratings);
	const note = ratings.get(itemId)?.note;
	if (note) ratings.set(itemId, { note });
	else ratings.delete(itemId);
	return { ...assessment, ratings, updated: now };
}

/** The store with the shown assessment changed by `update`. */
export function updateActiveAssessment(
	store: AssessmentStore,
	update: (assessment: Assessment) => Assessment,
): AssessmentStore {
	return {
		...store,
		assessments: store.assessments.map((assessment) =>
			assessment.id === store.active ? update(assessment) : assessment,
		),
	};
}

/** The store without the shown assessment, showing the first left, or fresh when none is. */
export function deleteActiveAssessment(store: AssessmentStore): AssessmentStore {
	const assessments = store.assessments.filter(({ id }) => id !== store.active);
	const [first] = assessments;
	return first ? { ...store, assessments, active: first.id } : createAssessmentStore();
}
