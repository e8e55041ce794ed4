/**
 * A checklist run's share link (`?shared=<base64url>`): the run's name, ticked ids and the
 * checklist's fingerprint, and the URL-safe base64 that assessment and engagement links use too.
 * Reading one never throws, bounds every size and keeps only well-formed data. Its own module,
 * so that pages which only store runs (the engagement workspace) do not load it.
 */
import { parseJson } from '../browser/json.ts';
import { cleanIds, cleanRunName, fingerprintItems, LIMITS, splitKnown } from './state.ts';

/** A run as a share link carries it. */
export interface SharedRun {
	name: string;
	checked: string[];
	/** Fingerprint of the checklist's items when the link was made. */
	fingerprint: string;
}

/** Text as URL-safe base64 without padding, for a link's parameter or fragment. */
export function encodeBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text {@link encodeBase64Url} made, or undefined for anything that is not valid UTF-8 in it. */
export function decodeBase64Url(text: string): string | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** The value of a share link's `shared` parameter: the run's name, ticked ids and fingerprint. */
export function encodeShare(run: SharedRun): string {
	return encodeBase64Url(
		JSON.stringify({ n: run.name, c: [...run.checked].sort(), f: run.fingerprint }),
	);
}

/** A decoded share link, ready to show. */
export interface DecodedShare extends SharedRun {
	/** Ticked ids this checklist no longer has. */
	unknown: string[];
	/** True when the link was made for another version of the checklist. */
	stale: boolean;
}

/**
 * Reads a share link's parameter. Never throws; returns undefined for anything that is not a
 * well-formed share of bounded size. Ids outside the checklist are reported, never applied.
 */
export function decodeShare(param: string, itemIds: readonly string[]): DecodedShare | undefined {
	if (param.length > LIMITS.shareChars) return undefined;
	const text = decodeBase64Url(param);
	const parsed = text === undefined ? undefined : parseJson(text);
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
	const record = parsed as Record<string, unknown>;
	const name = cleanRunName(record['n']);
	const fingerprint = typeof record['f'] === 'string' ? record['f'].slice(0, 16) : '';
	if (!name || !Array.isArray(record['c'])) return undefined;
	const { known, unknown } = splitKnown(cleanIds(record['c']), new Set(itemIds));
	return {
		name,
		checked: known,
		unknown,
		fingerprint,
		stale: fingerprint !== fingerprintItems(itemIds),
	};
}
