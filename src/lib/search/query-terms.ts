/**
 * Reading a search query as a reader typed it: quoted phrases kept exact, question words and stop
 * words dropped, the rest normalised to lower-case terms. Shared by the header search and
 * `/search/`; runs in the browser, so no `node:*`.
 */

/** Longest query read at all; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most significant terms used from one query. */
export const MAX_TERMS = 8;

/** Question words, auxiliaries and function words that say nothing about what is sought. */
const STOP_WORDS = new Set(
	(
		'a about after all also am an and any are as at be been before being but by can could did do ' +
		'does doing done for from get gets getting go had has have having how i if in into is it its ' +
		'me my need needs of on or our should so some than that the their them then there these they ' +
		'this those to too up us was we were what whats when where which while who whom whose why ' +
		'will with would you your yours happen happens thing things way ways anyone someone just ' +
		'stand stands mean means meaning definition define explain difference between example ' +
		'examples use used using contain contains include includes really please tell know ok okay'
	).split(' '),
);

/** A query as the search layer uses it. */
export interface AnalysedQuery {
	/** The query as typed, bounded and trimmed. */
	text: string;
	/** Quoted phrases, searched exactly as written. */
	phrases: string[];
	/** Significant words outside quotes, lower case, in the order typed, without repeats. */
	terms: string[];
	/** Words dropped as stop words (shown so the reader knows what was ignored). */
	dropped: string[];
}

/** Lower case, accents folded, punctuation turned into spaces (a hyphen or apostrophe joins). */
export function normaliseWords(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’](s\b)?/g, '')
		.replace(/[^\p{L}\p{N}#&-]+/gu, ' ')
		.split(' ')
		.map((word) => word.replace(/^[-#&]+|[-&]+$/g, ''))
		.filter((word) => word.length > 0);
}

/**
 * A word reduced to a rough stem, so "signs" meets "sign" and "reviewed" meets "review" when
 * queries are compared with the vocabulary (the index stems on its own).
 */
export function stemWord(word: string): string {
	if (word.length <= 3) return word;
	if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
	if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
	if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
	if (word.endsWith('es') && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}

/** Splits a query into exact phrases, significant terms and dropped stop words. */
export function analyseQuery(raw: string): AnalysedQuery {
	const text = raw.slice(0, MAX_QUERY_LENGTH).trim();
	const phrases: string[] = [];
	const outside = text.replace(/"([^"]*)"/g, (_, phrase: string) => {
		const words = normaliseWords(phrase);
		if (words.length > 0) phrases.push(words.join(' '));
		return ' ';
	});
	const terms: string[] = [];
	const dropped: string[] = [];
	for (const word of normaliseWords(outside)) {
		if (STOP_WORDS.has(word)) dropped.push(word);
		else if (!terms.includes(word)) terms.push(word);
	}
	return { text, phrases, terms: terms.slice(0, MAX_TERMS), dropped };
}

/** The query Pagefind is given for these phrases and terms: phrases quoted, terms as words. */
export function toPagefindQuery(phrases: readonly string[], terms: readonly string[]): string {
	return [...phrases.map((phrase) => `"${phrase}"`), ...terms].join(' ');
}

/**
 * The words of a page address, for searching what it meant. The first folder of a longer address
 * names a type (`/playbooks/…`) and says little: `/playbooks/run-the-kikoff/` → "run the kikoff".
 * Percent-encoding that cannot be read is left as it is.
 */
export function wordsOfPath(path: string): string {
	let decoded = path;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		// Keep the address as written.
	}
	const folders = decoded
		.replace(/\.html?$/, '')
		.split('/')
		.filter(Boolean);
	const named = folders.length > 1 ? folders.slice(1) : folders;
	return normaliseWords(named.join(' ').replace(/[-_]+/g, ' '))
		.join(' ')
		.slice(0, MAX_QUERY_LENGTH);
}
