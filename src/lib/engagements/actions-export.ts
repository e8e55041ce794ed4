/**
 * The improvement plan written out: Markdown for the review, CSV for a tracker. Apart from
 * `actions.ts` so the pages that only count actions (the portfolio) do not load them.
 */
import { csvField } from '../checklists/export.ts';
import { ACTION_STATUS_LABELS, isOpenAction, SHORT_LABELS, type PlanAction } from './actions.ts';
import { inline, markdownTable, target } from './markdown.ts';
import type { ActionEntry, Engagement } from './types.ts';

/** What the exports need beyond the plan. */
export interface ActionExportInput {
	engagement: Pick<Engagement, 'name'>;
	actions: PlanAction[];
	/** The site's address, e.g. `https://pdp.example.com`, for absolute links. */
	siteUrl: string;
	/** The export's date, YYYY-MM-DD. */
	today: string;
}

/** An action's item as an absolute link. */
function itemUrl(action: PlanAction, siteUrl: string): string {
	return new URL(`${action.checklist.url}#${action.item.id}`, siteUrl).href;
}

/** "Won't do (out of scope)", or the status's label. */
function statusText(entry: ActionEntry): string {
	const label = ACTION_STATUS_LABELS[entry.status];
	return entry.status === 'wont-do' && entry.reason ? `${label}: ${entry.reason}` : label;
}

/** Why an action is in the plan, in words. */
function becauseText(action: PlanAction): string {
	return action.because ? SHORT_LABELS[action.because] : 'No longer falls short';
}

/**
 * The plan as CSV that trackers import (Jira, Azure Boards, GitHub, Linear all map these):
 * `Title,Description,Owner,Due date,Status`, one row per action, CRLF. The description carries
 * why the item is in the plan, the link to the item and its guidance, and the note.
 */
export function actionsCsv(input: ActionExportInput): string {
	const rows = [
		['Title', 'Description', 'Owner', 'Due date', 'Status'],
		...input.actions.map((action) => {
			const description = [
				`${becauseText(action)} (${action.checklist.title}, ${action.item.role}).`,
				`Checklist item: ${itemUrl(action, input.siteUrl)}`,
				...action.item.guidance.map(
					(guide) => `Guidance: ${guide.title} ${new URL(guide.url, input.siteUrl).href}`,
				),
				...(action.entry.note ? [`Note: ${action.entry.note}`] : []),
			].join('\n');
			return [
				`${action.checklist.title}: ${action.item.text}`,
				description,
				action.entry.owner,
				action.due,
				statusText(action.entry),
			];
		}),
	];
	return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The plan in Markdown: a table by due date, each item linked, with its guidance and notes. */
export function actionsMarkdown(input: ActionExportInput): string {
	const open = input.actions.filter(({ entry }) => isOpenAction(entry)).length;
	const overdue = input.actions.filter((action) => action.overdue).length;
	const rows = input.actions.map((action) => [
		`[${inline(action.item.text)}](${target(itemUrl(action, input.siteUrl))})`,
		inline(action.checklist.title),
		becauseText(action),
		inline(action.entry.owner) || '—',
		`${action.due}${action.overdue ? ' **overdue**' : ''}`,
		inline(statusText(action.entry)),
		[
			...action.item.guidance.map(
				(guide) => `[${inline(guide.title)}](${target(new URL(guide.url, input.siteUrl).href)})`,
			),
			...(action.entry.note ? [inline(action.entry.note)] : []),
		].join('<br>') || '—',
	]);
	return [
		`# Improvement plan: ${inline(input.engagement.name)}`,
		'',
		`${String(input.actions.length)} ${input.actions.length === 1 ? 'action' : 'actions'}, ${String(open)} open, ${String(overdue)} overdue · ${input.today}`,
		'',
		...(rows.length > 0
			? markdownTable(
					['Item', 'Checklist', 'Why', 'Owner', 'Due', 'Status', 'Guidance and notes'],
					rows,
				)
			: ['Nothing falls short at the gates so far.']),
		'',
	].join('\n');
}
