import { z } from 'astro/zod';
import { KEBAB_CASE } from './names.ts';

/** A page address inside the site, as readers see it: `/processes/change-control/`. */
const sitePath = z
	.string()
	.regex(
		/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/,
		'not a page address: write it as the page’s path with both slashes, e.g. "/processes/change-control/"',
	);

/** A search term: lower case words, as a reader would type them. */
const term = z
	.string()
	.min(1)
	.max(60)
	.regex(
		/^[a-z0-9#][a-z0-9 &#'’.-]*$/,
		'not a search term: write it in lower case letters, digits and spaces, e.g. "risk register"',
	);

/** One group of words and phrases that mean the same in delivery work. */
export const synonymGroupSchema = z
	.object({
		/** Kebab-case name of the group, unique in the file. */
		id: z.string().regex(KEBAB_CASE, 'not kebab-case, e.g. "raid-log"'),
		/** The catalog's own word first, then what readers type instead. */
		terms: z
			.array(term)
			.min(2, 'a group needs the catalog’s word and at least one synonym')
			.max(12),
		/** Pages about this group's subject: they are found by every term of the group. */
		entries: z.array(sitePath).max(6).default([]),
	})
	.strict();

/** A query whose answer must come first. */
export const bestBetSchema = z
	.object({
		/** Queries as readers type them, lower case. */
		queries: z.array(term).min(1).max(12),
		/** The page shown first for these queries. */
		entry: sitePath,
	})
	.strict();

/** `content/search/vocabulary.yaml`: the search vocabulary. */
export const searchVocabularySchema = z
	.object({
		/** Groups of words and phrases that mean the same. */
		synonyms: z.array(synonymGroupSchema).default([]),
		/** Queries and the page each must show first. */
		bestBets: z.array(bestBetSchema).default([]),
	})
	.strict();

/** The search vocabulary as authored. */
export type SearchVocabularySource = z.infer<typeof searchVocabularySchema>;
