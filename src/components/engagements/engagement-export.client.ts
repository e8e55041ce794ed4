import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { engagementCalendar, engagementDatesCsv } from '../../lib/engagements/calendar.ts';
import { improvementPlan } from '../../lib/engagements/actions.ts';
import { actionsCsv, actionsMarkdown } from '../../lib/engagements/actions-export.ts';
import type { EngagementPlan } from '../../lib/engagements/plan.ts';
import { encodeRecord, type EngagementWork } from '../../lib/engagements/record.ts';
import { reviewRecordMarkdown } from '../../lib/engagements/review.ts';
import { encodeEngagementShare } from '../../lib/engagements/share.ts';
import type { WorkspaceCatalog } from '../../lib/engagements/types.ts';
import { downloadText, showOutput } from '../shared/output.client.ts';
import { showNotice } from './workspace-ui.client.ts';
import { toSlug } from '../../lib/slug.ts';

/**
 * The engagement's exports, loaded when one is first asked for: the review record (Markdown),
 * the improvement plan (Markdown, and CSV for a tracker), the engagement record (JSON, to import
 * in another browser), its dates as an iCalendar file and as CSV, and the share link.
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
	const name = `${toSlug(engagement.name, { maxLength: 60 }) || 'engagement'}-${today}`;
	switch (format) {
		case 'review': {
			const due = new Map(plan.items.map((item) => [`${item.checklist}#${item.item}`, item.due]));
			return downloadText(
				`${name}-review.md`,
				reviewRecordMarkdown({
					work,
					catalog,
					siteUrl,
					today,
					dueOf: (checklist, item) => due.get(`${checklist}#${item}`),
				}),
				'text/markdown',
			);
		}
		case 'plan-md':
		case 'plan-csv': {
			const input = {
				engagement,
				actions: improvementPlan(work, catalog, plan, today),
				siteUrl,
				today,
			};
			return format === 'plan-md'
				? downloadText(`${name}-plan.md`, actionsMarkdown(input), 'text/markdown')
				: downloadText(`${name}-plan.csv`, actionsCsv(input), 'text/csv');
		}
		case 'record':
			return downloadText(
				`${name}.engagement.json`,
				encodeRecord(work, catalog, new Date()),
				'application/json',
			);
		case 'ics':
			return downloadText(
				`${name}.ics`,
				engagementCalendar({ engagement, plan, siteUrl }),
				'text/calendar',
			);
		case 'csv':
			return downloadText(
				`${name}-dates.csv`,
				engagementDatesCsv({ engagement, plan, catalog, siteUrl }),
				'text/csv',
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
