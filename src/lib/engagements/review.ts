/**
 * An engagement's review record in Markdown: where each phase's checklists and each gate stand,
 * then what is open. Every text a reader or file gave is escaped, so a name holding `|`, `[` or a
 * line break cannot break a table or a link.
 */
import { RATING_LABELS } from '../checklists/assessment-score.ts';
import { inline, target } from './markdown.ts';
import { checklistProgress, GATE_STATUS_LABELS, gateStatus, staleRatings } from './status.ts';
import type { WorkspaceCatalog, WorkspaceChecklist, WorkspaceItem } from './types.ts';
import type { EngagementWork } from './work.ts';

/** What the review record is written from. */
export interface ReviewInput {
	work: EngagementWork;
	catalog: WorkspaceCatalog;
	/** The site's address, e.g. `https://pdp.example.com`, for absolute links. */
	siteUrl: string;
	/** The record's date, YYYY-MM-DD. */
	today: string;
	/** An item's due date in this engagement, YYYY-MM-DD, when it has one. */
	dueOf?: ((checklist: string, item: string) => string | undefined) | undefined;
}

function checklistRows(
	input: ReviewInput,
	checklists: WorkspaceChecklist[],
	site: string,
): string[] {
	return [
		'| Checklist | Required done | All done | Filed |',
		'| --- | --- | --- | --- |',
		...checklists.map((checklist) => {
			const run = input.work.runs.get(checklist.id);
			const assessment = input.work.assessments.get(checklist.id);
			const progress = checklistProgress(checklist, run);
			const filed = [
				run && `run ${inline(run.name)}`,
				assessment && `assessment ${inline(assessment.name)}`,
			].filter(Boolean);
			return `| [${inline(checklist.title)}](${target(site + checklist.url)}) | ${progress.requiredDone} of ${progress.required} | ${progress.done} of ${progress.total} | ${filed.join(', ') || 'Nothing'} |`;
		}),
		'',
	];
}

/** The Markdown review record of an engagement. Items rated met or not applicable count as done. */
export function reviewRecordMarkdown(input: ReviewInput): string {
	const { work, catalog } = input;
	const { engagement } = work;
	const site = input.siteUrl.replace(/\/+$/, '');
	const itemLink = (checklist: WorkspaceChecklist, item: WorkspaceItem) =>
		`[${inline(item.text)}](${target(`${site}${checklist.url}#${item.id}`)})`;
	const ratingOf = (checklist: WorkspaceChecklist, id: string) =>
		work.assessments.get(checklist.id)?.ratings.get(id);
	const phases = catalog.phases.flatMap((phase) => {
		const checklists = catalog.checklists.filter(
			(checklist) =>
				checklist.phases.find((id) => catalog.phases.some((known) => known.id === id)) === phase.id,
		);
		const dates = engagement.phaseDates.get(phase.id);
		return [
			`## ${inline(phase.title)}`,
			'',
			...(dates ? [`Dates: ${inline(dates.start)} to ${inline(dates.end)}`, ''] : []),
			...(checklists.length > 0 ? checklistRows(input, checklists, site) : ['No checklists.', '']),
		];
	});
	const gates = catalog.gates.map((gate) => {
		const checklist = catalog.checklists.find(({ id }) => id === gate.checklist);
		const status = gateStatus(
			checklist,
			checklist && work.runs.get(checklist.id),
			checklist && work.assessments.get(checklist.id),
		);
		return `| [${inline(gate.name)}](${target(site + gate.url)}) | ${GATE_STATUS_LABELS[status]} |`;
	});
	const open = catalog.checklists.flatMap((checklist) => {
		const checked = new Set(work.runs.get(checklist.id)?.checked);
		return checklist.items
			.filter((item) => {
				const rating = ratingOf(checklist, item.id)?.rating;
				return !checked.has(item.id) && rating !== 'met' && rating !== 'na';
			})
			.map((item) => {
				const due = input.dueOf?.(checklist.id, item.id);
				const facts = [
					inline(checklist.title),
					inline(item.role),
					item.required ? 'required' : 'optional',
					...(due ? [`due ${inline(due)}`] : []),
				];
				return {
					required: item.required,
					line: `- ${itemLink(checklist, item)} — ${facts.join(' · ')}`,
				};
			});
	});
	const short = catalog.checklists.flatMap((checklist) =>
		checklist.items.flatMap((item) => {
			const { rating, note = '' } = ratingOf(checklist, item.id) ?? {};
			if (rating !== 'partly' && rating !== 'not-met') return [];
			const text = [RATING_LABELS[rating], inline(note)].filter(Boolean).join('. ');
			return [`- ${itemLink(checklist, item)} (${inline(checklist.title)}): ${text}`];
		}),
	);
	const gone = catalog.checklists.flatMap((checklist) => {
		const assessment = work.assessments.get(checklist.id);
		const entries = [
			...checklistProgress(checklist, work.runs.get(checklist.id)).unknown.map(
				(id) => `${inline(id)} ticked`,
			),
			...staleRatings(checklist, assessment).map((id) => {
				const { rating, note = '' } = assessment?.ratings.get(id) ?? {};
				return [
					`${inline(id)} ${rating ? `rated ${RATING_LABELS[rating]}` : 'not rated'}`,
					inline(note),
				]
					.filter(Boolean)
					.join(': ');
			}),
		];
		return entries.length > 0 ? [`- ${inline(checklist.title)}: ${entries.join('; ')}`] : [];
	});
	const list = (lines: string[], empty: string) => [...(lines.length > 0 ? lines : [empty]), ''];
	return [
		`# ${inline(engagement.name)}: engagement review`,
		'',
		...(engagement.customer ? [`- Customer: ${inline(engagement.customer)}`] : []),
		...(engagement.sow ? [`- Statement of work: ${inline(engagement.sow)}`] : []),
		`- Dates: ${inline(engagement.start)} to ${inline(engagement.end)}`,
		`- Review record of ${inline(input.today)}`,
		...(engagement.notes.trim() ? [`- Notes: ${inline(engagement.notes)}`] : []),
		'',
		...phases,
		'## Gates',
		'',
		'| Gate | Status |',
		'| --- | --- |',
		...gates,
		'',
		'## Items not done',
		'',
		'Items neither ticked nor rated met or not applicable, required items first.',
		'',
		...list(
			[...open.filter((item) => item.required), ...open.filter((item) => !item.required)].map(
				({ line }) => line,
			),
			'None.',
		),
		'## Ratings not met',
		'',
		...list(short, 'None.'),
		'## No longer in the checklists',
		'',
		...list(gone, 'None.'),
	].join('\n');
}
