/**
 * Build-time only (reads files): loads `content/search/vocabulary.yaml` and checks it like any
 * content file, naming the file, line, field and fix for every mistake.
 */
import { join, resolve } from 'node:path';
import {
	searchVocabularySchema,
	type SearchVocabularySource,
} from '../../../schemas/search-vocabulary.ts';
import { suggestClosest, type ContentProblem } from '../../content/problems.ts';
import { normaliseWords } from '../query-terms.ts';
import { readYamlFile, type LineOf } from '../../content/yaml-file.ts';

/** Where the vocabulary lives, relative to the content folder. */
export const VOCABULARY_FILE = 'search/vocabulary.yaml';

/** A glossary term or alias, with the page that defines it. */
export interface GlossaryName {
	name: string;
	url: string;
}

/** The vocabulary file read and checked. */
export interface LoadedVocabulary {
	vocabulary: SearchVocabularySource;
	problems: ContentProblem[];
}

/** The fields a synonym group and a best bet may have, for "did you mean". */
const ALLOWED_KEYS: Readonly<Record<string, readonly string[]>> = {
	synonyms: ['id', 'terms', 'entries'],
	bestBets: ['queries', 'entry'],
};

const EMPTY: SearchVocabularySource = { synonyms: [], bestBets: [] };

/**
 * Reads and checks the vocabulary: YAML syntax, fields, pages that do not exist (`pages` is every
 * page address of the site), a term in two groups, a best-bet query listed twice, and a group
 * whose terms are two different glossary terms (it would make two defined terms mean the same).
 * A missing file is an empty vocabulary.
 */
export function loadSearchVocabulary(
	contentDir: string,
	pages: ReadonlySet<string>,
	glossary: readonly GlossaryName[],
	cwd = process.cwd(),
): LoadedVocabulary {
	const { file, data, problems, lineOf } = readYamlFile(
		join(resolve(cwd, contentDir), VOCABULARY_FILE),
		searchVocabularySchema,
		{
			syntax: 'correct the YAML (indentation, and quotes around text containing ": ")',
			unknownField: (path, key) => {
				const allowed = ALLOWED_KEYS[typeof path[0] === 'string' ? path[0] : ''] ?? [
					'synonyms',
					'bestBets',
				];
				const suggestion = suggestClosest(key, allowed);
				return suggestion
					? `did you mean "${suggestion}"? Otherwise remove it`
					: `remove it; the fields allowed here are: ${allowed.join(', ')}`;
			},
			invalid:
				'write it as the comment at the top of the file shows: lower-case words for terms, "/<type>/<id>/" for pages',
		},
		cwd,
	);
	if (!data) return { vocabulary: EMPTY, problems };
	const vocabulary = data;
	return { vocabulary, problems: checkVocabulary(vocabulary, pages, glossary, file, lineOf) };
}

function checkVocabulary(
	vocabulary: SearchVocabularySource,
	pages: ReadonlySet<string>,
	glossary: readonly GlossaryName[],
	file: string,
	lineOf: LineOf,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const problem = (path: (string | number)[], message: string, fix: string) =>
		problems.push({ file, line: lineOf(path), field: path.join('.'), message, fix });
	const missingPage = (path: (string | number)[], url: string) =>
		problem(
			path,
			`no page has the address ${url}`,
			'use the address of a published page (open it in the site and copy its path)',
		);
	const definedAt = new Map(
		glossary.map((entry) => [normaliseWords(entry.name).join(' '), entry.url]),
	);
	const groupOf = new Map<string, string>();
	const ids = new Set<string>();
	vocabulary.synonyms.forEach((group, index) => {
		if (ids.has(group.id))
			problem(
				['synonyms', index, 'id'],
				`duplicate group id "${group.id}"`,
				'give each group its own id',
			);
		ids.add(group.id);
		group.entries.forEach((url, entry) => {
			if (!pages.has(url)) missingPage(['synonyms', index, 'entries', entry], url);
		});
		const namedPages: { term: string; url: string }[] = [];
		group.terms.forEach((term, position) => {
			const key = normaliseWords(term).join(' ');
			const earlier = groupOf.get(key);
			if (earlier !== undefined)
				problem(
					['synonyms', index, 'terms', position],
					`"${term}" is already a term of group "${earlier}"`,
					'keep each term in one group: merge the two groups or remove it from one',
				);
			else groupOf.set(key, group.id);
			const glossaryPage = definedAt.get(key);
			const other = glossaryPage && namedPages.find((named) => named.url !== glossaryPage);
			if (glossaryPage && other)
				problem(
					['synonyms', index, 'terms', position],
					`"${term}" is the glossary term ${glossaryPage}, and "${other.term}" is ${other.url}: the group would make two defined terms mean the same`,
					'keep terms of one glossary entry per group: move one of the two to its own group',
				);
			else if (glossaryPage) namedPages.push({ term, url: glossaryPage });
		});
	});
	const queries = new Map<string, number>();
	vocabulary.bestBets.forEach((bet, index) => {
		if (!pages.has(bet.entry)) missingPage(['bestBets', index, 'entry'], bet.entry);
		bet.queries.forEach((query, position) => {
			const key = normaliseWords(query).join(' ');
			const earlier = queries.get(key);
			if (earlier !== undefined)
				problem(
					['bestBets', index, 'queries', position],
					`the query "${query}" already has a best bet (bestBets.${earlier})`,
					'a query can have one best bet: remove it from one of the two',
				);
			else queries.set(key, index);
		});
	});
	return problems;
}
