/**
 * The engagement record file: an engagement with the runs and assessments it files, written as
 * JSON for the reader to download and import in another browser (`/api/engagement-record.schema.json`
 * describes it). Reading one never throws, whatever the file holds.
 */
import { parseJson } from '../browser/json.ts';
import { asRecord, ENGAGEMENT_LIMITS, engagementToJson } from './store.ts';
import type { WorkspaceCatalog } from './types.ts';
import { cleanWork, type DecodedRecord, type EngagementWork } from './work.ts';

export type { DecodedRecord, EngagementWork } from './work.ts';
export {
	findConflict,
	importWork,
	type ImportMode,
	type WorkspaceStores,
} from './record-import.ts';

/** The record format's version; a file with a higher one was made by a newer PDP. */
export const RECORD_SCHEMA_VERSION = 1;

/** The record file's text: pretty JSON ending with a newline, each entry with its checklist's fingerprint. */
export function encodeRecord(
	work: EngagementWork,
	catalog: WorkspaceCatalog,
	exported: Date,
): string {
	const fingerprint = (id: string) =>
		catalog.checklists.find((checklist) => checklist.id === id)?.fingerprint ?? '';
	const record = {
		schemaVersion: RECORD_SCHEMA_VERSION,
		exported: (Number.isNaN(exported.getTime()) ? new Date(0) : exported).toISOString(),
		engagement: engagementToJson(work.engagement),
		runs: [...work.runs].map(([checklist, { id, name, checked, updated }]) => ({
			checklist,
			fingerprint: fingerprint(checklist),
			run: { id, name, checked, updated },
		})),
		assessments: [...work.assessments].map(([checklist, { id, name, ratings, updated }]) => ({
			checklist,
			fingerprint: fingerprint(checklist),
			// Object.fromEntries defines own properties, so even a `__proto__` key stays data.
			assessment: { id, name, ratings: Object.fromEntries(ratings), updated },
		})),
	};
	return `${JSON.stringify(record, null, 2)}\n`;
}

/** True when the text is over the record's size bound in UTF-8; counts bytes only when it must. */
function isTooLarge(text: string): boolean {
	const max = ENGAGEMENT_LIMITS.recordBytes;
	// A UTF-16 code unit takes at most 3 UTF-8 bytes, and never fewer than 1.
	if (text.length > max) return true;
	return text.length * 3 > max && new TextEncoder().encode(text).length > max;
}

/** Why a file over the record's size bound is refused; a page that sees the size first says the same. */
export const RECORD_TOO_LARGE =
	'The file is larger than 5 MB, too large to be an engagement record.';

const NOT_A_RECORD =
	'The file is not an engagement record: choose a file exported from an engagement.';

/**
 * Reads a record file against this site's catalog. Never throws: a file that is too large, not
 * JSON, not a record, from a newer version or whose engagement cannot be used is refused with a
 * reason; anything else gives the work and notices of what was left out, shortened or kept apart.
 */
export function decodeRecord(text: string, catalog: WorkspaceCatalog): DecodedRecord {
	if (isTooLarge(text)) return { ok: false, reason: RECORD_TOO_LARGE };
	const record = asRecord(parseJson(text));
	const version = record?.['schemaVersion'];
	if (!record || typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { ok: false, reason: NOT_A_RECORD };
	if (version > RECORD_SCHEMA_VERSION)
		return {
			ok: false,
			reason:
				'The file was made by a newer version of PDP: update this page (reload it) and import it again.',
		};
	const engagement = asRecord(record['engagement']);
	if (!engagement) return { ok: false, reason: NOT_A_RECORD };
	const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
	return cleanWork(
		{ engagement, runs: list(record['runs']), assessments: list(record['assessments']) },
		catalog,
	);
}
