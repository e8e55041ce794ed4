/**
 * An engagement's dates to take away: an iCalendar file of its gate windows and milestones, and
 * a CSV of every dated thing. Both run in the browser, so no `node:*` here.
 */
import ical, { escape, type ICalEventData } from 'ical-generator';
import { calendarDay } from '../../schemas/calendar-date.ts';
import { csvField } from '../checklists/export.ts';
import type { EngagementPlan } from './plan.ts';
import type { Engagement, WorkspaceCatalog } from './types.ts';

const DAY_MS = 86_400_000;

/** What the calendar and the CSV say of the engagement itself. */
export type CalendarEngagement = Pick<Engagement, 'id' | 'name' | 'customer' | 'updated'>;

/** The event's UID: the same for a gate or milestone in every export, so a re-import updates it. */
export function eventUid(engagementId: string, eventId: string): string {
	return `${engagementId}-${eventId}@pdp`;
}

/**
 * A `YYYY-MM-DD` date as ical-generator wants it for an all-day event: midnight UTC. With no
 * calendar time zone it writes a date-only value from the UTC fields, so the day written is the
 * day given, in every reader's time zone.
 */
function allDay(date: string, plusDays = 0): Date {
	return new Date(((calendarDay(date) ?? Number.NaN) + plusDays) * DAY_MS);
}

/**
 * The engagement's gate windows and milestones as an iCalendar file: one all-day event each,
 * UIDs stable across exports, SEQUENCE the engagement's last edit in seconds so that calendars
 * keep the newer copy.
 */
export function engagementCalendar(input: {
	engagement: CalendarEngagement;
	plan: EngagementPlan;
	siteUrl: string;
}): string {
	const { engagement, plan, siteUrl } = input;
	const edited = new Date(engagement.updated);
	const customer = engagement.customer ? `Customer: ${engagement.customer}.` : '';
	const common = {
		allDay: true,
		// Unix seconds pass 2^31 in 2038; RFC 5545 sets no bound on SEQUENCE, and an older
		// export always has a smaller one.
		sequence: Math.max(0, Math.floor(engagement.updated / 1000)),
		stamp: edited,
		lastModified: edited,
	} satisfies Partial<ICalEventData>;
	const calendar = ical({
		// ical-generator 11 writes NAME and X-WR-CALNAME as given, unlike an event's SUMMARY: a
		// comma would split the name and a line break would end the property early.
		name: escape(engagement.name, false),
		prodId: { company: 'PDP', product: 'Engagement workspace' },
	});
	for (const gate of plan.gates) {
		const url = new URL(gate.url, siteUrl).href;
		calendar.createEvent({
			...common,
			id: eventUid(engagement.id, gate.id),
			start: allDay(gate.start),
			// DTEND of an all-day event is the first day after it (RFC 5545, 3.6.1).
			end: allDay(gate.end, 1),
			summary: `${engagement.name}: ${gate.name} window`,
			description: [`${gate.rule}.`, url, customer].filter(Boolean).join('\n'),
			url,
		});
	}
	for (const milestone of plan.milestones) {
		calendar.createEvent({
			...common,
			id: eventUid(engagement.id, milestone.id),
			start: allDay(milestone.date),
			end: allDay(milestone.date, 1),
			summary: `${engagement.name}: ${milestone.title}`,
			...(customer ? { description: customer } : {}),
		});
	}
	return calendar.toString();
}

/**
 * Every date of the engagement as CSV rows (`kind,title,phase,start,end,link`, CRLF): phases,
 * gate windows, milestones, then each item's due date. Fields go through `csvField`, so a title
 * starting with `=` is not run as a formula.
 */
export function engagementDatesCsv(input: {
	engagement: CalendarEngagement;
	plan: EngagementPlan;
	catalog: WorkspaceCatalog;
	siteUrl: string;
}): string {
	const { plan, catalog, siteUrl } = input;
	const absolute = (path: string) => new URL(path, siteUrl).href;
	const phaseUrls = new Map(catalog.phases.map((phase) => [phase.id, phase.url]));
	const checklists = new Map(catalog.checklists.map((checklist) => [checklist.id, checklist]));
	const rows: string[][] = [
		['kind', 'title', 'phase', 'start', 'end', 'link'],
		...plan.phases.map((phase) => {
			const url = phaseUrls.get(phase.id);
			return ['phase', phase.title, phase.title, phase.start, phase.end, url ? absolute(url) : ''];
		}),
		...plan.gates.map((gate) => ['gate', gate.name, '', gate.start, gate.end, absolute(gate.url)]),
		...plan.milestones.map((milestone) => [
			'milestone',
			milestone.title,
			'',
			milestone.date,
			milestone.date,
			'',
		]),
		...plan.items.flatMap((due) => {
			const checklist = checklists.get(due.checklist);
			const item = checklist?.items.find((entry) => entry.id === due.item);
			if (!checklist || !item) return [];
			const link = absolute(`${checklist.url}#${item.id}`);
			return [['item', item.text, checklist.title, due.from ?? due.due, due.due, link]];
		}),
	];
	return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
