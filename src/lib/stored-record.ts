/** What a value read back from browser storage holds, before its own fields are checked. */
export type StoredRecord =
	| { kind: 'none' }
	/** Not JSON, not an object, or longer than anything we write: not ours. */
	| { kind: 'corrupt' }
	| { kind: 'record'; record: object };

/**
 * Parses a stored value as a JSON object, never throwing. `maxChars` bounds what is parsed at all,
 * so a huge value planted in storage costs nothing. Read fields with `Reflect.get`, which never
 * walks a `__proto__` key into the prototype.
 */
export function readStoredRecord(raw: string | null, maxChars: number): StoredRecord {
	if (raw === null || raw === '') return { kind: 'none' };
	if (raw.length > maxChars) return { kind: 'corrupt' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { kind: 'corrupt' };
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return { kind: 'corrupt' };
	}
	return { kind: 'record', record: parsed };
}
