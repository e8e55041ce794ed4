/**
 * Turning what the index found into what a reader sees: excerpts without the hidden synonym
 * text, FAQ questions and page sections as results of their own, an answer shown first when a
 * question or glossary term matches closely, and the reader's role ranked slightly higher.
 */
import { normaliseWords, stemWord, type AnalysedQuery } from './query-terms.ts';

/**
 * The word that opens the hidden "also known as" text on a page. Everything after it is for the
 * index only, so excerpts are cut there.
 */
export const ALSO_KNOWN_AS_MARK = 'pdpalsoknownas';

/** Boost for a result that involves the reader's role: enough to lift it past near neighbours. */
const ROLE_BOOST = 1.15;
/**
 * How much a page type's results count against guidance: a glossary term's definition is shown as
 * the answer when the query names it, and role and reference pages list more than they explain.
 */
const TYPE_PRIOR: Readonly<Record<string, number>> = {
	'Glossary term': 0.6,
	Role: 0.6,
	Template: 0.7,
	'WW standard': 0.8,
	'Customer business outcome': 0.8,
};

/**
 * Words that ask for a page type ("raid log template"): that type's pages are judged by the
 * query's other words, and lifted by `ASKED_TYPE_BOOST` instead of weighed down.
 */
const TYPE_WORDS: Readonly<Record<string, string>> = {
	template: 'Template',
	templates: 'Template',
};
const ASKED_TYPE_BOOST = 1.5;

/** How much a page the query names outright ("engagement manager", "pesa") is lifted. */
const NAMED_BOOST = 3;
/** How much a page whose title holds all of the query's words is lifted (in part for some). */
const TITLE_BOOST = 1.5;

/** Share of the query's words (by stem) that a page title holds. */
function titleCoverage(terms: readonly string[], title: string): number {
	if (terms.length === 0) return 0;
	const words = new Set(normaliseWords(title).map(stemWord));
	return terms.filter((term) => words.has(stemWord(term))).length / terms.length;
}

/** The names a page title gives: `Technical Account Manager (TAM)` → both; `PESA — Pre-…` → both. */
function namesOfTitle(title: string): string[][] {
	return title
		.split(/\s+—\s+|\s*[()]\s*/)
		.map((name) => normaliseWords(name).map(stemWord))
		.filter((name) => name.length > 0);
}

/** True when the query's words are exactly one of the names a page title gives, in any order. */
export function queryNamesPage(terms: readonly string[], title: string): boolean {
	const asked = new Set(terms.map(stemWord));
	return namesOfTitle(title).some(
		(name) => name.length === asked.size && name.every((word) => asked.has(word)),
	);
}

/** Sections of one page shown as results of their own. */
const SECTIONS_PER_PAGE = 2;
/** Page types whose sections (an FAQ's questions, a playbook's steps) are results of their own. */
const SECTIONED_TYPES: ReadonlySet<string> = new Set([
	'FAQ',
	'Playbook',
	'Runbook',
	'Practice consideration',
]);

/** A page result as the search shows it. */
export interface PageResult {
	url: string;
	title: string;
	type: string | undefined;
	phase: string | undefined;
	summary: string | undefined;
	/** HTML from the index: its own escaped text with `<mark>` around matched words. */
	excerpt: string;
	/** Role names the page involves. */
	roles: string[];
	sections: { title: string; url: string; excerpt: string }[];
}

/** One row of the result list: a page, or a section (an FAQ question, a playbook step) of one. */
export type ResultRow =
	| { kind: 'page'; page: PageResult; yourRole: boolean }
	| { kind: 'section'; page: PageResult; title: string; url: string; excerpt: string };

/** What is shown above the list when the query is a question the catalog answers directly. */
export interface Answer {
	kind: 'faq' | 'term';
	title: string;
	url: string;
	/** Plain text (FAQ: the start of its answer; term: its definition). */
	text: string;
	source: string;
}

/** Words shown in an excerpt. */
const EXCERPT_WORDS = 30;

/**
 * An excerpt of a page's indexed text around the first matched word, with `<mark>` around every
 * matched word, never reaching into the hidden "also known as" text. `locations` are the indexes
 * of the matched words in `content` split at white space, as the index reports them. When no
 * match lies before the hidden text, `fallback` (the page's summary) stands in.
 */
export function buildExcerpt(
	content: string,
	locations: readonly number[],
	fallback: string,
): string {
	const words = content.trim().split(/\s+/);
	const mark = words.findIndex((word) => word.includes(ALSO_KNOWN_AS_MARK));
	const end = mark === -1 ? words.length : mark;
	const hits = locations.filter((location) => location < end).sort((left, right) => left - right);
	const first = hits[0];
	if (first === undefined) return escapeHtml(fallback);
	const start = Math.max(0, Math.min(first - 6, end - EXCERPT_WORDS));
	const stop = Math.min(end, start + EXCERPT_WORDS);
	const marked = new Set(hits);
	const text = words
		.slice(start, stop)
		.map((word, offset) =>
			marked.has(start + offset) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word),
		)
		.join(' ');
	return `${start > 0 ? '… ' : ''}${text}${stop < end ? ' …' : ''}`;
}

/** True when some matched word of a section lies before the hidden "also known as" text. */
export function matchesVisibleText(content: string, locations: readonly number[]): boolean {
	const words = content.trim().split(/\s+/);
	const mark = words.findIndex((word) => word.includes(ALSO_KNOWN_AS_MARK));
	return mark === -1 || locations.some((location) => location < mark);
}

/** Text made safe to place in HTML. */
export function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(character) =>
			({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
			character,
	);
}

/** Plain text of an index excerpt. */
function excerptText(excerpt: string): string {
	return excerpt
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

/**
 * Orders pages by their fused score, weighed by their type ({@link TYPE_PRIOR}) or lifted when
 * the query's `terms` name them outright, and lifted by {@link ROLE_BOOST} when they involve `role`;
 * the page `first` (a best bet) leads whatever its score; and
 * lists each page's matching sections after it as results of their own.
 */
export function arrangeResults(
	pages: readonly { page: PageResult; score: number }[],
	role: string | undefined,
	query: { terms?: readonly string[]; first?: string | undefined } = {},
): ResultRow[] {
	const terms = query.terms ?? [];
	const askedType = terms.map((term) => TYPE_WORDS[term]).find(Boolean);
	const otherTerms = terms.filter((term) => !TYPE_WORDS[term]);
	const rows: ResultRow[] = [];
	const ordered = pages
		.map(({ page, score }) => {
			const yourRole = role !== undefined && page.roles.includes(role);
			const asked = askedType !== undefined && page.type === askedType;
			const judgedBy = asked ? otherTerms : terms;
			const prior = queryNamesPage(judgedBy, page.title)
				? NAMED_BOOST * (asked ? ASKED_TYPE_BOOST : 1)
				: (asked ? ASKED_TYPE_BOOST : (TYPE_PRIOR[page.type ?? ''] ?? 1)) *
					(1 + TITLE_BOOST * titleCoverage(judgedBy, page.title));
			return { page, yourRole, score: score * prior * (yourRole ? ROLE_BOOST : 1) };
		})
		.sort(
			(left, right) =>
				Number(right.page.url === query.first) - Number(left.page.url === query.first) ||
				right.score - left.score,
		);
	for (const { page, yourRole } of ordered) {
		rows.push({ kind: 'page', page, yourRole });
		if (!SECTIONED_TYPES.has(page.type ?? '')) continue;
		for (const section of page.sections.slice(0, SECTIONS_PER_PAGE))
			rows.push({ kind: 'section', page, ...section });
	}
	return rows;
}

/** Share of the query's terms found among `words`. */
function coverage(terms: readonly string[], words: readonly string[]): number {
	if (terms.length === 0) return 0;
	const present = new Set(words);
	return (
		terms.filter((term) => present.has(term) || present.has(term.replace(/s$/, ''))).length /
		terms.length
	);
}

/**
 * The answer to show first: a glossary term the query names outright, or an FAQ question among
 * the top pages' sections that holds most of the query's words. `undefined` when nothing matches
 * closely.
 */
export function pickAnswer(query: AnalysedQuery, pages: readonly PageResult[]): Answer | undefined {
	const terms = [...query.terms, ...query.phrases.flatMap((phrase) => normaliseWords(phrase))];
	if (terms.length === 0) return undefined;
	const glossaryTerm = pages
		.slice(0, 10)
		.find((page) => page.type === 'Glossary term' && queryNamesPage(terms, page.title));
	if (glossaryTerm)
		return {
			kind: 'term',
			title: glossaryTerm.title,
			url: glossaryTerm.url,
			text: glossaryTerm.summary ?? excerptText(glossaryTerm.excerpt),
			source: 'Glossary',
		};
	for (const page of pages.slice(0, 3)) {
		if (page.type === 'FAQ' && terms.length >= 2) {
			const question = page.sections.find(
				(section) => coverage(terms, normaliseWords(section.title)) >= 0.6,
			);
			if (question)
				return {
					kind: 'faq',
					title: question.title,
					url: question.url,
					text: excerptText(question.excerpt),
					source: page.title,
				};
		}
	}
	return undefined;
}
