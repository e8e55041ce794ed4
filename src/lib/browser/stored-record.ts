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

/**
 * A name a reader gave (a run, an assessment), as stored and shown: control characters (tabs,
 * newlines, NUL…), which would break exports and layouts, turned into spaces, trimmed and cut to
 * `maxLength`. `undefined` for anything that is not a string or leaves nothing.
 */
export function cleanStoredName(value: unknown, maxLength: number): string | undefined {
	if (typeof value !== 'string') return undefined;
	const name = value
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f]/g, ' ')
		.trim()
		.slice(0, maxLength)
		.trimEnd();
	return name || undefined;
}
