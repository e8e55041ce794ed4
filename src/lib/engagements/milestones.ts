/**
 * Milestones: an assessment frozen on a day with a label ("DQI day 130"), and the comparison of
 * any two of one checklist: the score per section and overall, and the items that improved,
 * regressed or fell short both times. Pure and DOM-free.
 */
import {
	formatPercent,
	RATING_LABELS,
	scoreAssessment,
	type Score,
} from '../checklists/assessment-score.ts';
import type { Assessment, ItemAssessment, Rating } from '../checklists/assessment-state.ts';
import { newRunId } from '../checklists/state.ts';
import { ENGAGEMENT_LIMITS as LIMITS } from '../../schemas/storage-limits.ts';
import { daysBetween } from './plan.ts';
import { cleanMilestone } from './store.ts';
import { inline, markdownTable } from './markdown.ts';
import type { Engagement, SavedMilestone, WorkspaceChecklist, WorkspaceItem } from './types.ts';

/** A gate's short name: "DQI" of "Delivery Quality Inspection (DQI)", else the whole name. */
export function gateShortName(name: string): string {
	return /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? name;
}

/** "DQI day 130": the gate's short name and the engagement's day count on `date`. */
export function milestoneLabel(gateName: string, start: string, date: string): string {
	const day = daysBetween(start, date);
	return day >= 0 ? `${gateName} day ${String(day)}` : `${gateName} ${date}`;
}

/** The assessment's ratings by item id; notes, and items with a note and no rating, left out. */
export function ratingsOf(
	assessment: Pick<Assessment, 'ratings'> | undefined,
): Map<string, Rating> {
	const ratings = new Map<string, Rating>();
	for (const [id, { rating }] of assessment?.ratings ?? []) if (rating) ratings.set(id, rating);
	return ratings;
}

/**
 * The engagement's milestones with one more: the assessment's ratings as they are, with the
 * label and date given (cleaned as the store keeps them), or why not.
 */
export function saveMilestone(
	engagement: Engagement,
	checklist: string,
	assessment: Assessment,
	label: string,
	date: string,
	now = Date.now(),
): { ok: true; milestones: SavedMilestone[] } | { ok: false; reason: string } {
	if (engagement.milestones.length >= LIMITS.milestonesPerEngagement)
		return {
			ok: false,
			reason: `This engagement keeps at most ${String(LIMITS.milestonesPerEngagement)} milestones: delete one to save another.`,
		};
	const ratings = Object.fromEntries(ratingsOf(assessment));
	const milestone = cleanMilestone({
		id: newRunId(),
		checklist,
		label,
		date,
		ratings,
		created: now,
	});
	if (!milestone)
		return {
			ok: false,
			reason: 'Give the milestone a label and a date between 2000 and 2100.',
		};
	return { ok: true, milestones: [...engagement.milestones, milestone] };
}

/** The milestones of one checklist, by date then by when they were saved. */
export function milestonesOf(engagement: Engagement, checklist: string): SavedMilestone[] {
	return engagement.milestones
		.filter((milestone) => milestone.checklist === checklist)
		.sort((left, right) => left.date.localeCompare(right.date) || left.created - right.created);
}

/** One side of a comparison: a milestone, or the assessment as it is now. */
export interface ComparedSide {
	label: string;
	date: string;
	ratings: ReadonlyMap<string, Rating>;
}

/** An item whose rating changed, or that fell short both times. */
export interface ItemChange {
	item: WorkspaceItem;
	before: Rating | undefined;
	after: Rating | undefined;
}

/** One section's score on both sides. */
export interface SectionChange {
	title: string;
	before: Score;
	after: Score;
}

/** Two sides of one checklist compared. */
export interface MilestoneComparison {
	checklist: WorkspaceChecklist;
	before: ComparedSide;
	after: ComparedSide;
	overall: { before: Score; after: Score };
	sections: SectionChange[];
	/** Rated higher after: not met → partly → met. */
	improved: ItemChange[];
	/** Rated lower after. */
	regressed: ItemChange[];
	/** Rated not met or partly both times, unchanged. */
	stillShort: ItemChange[];
}

/** How much an item is met: not met 0, partly 1, met 2; not applicable and unrated have no rank. */
const RANK: Partial<Record<Rating, number>> = { 'not-met': 0, partly: 1, met: 2 };

function asAssessed(ratings: ReadonlyMap<string, Rating>): Map<string, ItemAssessment> {
	return new Map([...ratings].map(([id, rating]) => [id, { rating, note: '' }]));
}

/**
 * Compares two sides of one checklist. Only items the checklist has now count; an item not rated
 * or not applicable on either side has moved neither up nor down.
 */
export function compareMilestones(
	checklist: WorkspaceChecklist,
	before: ComparedSide,
	after: ComparedSide,
): MilestoneComparison {
	const scoreBefore = scoreAssessment(checklist.items, asAssessed(before.ratings));
	const scoreAfter = scoreAssessment(checklist.items, asAssessed(after.ratings));
	const changes = checklist.items.map((item) => ({
		item,
		before: before.ratings.get(item.id),
		after: after.ratings.get(item.id),
	}));
	const rankOf = (rating: Rating | undefined) => (rating ? RANK[rating] : undefined);
	const moved = (change: ItemChange, direction: 1 | -1) => {
		const [from, to] = [rankOf(change.before), rankOf(change.after)];
		return from !== undefined && to !== undefined && Math.sign(to - from) === direction;
	};
	return {
		checklist,
		before,
		after,
		overall: { before: scoreBefore.overall, after: scoreAfter.overall },
		sections: scoreBefore.sections.map((section, index) => ({
			title: section.title,
			before: section,
			after: scoreAfter.sections[index]!,
		})),
		improved: changes.filter((change) => moved(change, 1)),
		regressed: changes.filter((change) => moved(change, -1)),
		stillShort: changes.filter(
			({ before: from, after: to }) => from === to && (to === 'partly' || to === 'not-met'),
		),
	};
}

/** "+15 points", "−5 points" or "±0 points"; undefined when a side has no score. */
export function pointsChange(before: Score, after: Score): string | undefined {
	if (before.percent === undefined || after.percent === undefined) return undefined;
	const delta = after.percent - before.percent;
	return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${String(Math.abs(delta))} points`;
}

/** "60% → 75% (+15 points)", with "—" where a side has no score. */
export function describeChange(before: Score, after: Score): string {
	const points = pointsChange(before, after);
	return `${formatPercent(before)} → ${formatPercent(after)}${points ? ` (${points})` : ''}`;
}

/** "Not met → Partly". */
export function describeItemChange(change: ItemChange): string {
	const label = (rating: Rating | undefined) => (rating ? RATING_LABELS[rating] : 'Not rated');
	return `${label(change.before)} → ${label(change.after)}`;
}

/** The comparison in Markdown: the scores, then each list of items. */
export function comparisonMarkdown(
	comparison: MilestoneComparison,
	engagementName: string,
): string {
	const { before, after } = comparison;
	const side = (value: ComparedSide) => `${inline(value.label)} (${value.date})`;
	const list = (title: string, changes: ItemChange[]) => [
		`## ${title}: ${String(changes.length)}`,
		'',
		...(changes.length > 0
			? changes.map((change) => `- ${inline(change.item.text)}: ${describeItemChange(change)}`)
			: ['None.']),
		'',
	];
	return [
		`# ${inline(comparison.checklist.title)}: ${side(before)} compared with ${side(after)}`,
		'',
		`${inline(engagementName)} · overall ${describeChange(comparison.overall.before, comparison.overall.after)}`,
		'',
		...markdownTable(
			['Section', inline(before.label), inline(after.label), 'Change'],
			comparison.sections.map((section) => [
				inline(section.title),
				formatPercent(section.before),
				formatPercent(section.after),
				pointsChange(section.before, section.after) ?? '—',
			]),
		),
		'',
		...list('Improved', comparison.improved),
		...list('Regressed', comparison.regressed),
		...list('Still not met or partly', comparison.stillShort),
	].join('\n');
}
