import { loadSearchVocabulary } from '../lib/search/build/vocabulary-file.ts';
import { normaliseWords } from '../lib/search/query-terms.ts';
import { ALSO_KNOWN_AS_MARK } from '../lib/search/results.ts';
import type { SearchVocabulary } from '../lib/search/vocabulary.ts';
import type { SearchVocabularySource } from '../schemas/search-vocabulary.ts';
import { resolveContentDir } from '../lib/content/dir.ts';
import { entryPath } from '../lib/catalog/entry-types.ts';
import { COLLECTIONS } from '../schemas/common.ts';
import { getPublishedEntries, loadCatalog, readEntryBody } from './catalog.ts';
import { loadQualityGates } from './quality-gates.ts';

/** Most "also known as" terms one page carries in its hidden index text. */
const MAX_ALSO_KNOWN_AS = 40;

let source: SearchVocabularySource | undefined;

/** The authored vocabulary, read once per build (the content check has already vetted it). */
function readVocabulary(): SearchVocabularySource {
	source ??= loadSearchVocabulary(resolveContentDir(), new Set(), []).vocabulary;
	return source;
}

/** True when the words of `phrase` stand one after another among `words`. */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
	if (phrase.length === 0) return false;
	for (let start = 0; start + phrase.length <= words.length; start++)
		if (phrase.every((word, offset) => words[start + offset] === word)) return true;
	return false;
}

/**
 * The hidden index text of a page: the terms of every synonym group that names the page among
 * its entries or whose terms its title or summary uses, minus the words already there, behind
 * {@link ALSO_KNOWN_AS_MARK}. Empty when no group applies.
 */
export function alsoKnownAs(url: string, title: string, summary: string): string {
	const words = normaliseWords(`${title} ${summary}`);
	const terms = new Set<string>();
	for (const group of readVocabulary().synonyms) {
		const applies =
			group.entries.includes(url) ||
			group.terms.some((term) => containsPhrase(words, normaliseWords(term)));
		if (!applies) continue;
		for (const term of group.terms)
			if (!containsPhrase(words, normaliseWords(term))) terms.add(term);
	}
	if (terms.size === 0) return '';
	return `${ALSO_KNOWN_AS_MARK} ${[...terms].slice(0, MAX_ALSO_KNOWN_AS).join(' · ')}`;
}

/** What the browser's search layer needs: `/search/vocabulary.json`. */
export async function buildBrowserVocabulary(): Promise<SearchVocabulary> {
	const graph = await loadCatalog();
	const vocabulary = readVocabulary();
	const pages = new Map(
		graph.entries.map((entry) => [
			entryPath(entry.collection, entry.id),
			{ title: entry.title, summary: entry.summary },
		]),
	);
	for (const { process, gate } of await loadQualityGates())
		pages.set(`/quality-gates/${gate.id}/`, { title: gate.name, summary: process.data.summary });
	const words = new Map<string, number>();
	/** Counts each word once per page. */
	const addWords = (text: string) => {
		for (const word of new Set(normaliseWords(text)))
			if (/^[a-z0-9][a-z0-9-]{1,23}$/.test(word)) words.set(word, (words.get(word) ?? 0) + 1);
	};
	// Each page's title, summary and body, so a real word is never "corrected" into another.
	const bodies = new Map<string, string>();
	for (const collection of COLLECTIONS)
		for (const entry of await getPublishedEntries(collection))
			bodies.set(entryPath(collection, entry.id), readEntryBody(entry));
	for (const entry of graph.entries) {
		const url = entryPath(entry.collection, entry.id);
		addWords(`${entry.title} ${entry.summary} ${bodies.get(url) ?? ''}`);
	}
	for (const term of await getPublishedEntries('glossary'))
		addWords([term.data.term, term.data.expansion ?? '', ...term.data.aliases].join(' '));
	for (const group of vocabulary.synonyms) addWords(group.terms.join(' '));
	return {
		synonyms: vocabulary.synonyms.map((group) => group.terms),
		bestBets: vocabulary.bestBets.flatMap((bet) => {
			const page = pages.get(bet.entry);
			return page ? [{ queries: bet.queries, url: bet.entry, ...page }] : [];
		}),
		words: Object.fromEntries([...words].sort(([left], [right]) => left.localeCompare(right))),
		roles: Object.fromEntries(graph.entriesOf('roles').map((role) => [role.id, role.title])),
	};
}
