/**
 * Checklist state: what is kept in the browser for each checklist (named runs of ticked item
 * ids) and what a share link carries. Everything read back from storage or a URL goes through
 * the decoders here, which never throw, bound every size, and keep only well-formed data.
 */
import { CHECKLIST_LIMITS } from '../../schemas/storage-limits.ts';
import { cleanStoredName } from '../browser/stored-record.ts';
import { parseJson } from '../browser/json.ts';

/** One engagement's ticks on one checklist. */
export interface ChecklistRun {
	/** Random id, stable across renames. */
	id: string;
	/** What the user calls it, e.g. "Acme migration". */
	name: string;
	/** Ticked item ids, including ids the checklist no longer has. */
	checked: string[];
	/** Milliseconds since the epoch of the last change. */
	updated: number;
}

/** Everything stored for one checklist. */
export interface ChecklistStore {
	version: 1;
	/** Id of the run shown. */
	active: string;
	runs: ChecklistRun[];
}

/** Limits that keep hostile or corrupted input from growing without bound. */
export const LIMITS = CHECKLIST_LIMITS;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RUN_ID = /^[a-z0-9]{1,24}$/;

/** The localStorage key of a checklist's runs; the version lets a future format live beside it. */
export function storageKey(checklistId: string): string {
	return `pdp:checklist:v1:${checklistId}`;
}

/**
 * A short fingerprint of a checklist's item ids (FNV-1a, base 36). It changes when items are
 * added or removed, not when they are reordered or reworded, so a saved or shared state can
 * tell it was made for another version of the checklist.
 */
export function fingerprintItems(itemIds: readonly string[]): string {
	let hash = 0x811c9dc5;
	for (const character of [...itemIds].sort().join('\n')) {
		hash ^= character.charCodeAt(0);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/** A fresh random run id. */
export function newRunId(): string {
	return Math.random().toString(36).slice(2, 12) || 'run';
}

/** A store with one empty run. */
export function createStore(name = 'My run', now = Date.now()): ChecklistStore {
	const run: ChecklistRun = { id: newRunId(), name, checked: [], updated: now };
	return { version: 1, active: run.id, runs: [run] };
}

/** A run name as stored: see {@link cleanStoredName}. */
export function cleanRunName(value: unknown): string | undefined {
	return cleanStoredName(value, LIMITS.nameLength);
}

/** Well-formed, distinct item ids, at most `LIMITS.idsPerRun`; anything else is dropped. */
export function cleanIds(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	const ids = new Set<string>();
	for (const id of value.slice(0, LIMITS.idsPerRun * 2)) {
		if (typeof id === 'string' && id.length <= LIMITS.idLength && ID.test(id)) ids.add(id);
		if (ids.size === LIMITS.idsPerRun) break;
	}
	return [...ids];
}

function cleanRun(value: unknown): ChecklistRun | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const record = value as Record<string, unknown>;
	const name = cleanRunName(record['name']);
	const id =
		typeof record['id'] === 'string' && RUN_ID.test(record['id']) ? record['id'] : undefined;
	if (!name || !id) return undefined;
	const updated = Number.isFinite(record['updated']) ? Number(record['updated']) : 0;
	return { id, name, checked: cleanIds(record['checked']), updated };
}

/** Why stored state could not be used as it was. */
export type StoreProblem = 'corrupt' | 'too-large' | 'unknown-format';

/**
 * Reads stored runs. Never throws: missing state gives a fresh store; corrupt, oversized or
 * foreign state gives a fresh store and says why, so the page can tell the user.
 */
export function decodeStore(raw: string | null): { store: ChecklistStore; problem?: StoreProblem } {
	if (raw === null) return { store: createStore() };
	if (raw.length > LIMITS.storedChars) return { store: createStore(), problem: 'too-large' };
	const parsed = parseJson(raw);
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		return { store: createStore(), problem: 'corrupt' };
	}
	const record = parsed as Record<string, unknown>;
	if (record['version'] !== 1) return { store: createStore(), problem: 'unknown-format' };
	const runs: ChecklistRun[] = [];
	const seen = new Set<string>();
	for (const candidate of Array.isArray(record['runs'])
		? record['runs'].slice(0, LIMITS.runs)
		: []) {
		const run = cleanRun(candidate);
		if (run && !seen.has(run.id)) {
			seen.add(run.id);
			runs.push(run);
		}
	}
	const [first] = runs;
	if (!first) return { store: createStore(), problem: 'corrupt' };
	const active = runs.some((run) => run.id === record['active'])
		? String(record['active'])
		: first.id;
	return { store: { version: 1, active, runs } };
}

/** The text to store. */
export function encodeStore(store: ChecklistStore): string {
	return JSON.stringify(store);
}

/** Splits ticked ids into those the checklist has and those it no longer has. */
export function splitKnown(
	checked: readonly string[],
	itemIds: ReadonlySet<string>,
): { known: string[]; unknown: string[] } {
	return {
		known: checked.filter((id) => itemIds.has(id)),
		unknown: checked.filter((id) => !itemIds.has(id)),
	};
}
