/**
 * An engagement's read-only share link: its fields, phase dates, ticks and ratings, carried in the
 * URL fragment so nothing reaches a server's logs. The link is bounded
 * (`ENGAGEMENT_LIMITS.shareChars`): notes are shortened to fit, then dropped, never the link
 * broken. Reading one never throws and cleans it exactly as a record file is cleaned.
 */
import { parseJson } from '../browser/json.ts';
import { decodeBase64Url, encodeBase64Url } from '../checklists/share-link.ts';
import { asRecord, ENGAGEMENT_LIMITS } from './store.ts';
import type { WorkspaceCatalog } from './types.ts';
import { cleanWork, type EngagementWork } from './work.ts';

/** What encoding made: the fragment's value (none when even without notes it is too long). */
export interface EncodedEngagementShare {
	param: string | undefined;
	/** How many notes were shortened or dropped to keep the link within its bound. */
	shortened: number;
}

/** Marks a note that was cut to fit the link. */
const CUT = '…';
/** The note cap that drops notes altogether. */
const DROP = -1;

function encodeWith(work: EngagementWork, catalog: WorkspaceCatalog, cap: number) {
	let shortened = 0;
	const note = (text: string) => {
		const characters = Array.from(text);
		if (characters.length <= Math.max(cap, 0)) return text;
		shortened += 1;
		return cap === DROP ? '' : `${characters.slice(0, cap).join('')}${CUT}`;
	};
	const { engagement } = work;
	const checklists = catalog.checklists
		.filter(({ id }) => work.runs.has(id) || work.assessments.has(id))
		.map(({ id }) => {
			const ratings = work.assessments.get(id)?.ratings;
			return [
				id,
				work.runs.get(id)?.checked ?? null,
				ratings
					? [...ratings].flatMap(([item, entry]) => {
							const kept = note(entry.note);
							const rating = entry.rating ?? '';
							// A note-only entry whose note was dropped says nothing.
							return kept ? [[item, rating, kept]] : rating ? [[item, rating]] : [];
						})
					: null,
			];
		});
	const json = JSON.stringify({
		i: engagement.id,
		n: engagement.name,
		c: engagement.customer,
		s: engagement.start,
		e: engagement.end,
		w: engagement.sow,
		o: note(engagement.notes),
		p: [...engagement.phaseDates].map(([phase, { start, end }]) => [phase, start, end]),
		k: checklists,
	});
	return { param: encodeBase64Url(json), shortened };
}

/**
 * The fragment value of an engagement's share link, at most `maxChars` long. When notes make it
 * longer, every note is cut to the longest length that fits (marked "…"), or dropped when even
 * that is too long; `shortened` says how many. Checklists the catalog lacks are left out.
 */
export function encodeEngagementShare(
	work: EngagementWork,
	catalog: WorkspaceCatalog,
	maxChars: number = ENGAGEMENT_LIMITS.shareChars,
): EncodedEngagementShare {
	const fits = (cap: number) => encodeWith(work, catalog, cap).param.length <= maxChars;
	if (fits(ENGAGEMENT_LIMITS.notesLength))
		return encodeWith(work, catalog, ENGAGEMENT_LIMITS.notesLength);
	if (!fits(DROP)) return { param: undefined, shortened: 0 };
	if (!fits(0)) return encodeWith(work, catalog, DROP);
	// The longest cap that fits: 0 fits, the full length does not.
	let fitting = 0;
	let tooLong: number = ENGAGEMENT_LIMITS.notesLength;
	while (tooLong - fitting > 1) {
		const cap = Math.floor((fitting + tooLong) / 2);
		if (fits(cap)) fitting = cap;
		else tooLong = cap;
	}
	return encodeWith(work, catalog, fitting);
}

/** The elements of a JSON array, or none. */
function arrayOf(value: unknown): unknown[] {
	return Array.isArray(value) ? (value as unknown[]) : [];
}

/**
 * Reads a share link's fragment value. Never throws; undefined for anything that is not a
 * well-formed share of bounded size or whose engagement cannot be used. Its runs and assessments
 * get fresh ids and the engagement's name.
 */
export function decodeEngagementShare(
	param: string,
	catalog: WorkspaceCatalog,
): EngagementWork | undefined {
	if (param.length > ENGAGEMENT_LIMITS.shareChars) return undefined;
	const text = decodeBase64Url(param);
	const record = asRecord(text === undefined ? undefined : parseJson(text));
	if (!record) return undefined;
	// Entries are built with Object.fromEntries, which defines own properties: a `__proto__` key
	// stays data for the cleaner to refuse.
	const phaseDates = Object.fromEntries(
		arrayOf(record['p']).flatMap((entry) => {
			const [phase, start, end] = arrayOf(entry);
			return typeof phase === 'string' ? [[phase, { start, end }]] : [];
		}),
	);
	const runs: unknown[] = [];
	const assessments: unknown[] = [];
	for (const entry of arrayOf(record['k']).slice(0, ENGAGEMENT_LIMITS.checklistsPerEngagement)) {
		const [checklist, checked, rated] = arrayOf(entry);
		if (Array.isArray(checked)) runs.push({ checklist, run: { checked } });
		if (!Array.isArray(rated)) continue;
		const ratings = new Map<string, unknown>();
		for (const [item, rating, note] of arrayOf(rated).map(arrayOf))
			if (typeof item === 'string' && !ratings.has(item)) ratings.set(item, { rating, note });
		assessments.push({ checklist, assessment: { ratings: Object.fromEntries(ratings) } });
	}
	const engagement = {
		id: record['i'],
		name: record['n'],
		customer: record['c'],
		start: record['s'],
		end: record['e'],
		sow: record['w'],
		notes: record['o'],
		phaseDates,
	};
	const decoded = cleanWork({ engagement, runs, assessments }, catalog);
	return decoded.ok ? decoded.work : undefined;
}
