/**
 * Onboarding progress kept in the browser: the steps of the onboarding path a new hire has
 * marked as read, as a set of step keys (`phases/s2d`). Whatever is read back from storage
 * goes through `decodeProgress`, which never throws, bounds sizes and keeps only well-formed
 * keys. Keys the path no longer has are kept, so they count again if the step returns.
 */
import { COLLECTIONS, KEBAB_CASE } from '../../schemas/names.ts';
import { parseJson } from './json.ts';

/** The localStorage key; the version lets a future format live beside this one. */
export const PROGRESS_STORAGE_KEY = 'pdp:onboarding:v1';

/** Limits that keep hostile or corrupted input from growing without bound. */
export const PROGRESS_LIMITS = {
	storedChars: 40_000,
	keys: 400,
	keyLength: 120,
} as const;

/** Why stored progress could not be used as it was. */
export type ProgressProblem = 'corrupt' | 'too-large' | 'unknown-format';

/** Stored progress, decoded. */
export interface DecodedProgress {
	read: Set<string>;
	problem?: ProgressProblem;
}

/** True for a key shaped like `<collection>/<kebab-id>`, of a real collection and bounded length. */
export function isStepKey(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > PROGRESS_LIMITS.keyLength) return false;
	const [collection = '', id = '', ...rest] = value.split('/');
	return (
		rest.length === 0 &&
		(COLLECTIONS as readonly string[]).includes(collection) &&
		KEBAB_CASE.test(id)
	);
}

/**
 * Reads stored progress. Never throws: nothing stored gives an empty set; corrupt, oversized
 * or foreign data gives an empty set and says why, so the page can tell the reader. Malformed
 * keys inside otherwise good data are dropped quietly.
 */
export function decodeProgress(raw: string | null): DecodedProgress {
	if (raw === null) return { read: new Set() };
	if (raw.length > PROGRESS_LIMITS.storedChars) return { read: new Set(), problem: 'too-large' };
	const parsed = parseJson(raw);
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		return { read: new Set(), problem: 'corrupt' };
	}
	// Own properties only: a stored "__proto__" key must not stand in for the real fields.
	const own = (key: string): unknown =>
		Object.hasOwn(parsed, key) ? (parsed as Record<string, unknown>)[key] : undefined;
	if (own('version') !== 1) return { read: new Set(), problem: 'unknown-format' };
	const keys = own('read');
	if (!Array.isArray(keys)) return { read: new Set(), problem: 'corrupt' };
	const read = new Set<string>();
	for (const key of keys.slice(0, PROGRESS_LIMITS.keys * 2)) {
		if (isStepKey(key)) read.add(key);
		if (read.size === PROGRESS_LIMITS.keys) break;
	}
	return { read };
}

/** The text to store. */
export function encodeProgress(read: Iterable<string>): string {
	return JSON.stringify({
		version: 1,
		read: [...read].filter(isStepKey).slice(-PROGRESS_LIMITS.keys),
	});
}

/** A copy of `read` with the step marked read or unread; the newest marks are kept at the limit. */
export function markStep(read: ReadonlySet<string>, key: string, isRead: boolean): Set<string> {
	const next = new Set(read);
	next.delete(key);
	if (isRead && isStepKey(key)) next.add(key);
	return new Set([...next].slice(-PROGRESS_LIMITS.keys));
}

/** Where a reader stands on the path. */
export interface ProgressSummary {
	/** Steps of the path marked read; keys the path no longer has are not counted. */
	read: number;
	total: number;
	/** The first step, in path order, not yet read; undefined once all are read. */
	nextUnread: string | undefined;
}

/** Counts the read steps of the path (`stepKeys`, in order) and finds the next unread one. */
export function summariseProgress(
	read: ReadonlySet<string>,
	stepKeys: readonly string[],
): ProgressSummary {
	return {
		read: stepKeys.filter((key) => read.has(key)).length,
		total: stepKeys.length,
		nextUnread: stepKeys.find((key) => !read.has(key)),
	};
}

/** The progress as a reader sees it: "5 of 14 read". */
export function describeProgress(summary: ProgressSummary): string {
	return `${summary.read} of ${summary.total} read`;
}
