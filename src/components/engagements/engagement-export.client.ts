import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { engagementCalendar, engagementDatesCsv } from '../../lib/engagements/calendar.ts';
import type { EngagementPlan } from '../../lib/engagements/plan.ts';
import { encodeRecord, type EngagementWork } from '../../lib/engagements/record.ts';
import { reviewRecordMarkdown } from '../../lib/engagements/review.ts';
import { encodeEngagementShare } from '../../lib/engagements/share.ts';
import type { WorkspaceCatalog } from '../../lib/engagements/types.ts';
import { download, fileSlug, part, showNotice } from './workspace-ui.client.ts';

/** Puts text in the output box and on the clipboard. */
async function showOutput(root: HTMLElement, label: string, text: string): Promise<void> {
	const field = part<HTMLTextAreaElement>(root, 'output-field');
	part(root, 'output').hidden = false;
	field.value = text;
	part(root, 'output-label').textContent = label;
	try {
		await navigator.clipboard.writeText(text);
		part(root, 'output-label').textContent = `${label} (copied)`;
	} catch {
		field.select();
	}
}

/**
 * The engagement's exports, loaded when one is first asked for: the review record (Markdown),
 * the engagement record (JSON, to import in another browser), its dates as an iCalendar file
 * and as CSV, and the share link.
 */
export function exportEngagement(
	root: HTMLElement,
	catalog: WorkspaceCatalog,
	work: EngagementWork,
	plan: EngagementPlan,
	format: string,
): void {
	const siteUrl = location.origin;
	const { engagement } = work;
	const today = toLocalCalendarDate(new Date());
	const name = `${fileSlug(engagement.name)}-${today}`;
	switch (format) {
		case 'review': {
			const due = new Map(plan.items.map((item) => [`${item.checklist}#${item.item}`, item.due]));
			return download(
				reviewRecordMarkdown({
					work,
					catalog,
					siteUrl,
					today,
					dueOf: (checklist, item) => due.get(`${checklist}#${item}`),
				}),
				'text/markdown',
				`${name}-review.md`,
			);
		}
		case 'record':
			return download(
				encodeRecord(work, catalog, new Date()),
				'application/json',
				`${name}.engagement.json`,
			);
		case 'ics':
			return download(
				engagementCalendar({ engagement, plan, siteUrl }),
				'text/calendar',
				`${name}.ics`,
			);
		case 'csv':
			return download(
				engagementDatesCsv({ engagement, plan, catalog, siteUrl }),
				'text/csv',
				`${name}-dates.csv`,
			);
		case 'share': {
			const { param, shortened } = encodeEngagementShare(work, catalog);
			if (!param) {
				return showNotice(
					root,
					'This engagement holds too much for a link. Send its record instead: Export, then Engagement record (JSON).',
				);
			}
			showNotice(
				root,
				shortened > 0
					? `${String(shortened)} notes were shortened to fit the link; the record file keeps them whole.`
					: '',
			);
			return void showOutput(
				root,
				'Share link',
				`${siteUrl}/engagements/engagement/#share=${param}`,
			);
		}
	}
}
