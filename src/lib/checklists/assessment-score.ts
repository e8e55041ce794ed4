/**
 * Scores a quality-gate assessment and writes it up as Markdown for the review record. Met counts
 * 1, partly 0.5, not met 0; items rated not applicable and items not yet rated are left out of
 * the score but counted, so a reader sees how much of the gate the score covers.
 */
import type { ItemAssessment, Rating } from './assessment-state.ts';
import { escapeMarkdown } from './export.ts';
import { groupChecklistItems } from './items.ts';

/** A checklist item as an assessment sees it. */
export interface AssessedItem {
	id: string;
	text: string;
	/** The responsible role's title. */
	role: string;
	required: boolean;
	section?: string | undefined;
}

/** How many items got each rating, and how many have none yet. */
export type RatingCounts = Record<Rating | 'unrated', number>;

/** The score of a group of items. */
export interface Score {
	counts: RatingCounts;
	/** Items in the group. */
	total: number;
	/** Items with a rating, not applicable included. */
	rated: number;
	/** Whole percent, or undefined when nothing counts (nothing rated, or all not applicable). */
	percent: number | undefined;
}

/** The score of one section of the checklist. */
export interface SectionScore extends Score {
	title: string;
	/** Stable within the page, for matching the section's element. */
	slug: string;
	items: AssessedItem[];
}

/** An assessment's scores, overall and per section, and the items a reviewer must look at. */
export interface AssessmentScore {
	overall: Score;
	sections: SectionScore[];
	/** Required items rated not met: each one matters for passing the gate. */
	requiredNotMet: AssessedItem[];
	unrated: AssessedItem[];
}

/** The words shown for each rating. */
export const RATING_LABELS: Record<Rating, string> = {
	met: 'Met',
	partly: 'Partly',
	'not-met': 'Not met',
	na: 'Not applicable',
};

const POINTS: Record<Exclude<Rating, 'na'>, number> = { met: 1, partly: 0.5, 'not-met': 0 };

/**
 * A ratio as a whole percent, or undefined when nothing counts. Never 100% while an item falls
 * short, nor 0% while something was earned: rounding must not hide a gap at a gate.
 */
export function toPercent(earned: number, counted: number): number | undefined {
	if (counted <= 0) return undefined;
	const ratio = earned / counted;
	const percent = Math.round(ratio * 100);
	if (ratio >= 1) return 100;
	if (ratio <= 0) return 0;
	return Math.min(99, Math.max(1, percent));
}

/** Scores a group of items against their ratings. */
export function scoreItems(
	items: readonly AssessedItem[],
	ratings: ReadonlyMap<string, ItemAssessment>,
): Score {
	const counts: RatingCounts = { met: 0, partly: 0, 'not-met': 0, na: 0, unrated: 0 };
	let earned = 0;
	for (const item of items) {
		const rating = ratings.get(item.id)?.rating;
		counts[rating ?? 'unrated'] += 1;
		if (rating && rating !== 'na') earned += POINTS[rating];
	}
	const rated = items.length - counts.unrated;
	return { counts, total: items.length, rated, percent: toPercent(earned, rated - counts.na) };
}

/** Scores an assessment per section (in the checklist's order) and overall. */
export function scoreAssessment(
	items: readonly AssessedItem[],
	ratings: ReadonlyMap<string, ItemAssessment>,
): AssessmentScore {
	const groups = groupChecklistItems(items);
	const untitled = groups.length > 1 ? 'Other items' : 'Items';
	const ratingOf = (item: AssessedItem) => ratings.get(item.id)?.rating;
	return {
		overall: scoreItems(items, ratings),
		sections: groups.map((group) => ({
			...scoreItems(group.items, ratings),
			title: group.section ?? untitled,
			slug: group.slug,
			items: group.items,
		})),
		requiredNotMet: items.filter((item) => item.required && ratingOf(item) === 'not-met'),
		unrated: items.filter((item) => !ratingOf(item)),
	};
}

/** The score as shown: "75%", or "—" when there is none. */
export function formatPercent(score: Score): string {
	return score.percent === undefined ? '—' : `${score.percent}%`;
}

/** "75% · 12 of 17 rated", saying why there is no score when all rated items are N/A. */
export function describeScore(score: Score): string {
	const allNotApplicable = score.rated > 0 && score.counts.na === score.rated;
	return `${formatPercent(score)} · ${score.rated} of ${score.total} rated${allNotApplicable ? ', all not applicable' : ''}`;
}

/** "8 met, 2 partly, 1 not met, 1 not applicable". */
export function describeCounts(counts: RatingCounts): string {
	return `${counts.met} met, ${counts.partly} partly, ${counts['not-met']} not met, ${counts.na} not applicable`;
}

/** An assessment ready to write up for the review record. */
export interface AssessmentRecord {
	/** The checklist's title. */
	title: string;
	/** Fingerprint of the checklist's items. */
	version?: string | undefined;
	/** When the checklist's content was last reviewed, YYYY-MM-DD. */
	lastReviewed?: string | undefined;
	/** What the user called the assessment. */
	name: string;
	/** The export date, YYYY-MM-DD. */
	date: string;
	items: readonly AssessedItem[];
	ratings: ReadonlyMap<string, ItemAssessment>;
	/** A link that opens exactly this assessment (its share link), when there is one. */
	stateUrl?: string | undefined;
}

/** One ASCII character as `%XX`: what `encodeURIComponent` leaves alone in brackets. */
function percentEncode(character: string): string {
	return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** User text for one line of Markdown or one table cell: markup and HTML escaped, breaks as `<br>`. */
function inline(text: string): string {
	return escapeMarkdown(text.trim()).replace(/\r\n?|\n/g, '<br>');
}

function itemList(items: readonly AssessedItem[], score: AssessmentScore, empty: string): string[] {
	if (items.length === 0) return [empty];
	const sectionOf = (item: AssessedItem) =>
		score.sections.find((section) => section.items.includes(item))?.title ?? '';
	return items.map((item) => `- ${inline(item.text)} (${inline(sectionOf(item))})`);
}

function retiredList(record: AssessmentRecord): string[] {
	const known = new Set(record.items.map((item) => item.id));
	const retired = [...record.ratings].filter(([id]) => !known.has(id));
	if (retired.length === 0) return [];
	return [
		'## No longer in this checklist',
		'',
		...retired.map(([id, { rating, note }]) => {
			const text = [rating ? RATING_LABELS[rating] : 'Not rated', inline(note)].filter(Boolean);
			return `- ${inline(id)}: ${text.join('. ')}`;
		}),
		'',
	];
}

/** The assessment as a Markdown review record: summary, a table per section, and what is open. */
export function toAssessmentMarkdown(record: AssessmentRecord): string {
	const score = scoreAssessment(record.items, record.ratings);
	const version = [
		record.version && `version ${inline(record.version)}`,
		record.lastReviewed && `last reviewed ${inline(record.lastReviewed)}`,
	].filter(Boolean);
	const sections = score.sections.flatMap((section) => [
		`## ${inline(section.title)}: ${describeScore(section)}`,
		'',
		'| Item | Role | Required | Rating | Evidence |',
		'| --- | --- | --- | --- | --- |',
		...section.items.map((item) => {
			const { rating, note = '' } = record.ratings.get(item.id) ?? {};
			const cells = [
				inline(item.text),
				inline(item.role),
				item.required ? 'Yes' : 'No',
				rating ? RATING_LABELS[rating] : 'Not rated',
				inline(note),
			];
			return `| ${cells.join(' | ')} |`.replace(/ {2}\|$/, ' |');
		}),
		'',
	]);
	return [
		`# ${inline(record.title)}: assessment`,
		'',
		`- Assessment: ${inline(record.name)}`,
		`- Date: ${inline(record.date)}`,
		...(version.length > 0 ? [`- Checklist: ${version.join(', ')}`] : []),
		`- Overall score: ${describeScore(score.overall)}`,
		`- Ratings: ${describeCounts(score.overall.counts)}, ${score.overall.counts.unrated} not rated`,
		`- Required items not met: ${score.requiredNotMet.length}`,
		...(record.stateUrl
			? // Brackets, spaces and angle brackets escaped, so the link cannot end early or carry markup.
				[
					`- [Open this assessment as exported](${record.stateUrl.replace(/[()<> \t\r\n]/g, percentEncode)})`,
				]
			: []),
		'',
		'Met counts 1, partly 0.5 and not met 0; items rated not applicable and items not yet rated are left out of the score.',
		'',
		...sections,
		'## Required items not met',
		'',
		...itemList(score.requiredNotMet, score, 'None.'),
		'',
		'## Not yet rated',
		'',
		...itemList(score.unrated, score, 'None: every item is rated.'),
		'',
		...retiredList(record),
	].join('\n');
}

/** A safe download name: `oqr-assessment-acme-migration-2026-11-30.md`. */
export function assessmentFileName(checklistId: string, name: string, date: string): string {
	const slug = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.slice(0, 60)
			.replace(/^-+|-+$/g, '');
	return `${[slug(checklistId) || 'checklist', 'assessment', slug(name) || 'untitled', slug(date)]
		.filter(Boolean)
		.join('-')}.md`;
}
