/**
 * An assessment's share link: its name, ratings, evidence notes and the checklist's fingerprint,
 * carried in the URL fragment (`#assess=<base64url>`) so notes never reach a server's logs. The
 * link is bounded (`ASSESSMENT_LIMITS.shareChars`): notes are shortened to fit, never the link
 * broken. Reading one never throws, bounds every size and keeps only well-formed data.
 */
import { ASSESSMENT_LIMITS } from '../../schemas/storage-limits.ts';
import {
	cleanAssessmentName,
	cleanItemAssessment,
	isItemId,
	type ItemAssessment,
} from './assessment-state.ts';
import { decodeBase64Url, encodeBase64Url } from './share-link.ts';
import { fingerprintItems } from './state.ts';
import { parseJson } from '../browser/json.ts';

/** An assessment as a share link carries it. */
export interface SharedAssessment {
	name: string;
	/** By item id, ids the checklist no longer has included. */
	ratings: ReadonlyMap<string, ItemAssessment>;
	/** Fingerprint of the checklist's items when the link was made. */
	fingerprint: string;
}

/** A share link read back, ready to show. */
export interface DecodedAssessmentShare extends SharedAssessment {
	ratings: Map<string, ItemAssessment>;
	/** True when the link was made for another version of the checklist. */
	stale: boolean;
}

/** What encoding made: the fragment's value (none when even without notes it is too long). */
export interface EncodedAssessmentShare {
	param: string | undefined;
	/** How many notes were shortened to keep the link within its bound. */
	shortened: number;
}

/** Marks a note that was cut to fit the link. */
const CUT = '…';

function encodeWith(
	share: SharedAssessment,
	noteCap: number,
): { param: string; shortened: number } {
	let shortened = 0;
	const ratings = [...share.ratings]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([id, { rating, note }]) => {
			const characters = Array.from(note);
			if (characters.length > noteCap) shortened += 1;
			const kept =
				characters.length > noteCap ? `${characters.slice(0, noteCap).join('')}${CUT}` : note;
			return kept ? [id, rating ?? '', kept] : [id, rating ?? ''];
		});
	const json = JSON.stringify({ n: share.name, f: share.fingerprint, r: ratings });
	return { param: encodeBase64Url(json), shortened };
}

/**
 * The fragment value of an assessment's share link, at most `maxChars` long. When the notes make
 * it longer, each note is cut to the longest length that fits (marked with "…") and `shortened`
 * says how many; when even empty notes do not fit, there is no link.
 */
export function encodeAssessmentShare(
	share: SharedAssessment,
	maxChars: number = ASSESSMENT_LIMITS.shareChars,
): EncodedAssessmentShare {
	const whole = encodeWith(share, ASSESSMENT_LIMITS.noteLength);
	if (whole.param.length <= maxChars) return whole;
	if (encodeWith(share, 0).param.length > maxChars) return { param: undefined, shortened: 0 };
	// The longest cap that fits: 0 fits, the full length does not.
	let fits = 0;
	let tooLong: number = ASSESSMENT_LIMITS.noteLength;
	while (tooLong - fits > 1) {
		const cap = Math.floor((fits + tooLong) / 2);
		if (encodeWith(share, cap).param.length <= maxChars) fits = cap;
		else tooLong = cap;
	}
	return encodeWith(share, fits);
}

function cleanSharedRatings(value: unknown[]): Map<string, ItemAssessment> {
	const ratings = new Map<string, ItemAssessment>();
	for (const entry of value.slice(0, ASSESSMENT_LIMITS.ratingsPerAssessment * 2)) {
		if (ratings.size === ASSESSMENT_LIMITS.ratingsPerAssessment) break;
		if (!Array.isArray(entry)) continue;
		const [id, rating, note] = entry as unknown[];
		if (!isItemId(id) || ratings.has(id)) continue;
		const assessed = cleanItemAssessment({ rating, note });
		if (assessed) ratings.set(id, assessed);
	}
	return ratings;
}

/**
 * Reads a share link's fragment value. Never throws; undefined for anything that is not a
 * well-formed share of bounded size. Ratings of ids the checklist no longer has are kept, so
 * they can be listed (not scored), as for a stored assessment.
 */
export function decodeAssessmentShare(
	param: string,
	itemIds: readonly string[],
): DecodedAssessmentShare | undefined {
	if (param.length > ASSESSMENT_LIMITS.shareChars) return undefined;
	const text = decodeBase64Url(param);
	const parsed = text === undefined ? undefined : parseJson(text);
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
	const record = parsed as Record<string, unknown>;
	const name = cleanAssessmentName(record['n']);
	if (!name || !Array.isArray(record['r'])) return undefined;
	const fingerprint = typeof record['f'] === 'string' ? record['f'].slice(0, 16) : '';
	return {
		name,
		ratings: cleanSharedRatings(record['r']),
		fingerprint,
		stale: fingerprint !== fingerprintItems(itemIds),
	};
}
