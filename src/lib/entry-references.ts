import { COLLECTIONS, type EntryReference } from '../schemas/common.ts';

/** A reference found in an entry's data, with the field path where it stands. */
export interface FoundReference {
	reference: EntryReference & { fragment?: string };
	path: (string | number)[];
}

/**
 * Every link to another entry in parsed entry data: `reference()` fields and `<type>/<id>`
 * links alike, since both parse to `{ collection, id }`.
 */
export function findReferences(value: unknown, path: (string | number)[] = []): FoundReference[] {
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => findReferences(item, [...path, index]));
	}
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (
		typeof record['id'] === 'string' &&
		typeof record['collection'] === 'string' &&
		(COLLECTIONS as readonly string[]).includes(record['collection'])
	) {
		return [{ reference: record as unknown as FoundReference['reference'], path }];
	}
	return Object.entries(record).flatMap(([key, child]) => findReferences(child, [...path, key]));
}
