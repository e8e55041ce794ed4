/** A published glossary term, reduced to what finding and explaining it in text needs. */
export interface GlossaryTerm {
	/** Entry id, as in `/glossary/<id>/`. */
	id: string;
	/** The term as the glossary writes it, e.g. "DQI". */
	term: string;
	expansion: string | undefined;
	definition: string;
	/** Other spellings that count as the same term. */
	aliases: readonly string[];
}

/** One use of a glossary term in a piece of text: `text.slice(start, end)` is what was written. */
export interface TermMatch {
	term: GlossaryTerm;
	start: number;
	end: number;
}

/** Finds the uses of a glossary's terms in plain text. */
export interface GlossaryMatcher {
	/** Every use of any term, left to right; where spellings overlap, the longest wins. */
	findAll(text: string): TermMatch[];
}

const MAX_FORM_LENGTH = 100;
const MAX_TITLE_LENGTH = 200;
// A use stands alone: not glued to a letter, digit or underscore, nor joined to one by a hyphen
// or a dot, as in "pre-engagement", "DQI-led" or "proserve.example.com". Checked apart from the
// spellings' patterns: in each of them, these classes made compiling it slow.
const GLUED_BEFORE = /(?:[\p{L}\p{N}_]|[\p{L}\p{N}][-.])$/u;
const GLUED_AFTER = /^(?:[\p{L}\p{N}_]|[-.][\p{L}\p{N}])/u;
const standsAlone = (text: string, start: number, end: number) =>
	!GLUED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) &&
	!GLUED_AFTER.test(text.slice(end, end + 2));
const SEGMENT = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;
// All capitals, digits allowed after the first letter: DQI, S2D, D1D. Matched as written.
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]*$/u;

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * A glossary entry's data as read from its YAML file, when it is published, well formed and to be
 * explained in text; undefined otherwise (the content check reports malformed entries).
 */
export function decodeGlossaryTerm(id: string, data: unknown): GlossaryTerm | undefined {
	if (!data || typeof data !== 'object') return undefined;
	const record = data as Record<string, unknown>;
	const term = text(record['term']);
	const definition = text(record['definition']);
	const status = record['status'] ?? 'published';
	if (!term || !definition || status !== 'published' || record['markInText'] === false) {
		return undefined;
	}
	const aliases = Array.isArray(record['aliases']) ? record['aliases'] : [];
	return {
		id,
		term,
		expansion: text(record['expansion']),
		definition,
		aliases: aliases.flatMap((alias) => text(alias) ?? []),
	};
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function caseless(word: string): string {
	return [...word]
		.map((char) => {
			const lower = char.toLowerCase();
			const upper = char.toUpperCase();
			const isCased = lower !== upper && [...lower].length === 1 && [...upper].length === 1;
			return isCased ? `[${lower}${upper}]` : escapeRegExp(char);
		})
		.join('');
}

/**
 * The pattern for one spelling: acronyms as written, other words in any case, any run of
 * whitespace (a line break in the source) between words, either apostrophe, an optional plural s.
 */
function spellingPattern(form: string): string {
	const segments = form.match(SEGMENT) ?? [];
	const pattern = segments.map((segment) => {
		if (/^\s/.test(segment)) return String.raw`\s+`;
		if (segment === "'" || segment === '’') return "['’]";
		if (!/[\p{L}\p{N}]/u.test(segment)) return escapeRegExp(segment);
		return ACRONYM.test(segment) ? segment : caseless(segment);
	});
	const last = segments.at(-1) ?? '';
	if (/\p{L}$/u.test(last) && !/s$/i.test(last)) pattern.push(ACRONYM.test(last) ? 's?' : '[sS]?');
	return pattern.join('');
}

interface Spelling {
	term: GlossaryTerm;
	/** Characters before the first word, such as the `#` of "#OneTeam". */
	prefixLength: number;
	/** Sticky: matches the spelling exactly where `lastIndex` points. */
	pattern: RegExp;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Builds a matcher for the given terms; a spelling shared by two terms goes to the first.
 * Spellings are indexed by their first word, so a text is scanned once, word by word, and only
 * the few spellings starting with a word are tried there: one pattern of every spelling would be
 * tried at every character and made rendering a page a hundred times slower.
 */
export function buildGlossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
	const byFirstWord = new Map<string, Spelling[]>();
	const seen = new Set<string>();
	for (const term of terms) {
		for (const form of [term.term, ...term.aliases]) {
			const firstWord = form.match(WORD_RUN)?.[0];
			const usable = firstWord && form.length >= 2 && form.length <= MAX_FORM_LENGTH;
			if (!usable || seen.has(form)) continue;
			seen.add(form);
			const pattern = new RegExp(spellingPattern(form), 'uy');
			const spelling = { term, prefixLength: form.indexOf(firstWord), pattern };
			const key = firstWord.toLowerCase();
			byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), spelling]);
		}
	}
	const candidatesAt = (word: string): Spelling[] => {
		const key = word.toLowerCase();
		const singular = key.endsWith('s') ? byFirstWord.get(key.slice(0, -1)) : undefined;
		return [...(byFirstWord.get(key) ?? []), ...(singular ?? [])];
	};
	return {
		findAll(value) {
			const found: TermMatch[] = [];
			let end = 0;
			for (const word of value.matchAll(WORD_RUN)) {
				if (word.index < end) continue;
				// Leftmost, then longest, of the spellings that start with this word.
				let best: TermMatch | undefined;
				for (const { term, prefixLength, pattern } of candidatesAt(word[0])) {
					const start = word.index - prefixLength;
					if (start < end) continue;
					pattern.lastIndex = start;
					const length = pattern.exec(value)?.[0].length;
					if (length === undefined || !standsAlone(value, start, start + length)) continue;
					if (!best || start < best.start || (start === best.start && start + length > best.end)) {
						best = { term, start, end: start + length };
					}
				}
				if (best) {
					found.push(best);
					end = best.end;
				}
			}
			return found;
		},
	};
}

/**
 * A filter for one page: given the uses in each piece of text in reading order, keeps those of
 * terms the page has not used yet, one per term. A term's aliases are the same term.
 */
export function createFirstUseFilter(): (matches: readonly TermMatch[]) => TermMatch[] {
	const used = new Set<string>();
	return (matches) =>
		matches.filter((match) => {
			if (used.has(match.term.id)) return false;
			used.add(match.term.id);
			return true;
		});
}

const normalise = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');

/**
 * What an abbreviation's `title` says: the expansion, unless that is what the text already
 * says ("statement of work" for SOW) or there is none; then the definition's first sentence.
 */
export function describeUse(term: GlossaryTerm, written: string): string {
	if (term.expansion && normalise(term.expansion) !== normalise(written)) return term.expansion;
	const sentence = /^.*?[.!?](?=\s|$)/s.exec(term.definition)?.[0] ?? term.definition;
	return sentence.length <= MAX_TITLE_LENGTH
		? sentence
		: `${sentence.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`;
}

/** Where a Markdown renderer leaves the ids of the terms a page uses, in its front matter. */
export const TERMS_USED_KEY = 'glossaryTermsUsed';

const MAX_TERMS_USED = 1000;

/** The term ids a rendered page recorded under TERMS_USED_KEY; never throws, keeps only strings. */
export function readTermsUsed(frontmatter: unknown): string[] {
	if (!frontmatter || typeof frontmatter !== 'object') return [];
	const value = (frontmatter as Record<string, unknown>)[TERMS_USED_KEY];
	if (!Array.isArray(value)) return [];
	const ids = value.filter(
		(id): id is string => typeof id === 'string' && /^[\w-]{1,200}$/.test(id),
	);
	return [...new Set(ids)].slice(0, MAX_TERMS_USED);
}
