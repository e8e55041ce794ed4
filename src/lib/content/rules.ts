import type { CollectionName } from '../../schemas/common.ts';
import { findAcronyms } from './acronyms.ts';
import { buildCatalogGraph, entryKey, findOrphans, toCatalogEntry } from '../catalog/graph.ts';
import type { ParsedContentFile } from './files.ts';
import { suggestClosest, type ContentProblem } from './problems.ts';
import { findReferences } from '../catalog/entry-references.ts';
import { listHeadings } from './markdown-headings.ts';

/** An entry that passed its schema, with the file it came from. */
export interface ValidEntry {
	file: ParsedContentFile;
	data: Record<string, unknown>;
}

/** Links that point at no entry, or at a draft from a published entry (it would dangle live). */
export function checkReferences(
	entries: readonly ValidEntry[],
	idsByCollection: ReadonlyMap<CollectionName, ReadonlyMap<string, ParsedContentFile>>,
): ContentProblem[] {
	const status = new Map(entries.map((entry) => [entryKey(entry.file), entry.data['status']]));
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		for (const { reference, path } of findReferences(entry.data)) {
			const ids = idsByCollection.get(reference.collection);
			const location = {
				file: entry.file.path,
				line: entry.file.lineOf(path),
				field: path.join('.'),
			};
			if (!ids?.has(reference.id)) {
				const suggestion = ids ? suggestClosest(reference.id, ids.keys()) : undefined;
				problems.push({
					...location,
					message: `"${reference.id}" is not an entry of ${reference.collection}`,
					fix: suggestion
						? `did you mean "${suggestion}"?`
						: `use the id of an existing file in content/${reference.collection}/, or create that entry`,
				});
			} else if (entry.data['status'] !== 'draft' && status.get(entryKey(reference)) === 'draft') {
				problems.push({
					...location,
					message: `links to ${reference.collection}/${reference.id}, which is a draft and will not be published`,
					fix: `publish ${reference.collection}/${reference.id} first, or remove the link`,
				});
			}
		}
	}
	return problems;
}

/** Published guidance that no process page or phase guide would list. */
export function checkOrphans(entries: readonly ValidEntry[]): ContentProblem[] {
	const byKey = new Map(entries.map((entry) => [entryKey(entry.file), entry.file]));
	const graph = buildCatalogGraph(
		entries.map((entry) => toCatalogEntry(entry.file.collection, entry.file.id, entry.data)),
	);
	return findOrphans(graph).map((orphan) => ({
		file: byKey.get(entryKey(orphan))?.path ?? entryKey(orphan),
		line: 1,
		field: 'process',
		message:
			'no published process page or phase guide lists this entry, so readers cannot reach it',
		fix: 'name a published process and phase, or mark this entry as a draft',
	}));
}

/** Acronyms used anywhere in the catalog that the glossary does not explain. */
export function checkAcronyms(entries: readonly ValidEntry[]): ContentProblem[] {
	const known = new Set<string>();
	for (const entry of entries) {
		if (entry.file.collection !== 'glossary') continue;
		for (const value of [entry.data['term'], ...((entry.data['aliases'] as unknown[]) ?? [])]) {
			if (typeof value !== 'string') continue;
			known.add(value);
			for (const { acronym } of findAcronyms(value)) known.add(acronym);
		}
	}
	return entries.flatMap((entry) =>
		findAcronyms(entry.file.text)
			.filter(({ acronym }) => !known.has(acronym))
			.map(({ acronym, line }) => ({
				file: entry.file.path,
				line,
				field: line < entry.file.bodyStartLine ? 'front matter' : 'body',
				message: `acronym "${acronym}" is not in the glossary`,
				fix: `add content/glossary/${acronym.toLowerCase()}.yaml (term: ${acronym}), or spell it out`,
			})),
	);
}

/**
 * The kinds of guidance the framework gives every process ("each GDF process has playbooks,
 * runbooks, practice considerations, and FAQs"), in the order a missing one is reported.
 */
export const PROCESS_GUIDANCE_TYPES = ['playbooks', 'runbooks', 'considerations', 'faqs'] as const;

const SINGULAR: Record<(typeof PROCESS_GUIDANCE_TYPES)[number], string> = {
	playbooks: 'playbook',
	runbooks: 'runbook',
	considerations: 'practice consideration',
	faqs: 'FAQ page',
};

/** A front-matter field as written, before any schema: the rule also reads files that fail theirs. */
export const fieldOf = (data: unknown, name: string): unknown =>
	data && typeof data === 'object' ? Reflect.get(data, name) : undefined;

/** Neither a draft nor deprecated: the entry is, or will be once valid, on the live site. */
const isLive = (data: unknown) =>
	!['draft', 'deprecated'].includes(String(fieldOf(data, 'status')));

/**
 * Every published process has at least one published playbook, runbook, consideration and FAQ
 * naming it in `process`. Reads every parsed file, not only valid ones, so that a mistake in a
 * runbook is reported once, as itself, rather than again as a process without a runbook.
 * Draft and deprecated processes are left out: they are not, or no longer, guidance readers follow.
 */
export function checkProcessGuidance(files: readonly ParsedContentFile[]): ContentProblem[] {
	const named = new Set(
		files
			.filter((file) => typeof fieldOf(file.data, 'process') === 'string' && isLive(file.data))
			.map((file) => `${file.collection}/${String(fieldOf(file.data, 'process'))}`),
	);
	const missing = (process: ParsedContentFile) =>
		PROCESS_GUIDANCE_TYPES.filter((type) => !named.has(`${type}/${process.id}`));
	return files
		.filter((file) => file.collection === 'processes' && isLive(file.data))
		.flatMap((process) =>
			missing(process).map((type) => ({
				file: process.path,
				line: 1,
				field: type,
				message: `no published ${SINGULAR[type]} names this process, and the framework says each process has playbooks, runbooks, practice considerations and FAQs`,
				fix: `add a ${SINGULAR[type]} with "process: ${process.id}" under content/${type}/ (npm run new -- ${type} "<title>"), or mark this process as a draft until it has one`,
			})),
		);
}

/** FAQ pages need at least one question: a `##` heading, which also becomes its link anchor. */
export function checkFaqQuestions(file: ParsedContentFile): ContentProblem[] {
	if (file.collection !== 'faqs' || listHeadings(file.markdownTree(), 2).length > 0) return [];
	return [
		{
			file: file.path,
			line: file.bodyStartLine,
			field: 'body',
			message: 'an FAQ page needs at least one question',
			fix: 'write each question as a "## Question?" heading followed by its answer',
		},
	];
}

/** The `onboarding` block of a phase, as its schema leaves it. */
interface OnboardingData {
	playbooks: { playbook: { id: string } }[];
}

/**
 * The onboarding path, phase by phase in order: each playbook may appear on it once, and a
 * deprecated playbook would send new hires to guidance that has been replaced.
 */
export function checkOnboardingPath(entries: readonly ValidEntry[]): ContentProblem[] {
	const status = new Map(
		entries
			.filter((entry) => entry.file.collection === 'playbooks')
			.map((entry) => [entry.file.id, entry.data['status']]),
	);
	const phases = entries
		.filter((entry) => entry.file.collection === 'phases' && entry.data['onboarding'])
		.sort((left, right) => Number(left.data['order']) - Number(right.data['order']));
	const firstPlace = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const phase of phases) {
		const { playbooks } = phase.data['onboarding'] as OnboardingData;
		playbooks.forEach(({ playbook }, index) => {
			const path = ['onboarding', 'playbooks', index, 'playbook'];
			const location = {
				file: phase.file.path,
				line: phase.file.lineOf(path),
				field: path.join('.'),
			};
			const earlier = firstPlace.get(playbook.id);
			if (earlier) {
				problems.push({
					...location,
					message: `playbook "${playbook.id}" is already on the onboarding path (${earlier})`,
					fix: 'list each playbook once on the whole path: remove this one, or pick another key playbook',
				});
				return;
			}
			firstPlace.set(playbook.id, `${phase.file.path}, onboarding.playbooks.${index}`);
			if (status.get(playbook.id) === 'deprecated') {
				problems.push({
					...location,
					message: `playbook "${playbook.id}" is deprecated, so new hires would read replaced guidance`,
					fix: 'put the playbook that replaces it (its supersededBy) on the path instead',
				});
			}
		});
	}
	return problems;
}

/**
 * A review is recorded as a change: an entry whose `lastReviewed` is later than its newest change
 * moved its review date without saying what the review changed.
 */
export function checkReviewChanges(entries: readonly ValidEntry[]): ContentProblem[] {
	return entries.flatMap(({ file, data }) => {
		const reviewed = data['lastReviewed'];
		const changes = Array.isArray(data['changes']) ? (data['changes'] as { date: string }[]) : [];
		const newest = changes.map((change) => change.date).sort().at(-1);
		if (typeof reviewed !== 'string' || !newest || reviewed <= newest) return [];
		return [
			{
				file: file.path,
				line: file.lineOf(['lastReviewed']),
				field: 'lastReviewed',
				message: `lastReviewed (${reviewed}) is later than the newest change (${newest}), so the review is not in the page's history`,
				fix: `add a change for the review to "changes", e.g. "- { date: ${reviewed}, type: minor, note: Reviewed; no changes }" (type major if readers should know)`,
			},
		];
	});
}

const TO_BE_CONFIRMED = /\bto be confirmed\b/i;
const QUESTION_LINK = /\/questions\/[a-z0-9-]+\/?/;
const WRITE_A_QUESTION =
	'name the open point in "questions:" (an id under content/questions/, or a new question there with what the framework says and the working assumption) and delete this text: the page then shows one line linking to it';

/** Every string in a parsed YAML value, with its path. */
export function stringsIn(
	value: unknown,
	path: (string | number)[] = [],
): [string, (string | number)[]][] {
	if (typeof value === 'string') return [[value, path]];
	if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
	}
	return [];
}

/**
 * What the framework leaves open is written once, as an open question, and named by the pages that
 * rely on it. A "to be confirmed" paragraph (in a body or a YAML value) that links no question is
 * the old way of writing it out on each page, and drifts; it is refused.
 */
export function checkToBeConfirmed(file: ParsedContentFile): ContentProblem[] {
	if (file.collection === 'questions') return [];
	const problems: ContentProblem[] = [];
	const unsettled = unsettledText(file);
	for (const [text, path] of stringsIn(file.data)) {
		if (TO_BE_CONFIRMED.test(unsettled(text)) && !QUESTION_LINK.test(text)) {
			problems.push({
				file: file.path,
				line: file.lineOf(path),
				field: path.join('.'),
				message: 'a "to be confirmed" note is written out here instead of naming an open question',
				fix: WRITE_A_QUESTION,
			});
		}
	}
	const lines = file.body.split(/\r?\n/);
	let start = 0;
	for (let index = 0; index <= lines.length; index += 1) {
		const line = lines[index];
		if (line !== undefined && line.trim() !== '') continue;
		const paragraph = unsettled(lines.slice(start, index).join('\n'));
		if (TO_BE_CONFIRMED.test(paragraph) && !QUESTION_LINK.test(paragraph)) {
			const offset = lines.slice(start, index).findIndex((text) => TO_BE_CONFIRMED.test(text));
			problems.push({
				file: file.path,
				line: file.bodyStartLine + start + Math.max(offset, 0),
				field: 'body',
				message: 'a "to be confirmed" note is written out here instead of naming an open question',
				fix: WRITE_A_QUESTION,
			});
		}
		start = index + 1;
	}
	return problems;
}

/**
 * A template that names its open questions may show the point where the user would fill it in, as
 * a placeholder (`{{To be confirmed by the content owner: …}}`): the file goes to people outside
 * the site, who cannot follow a link. The text with such placeholders taken out.
 */
function unsettledText(file: ParsedContentFile): (text: string) => string {
	const questions = (file.data as { questions?: unknown } | undefined)?.questions;
	const named = file.collection === 'templates' && Array.isArray(questions) && questions.length > 0;
	return named ? (text) => text.replace(/\{\{[^{}\n]*\}\}/g, '') : (text) => text;
}

/**
 * An answered question's pages must follow its answer: naming it in `questions` once it is answered
 * means the page still follows the working assumption.
 */
export function checkAnsweredQuestions(entries: readonly ValidEntry[]): ContentProblem[] {
	const answered = new Set(
		entries
			.filter(({ file, data }) => file.collection === 'questions' && typeof data['answer'] === 'string')
			.map(({ file }) => file.id),
	);
	return entries.flatMap(({ file, data }) =>
		(Array.isArray(data['questions']) ? (data['questions'] as { id: string }[]) : []).flatMap(
			(question, index) =>
				answered.has(question.id)
					? [
							{
								file: file.path,
								line: file.lineOf(['questions', index]),
								field: `questions.${String(index)}`,
								message: `questions/${question.id} is answered, and this page still names it`,
								fix: `bring the page in line with the answer in content/questions/${question.id}.yaml, then remove "${question.id}" from questions`,
							},
						]
					: [],
		),
	);
}
