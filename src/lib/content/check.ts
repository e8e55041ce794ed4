import {
	COLLECTIONS,
	KEBAB_CASE,
	plainReference,
	type CollectionName,
} from '../../schemas/common.ts';
import { COLLECTION_FORMATS, describeFormats, formatOfFile, SCHEMAS } from '../../schemas/index.ts';
import { PLAYBOOK_SECTIONS } from '../../schemas/playbooks.ts';
import { RUNBOOK_SECTIONS } from '../../schemas/runbooks.ts';
import type { ContentProblem } from './problems.ts';
import { DigestCache, checkCodeDigest, digestOf } from './digest-cache.ts';
import {
	isLoadedFile,
	listContentFiles,
	readContentFile,
	type ParsedContentFile,
} from './files.ts';
import { describeIssue } from './issues.ts';
import { checkQualityGateIds } from '../catalog/quality-gates.ts';
import { listHeadings } from './markdown-headings.ts';
import { findUnsafeMarkup } from './raw-html.ts';
import { listSitePages, listGlossaryNames } from '../search/build/site-pages.ts';
import { loadSearchVocabulary } from '../search/build/vocabulary-file.ts';
import { loadRedirects } from '../site/redirects-file.ts';
import {
	checkAcronyms,
	checkAnsweredQuestions,
	checkFaqQuestions,
	checkOnboardingPath,
	checkReviewChanges,
	checkOrphans,
	checkProcessGuidance,
	checkReferences,
	checkToBeConfirmed,
	type ValidEntry,
} from './rules.ts';
import { toSlug } from '../slug.ts';
import {
	checkOrganisationTemplate,
	checkTemplateFile,
	warnAboutTemplateMentions,
} from './template-rules.ts';
import { warnAboutTraceability } from './traceability-rules.ts';

/** The `##` sections each Markdown collection must contain. */
export const REQUIRED_SECTIONS: Partial<Record<CollectionName, readonly string[]>> = {
	playbooks: PLAYBOOK_SECTIONS,
	runbooks: RUNBOOK_SECTIONS,
};


/** What the content check found: problems fail the build, warnings are printed only. */
export interface ContentReport {
	problems: ContentProblem[];
	warnings: ContentProblem[];
}

/** What the checks that parse a Markdown body found in one file, kept by the file's digest. */
export type BodyCheckCache = DigestCache<Omit<ContentProblem, 'file'>[]>;

/**
 * The cache of body checks at `file` (kept in Astro's cache folder by the build): a file whose
 * text is unchanged since a run of the same checking code is not parsed again.
 */
export function openBodyCheckCache(file: string): BodyCheckCache {
	return DigestCache.open(file, checkCodeDigest());
}

/** Each collection's schema with plain references, made once: zod compiles it on first use. */
const plainSchemas = new Map<CollectionName, { safeParse: (data: unknown) => unknown }>();
function plainSchemaOf(collection: CollectionName) {
	let schema = plainSchemas.get(collection);
	if (!schema) plainSchemas.set(collection, (schema = SCHEMAS[collection](plainReference)));
	return schema as ReturnType<(typeof SCHEMAS)[CollectionName]>;
}

/**
 * Checks a whole content tree the way the build reads it, and returns every problem found:
 * file types and names, YAML syntax, schema fields, duplicate ids, dangling references,
 * required sections, processes missing a kind of guidance, the search vocabulary and the redirects.
 * An empty list means the tree is safe to build. With a `bodyCache`, the checks that parse a
 * Markdown body (sections, FAQ questions, markup) run only on files changed since the cache was
 * saved; everything that reads other files runs every time.
 */
export function checkContent(
	contentDir: string,
	cwd = process.cwd(),
	options: { bodyCache?: BodyCheckCache } = {},
): ContentProblem[] {
	return inspectContent(contentDir, cwd, options).problems;
}

/** The content check's problems and its warnings (what an author should look at, but may leave). */
export function inspectContent(
	contentDir: string,
	cwd = process.cwd(),
	options: { bodyCache?: BodyCheckCache } = {},
): ContentReport {
	const bodyCache = options.bodyCache ?? DigestCache.open<Omit<ContentProblem, 'file'>[]>(undefined, '');
	const problems: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const files = listContentFiles(contentDir, cwd);
	const idsByCollection = new Map<CollectionName, Map<string, ParsedContentFile>>(
		COLLECTIONS.map((collection) => [collection, new Map()]),
	);
	const valid: ValidEntry[] = [];
	const parsedFiles: ParsedContentFile[] = [];
	const invalidCollections = new Set<CollectionName>();

	for (const file of files) {
		const baseName = file.path.split(/[\\/]/).pop() ?? '';
		if (baseName.startsWith('_')) continue;
		if (!isLoadedFile(file)) {
			const format = COLLECTION_FORMATS[file.collection][0] ?? 'md';
			problems.push({
				file: file.path,
				line: 1,
				field: 'file',
				message: `content/${file.collection}/ holds only ${describeFormats(file.collection)} files; this file would be ignored`,
				fix: `rename it to ${file.id}.${format} (or start its name with "_" to keep it as an unpublished partial)`,
			});
			continue;
		}
		const parsed = readContentFile(file);
		if (!KEBAB_CASE.test(file.id)) {
			problems.push({
				file: file.path,
				line: 1,
				field: 'file',
				message: `file name "${file.id}" is not kebab-case; it becomes the entry's id and URL`,
				fix: `rename it to ${toSlug(file.id, { splitWords: true })}.${formatOfFile(file.path) ?? 'md'}`,
			});
		}
		const seen = idsByCollection.get(file.collection);
		const earlier = seen?.get(file.id);
		if (earlier) {
			problems.push({
				file: file.path,
				line: 1,
				field: 'id',
				message: `duplicate id "${file.id}": ${earlier.path} has the same file name, and only one of them would be published`,
				fix: 'rename one of the two files (ids come from file names, whatever the folder)',
			});
		} else {
			seen?.set(file.id, parsed);
		}
		if (parsed.syntaxError) {
			invalidCollections.add(file.collection);
			problems.push({
				file: file.path,
				line: parsed.syntaxError.line,
				field: 'front matter',
				message: `YAML syntax error: ${parsed.syntaxError.message}`,
				fix: 'correct the YAML (check indentation, colons and quotes around text containing ": ")',
			});
			continue;
		}
		parsedFiles.push(parsed);
		problems.push(
			...parsed.hashtagComments.map((cut) => ({
				file: file.path,
				line: cut.line,
				field: cut.field,
				message: `the value stops at "${cut.value}": YAML reads " #${cut.comment.split(/\s/)[0] ?? ''}" and everything after it as a comment`,
				fix: `put the whole value in quotes: ${cut.field}: "${cut.value} #${cut.comment}"`,
			})),
		);
		const result = plainSchemaOf(file.collection).safeParse(parsed.data ?? {});
		if (!result.success) {
			invalidCollections.add(file.collection);
			for (const issue of result.error.issues) problems.push(...describeIssue(issue, parsed));
		} else {
			valid.push({ file: parsed, data: result.data });
		}
		const bodyProblems = bodyCache.get(digestOf(file.collection, parsed.text), () =>
			[
				...checkSections(parsed),
				...checkFaqQuestions(parsed),
				...checkMarkup(parsed),
				...checkTemplateFile(parsed),
			].map(
				({ line, field, message, fix }) => ({ line, field, message, fix }),
			),
		);
		problems.push(
			...bodyProblems.map((problem) => ({ file: file.path, ...problem })),
			...checkToBeConfirmed(parsed),
			...checkOrganisationTemplate(parsed),
		);
		warnings.push(...warnAboutTemplateMentions(parsed));
	}

	problems.push(
		...checkReferences(valid, idsByCollection),
		...checkOrphans(valid),
		...checkOnboardingPath(valid),
		...checkReviewChanges(valid),
		...checkAnsweredQuestions(valid),
		...checkQualityGateIds(valid),
		...checkProcessGuidance(parsedFiles),
		// With a broken glossary file every acronym it defines would be reported too; fix it first.
		...(invalidCollections.has('glossary') ? [] : checkAcronyms(valid)),
		...loadSearchVocabulary(
			contentDir,
			listSitePages(idsByCollection, valid),
			listGlossaryNames(valid),
			cwd,
		).problems,
		...loadRedirects(contentDir, listSitePages(idsByCollection, valid), cwd).problems,
	);
	// A checklist that fails its schema would drop its links, and the guidance they point to would
	// be reported as linked by none; fix it first.
	if (!invalidCollections.has('checklists')) warnings.push(...warnAboutTraceability(valid));
	return { problems, warnings };
}

function checkSections(file: ParsedContentFile): ContentProblem[] {
	const required = REQUIRED_SECTIONS[file.collection];
	if (!required) return [];
	const present = new Set(
		listHeadings(file.markdownTree(), 2).map((heading) => heading.text.toLowerCase()),
	);
	return required
		.filter((section) => !present.has(section.toLowerCase()))
		.map((section) => ({
			file: file.path,
			line: file.bodyStartLine,
			field: 'body',
			message: `missing section "## ${section}" (every ${file.collection.replace(/s$/, '')} needs: ${required.join(', ')})`,
			fix: `add a "## ${section}" heading with its content`,
		}));
}

/** Raw HTML and script URLs in a Markdown body, at their lines in the file. */
function checkMarkup(file: ParsedContentFile): ContentProblem[] {
	if (formatOfFile(file.path) !== 'md') return [];
	return findUnsafeMarkup(file.markdownTree()).map((problem) => ({
		file: file.path,
		line: file.bodyStartLine + problem.line - 1,
		field: 'body',
		message: problem.message,
		fix: problem.fix,
	}));
}
