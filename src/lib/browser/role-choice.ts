/**
 * The reader's chosen role ("I am an EM"), kept in the browser so checklists and
 * phase guides can highlight that role's items. Read back through `decodeRoleChoice`, which never
 * throws and keeps only a role the site knows.
 */

import { readStoredRecord } from './stored-record.ts';

/** The localStorage key of the chosen role; the version lets a future format live beside it. */
export const ROLE_STORAGE_KEY = 'pdp:role:v1';

/** Longest role id accepted from storage; role ids are short kebab-case words. */
const MAX_ID_LENGTH = 80;
/** Longest stored value read at all: anything longer is not ours. */
const MAX_STORED_CHARS = 1_000;
const ROLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a stored value turned out to hold. */
export type DecodedRoleChoice =
	| { kind: 'none' }
	| { kind: 'role'; role: string }
	/** A well-formed role the site no longer has (renamed or removed). */
	| { kind: 'unknown'; role: string }
	/** Not something this site wrote: set aside. */
	| { kind: 'corrupt' };

/** The stored form of a choice. */
export function encodeRoleChoice(role: string): string {
	return JSON.stringify({ version: 1, role });
}

/** Reads a stored value back; `knownRoles` are the role ids the site has now. */
export function decodeRoleChoice(
	raw: string | null,
	knownRoles: ReadonlySet<string>,
): DecodedRoleChoice {
	const stored = readStoredRecord(raw, MAX_STORED_CHARS);
	if (stored.kind !== 'record') return stored;
	const version: unknown = Reflect.get(stored.record, 'version');
	const role: unknown = Reflect.get(stored.record, 'role');
	if (version !== 1 || typeof role !== 'string') return { kind: 'corrupt' };
	if (role.length > MAX_ID_LENGTH || !ROLE_ID.test(role)) return { kind: 'corrupt' };
	return knownRoles.has(role) ? { kind: 'role', role } : { kind: 'unknown', role };
}
