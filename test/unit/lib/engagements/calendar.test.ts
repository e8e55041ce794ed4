import ICAL from 'ical.js';
import { afterEach, describe, expect, test } from 'vitest';
import {
	engagementCalendar,
	engagementDatesCsv,
	eventUid,
} from '../../../../src/lib/engagements/calendar.ts';
import { planEngagement } from '../../../../src/lib/engagements/plan.ts';
import type { DateSpan } from '../../../../src/lib/engagements/types.ts';
import { checklist, item, planCatalog } from './plan-catalog.ts';

const SITE = 'https://pdp.example.org/';
const engagement = {
	id: 'k3x9q2',
	name: 'Acme data platform',
	customer: 'Acme',
	// 2027-01-15T08:00:00Z
	updated: 1_800_000_000_000,
};
const planOf = (moved: [string, DateSpan][] = [], catalog = planCatalog()) =>
	planEngagement({ start: '2027-02-01', end: '2027-07-30', phaseDates: new Map(moved) }, catalog);

interface ReadEvent {
	uid: string;
	sequence: number;
	summary: string;
	start: string;
	end: string;
	allDay: boolean;
	description: string;
	url: string;
}

// RFC 7986's NAME and the older X-WR-CALNAME are TEXT, which ical.js 2 does not know: without
// this it would hand back their escapes (`\,`) as written instead of the name.
for (const name of ['name', 'x-wr-calname'])
	(ICAL.design.icalendar.property as Record<string, unknown>)[name] = { defaultType: 'text' };

/** The calendar as an independent parser reads it. */
function readCalendar(text: string): {
	name: string;
	appleName: string;
	prodId: string;
	events: ReadEvent[];
} {
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	const text_ = (component: ICAL.Component, name: string) =>
		String(component.getFirstPropertyValue(name) ?? '');
	return {
		name: text_(calendar, 'name'),
		appleName: text_(calendar, 'x-wr-calname'),
		prodId: text_(calendar, 'prodid'),
		events: calendar.getAllSubcomponents('vevent').map((event) => {
			const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
			const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
			return {
				uid: text_(event, 'uid'),
				sequence: Number(event.getFirstPropertyValue('sequence')),
				summary: text_(event, 'summary'),
				start: start.toString(),
				end: end.toString(),
				allDay: start.isDate && end.isDate,
				description: text_(event, 'description'),
				url: text_(event, 'url'),
			};
		}),
	};
}

const originalZone = process.env['TZ'];
afterEach(() => {
	if (originalZone === undefined) delete process.env['TZ'];
	else process.env['TZ'] = originalZone;
});

describe('engagementCalendar', () => {
	const exported = () => engagementCalendar({ engagement, plan: planOf(), siteUrl: SITE });

	test('holds one all-day event per gate window and per milestone, ending the day after', () => {
		const read = readCalendar(exported());
		expect(read.name).toBe('Acme data platform');
		expect(read.prodId).toBe('-//PDP//Engagement workspace//EN');
		expect(
			read.events.map(({ summary, start, end, allDay }) => ({ summary, start, end, allDay })),
		).toEqual([
			{
				summary: 'Acme data platform: Opportunity Quality Review window',
				start: '2026-12-21',
				end: '2027-02-01',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Pre-Engagement Security Assessment window',
				start: '2026-12-21',
				end: '2027-02-01',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Delivery Quality Inspection window',
				start: '2027-06-01',
				end: '2028-02-02',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Deliverable acceptance window',
				start: '2027-07-03',
				end: '2027-07-31',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Customer satisfaction window',
				start: '2027-07-03',
				end: '2027-07-31',
				allDay: true,
			},
			{
				summary: 'Acme data platform: SOW signed',
				start: '2027-01-31',
				end: '2027-02-01',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Engagement starts',
				start: '2027-02-01',
				end: '2027-02-02',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Manage and Inspect starts',
				start: '2027-03-01',
				end: '2027-03-02',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Close and D2S starts',
				start: '2027-07-03',
				end: '2027-07-04',
				allDay: true,
			},
			{
				summary: 'Acme data platform: Planned end',
				start: '2027-07-30',
				end: '2027-07-31',
				allDay: true,
			},
		]);
	});

	test('describes a gate window by its rule and links to the gate page', () => {
		const dqi = readCalendar(exported()).events.find((event) => event.uid === 'k3x9q2-dqi@pdp');
		expect(dqi).toMatchObject({
			description:
				'Day 120 to day 365 after the start.\nhttps://pdp.example.org/gates/dqi/\nCustomer: Acme.',
			url: 'https://pdp.example.org/gates/dqi/',
		});
	});

	test('writes dates without a time zone: the same file in Honolulu and Kiritimati', () => {
		process.env['TZ'] = 'Pacific/Honolulu';
		const honolulu = exported();
		process.env['TZ'] = 'Pacific/Kiritimati';
		expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(-840);
		expect(exported()).toBe(honolulu);
		expect(honolulu).not.toMatch(/TZID|VTIMEZONE/);
		expect(honolulu).toContain('DTSTART;VALUE=DATE:20270601\r\nDTEND;VALUE=DATE:20280202\r\n');
	});

	test('keeps every UID after an edit and raises the SEQUENCE, so a re-import updates', () => {
		const before = readCalendar(exported());
		const edited = engagementCalendar({
			engagement: {
				...engagement,
				name: 'Acme platform (renamed)',
				updated: engagement.updated + 60_000,
			},
			plan: planOf([['manage-and-inspect', { start: '2027-03-08', end: '2027-06-30' }]]),
			siteUrl: SITE,
		});
		const after = readCalendar(edited);
		expect(after.events.map((event) => event.uid)).toEqual(before.events.map((event) => event.uid));
		expect(before.events.map((event) => event.uid)).toEqual([
			'k3x9q2-oqr@pdp',
			'k3x9q2-pesa@pdp',
			'k3x9q2-dqi@pdp',
			'k3x9q2-deliverable-acceptance@pdp',
			'k3x9q2-csat@pdp',
			'k3x9q2-sow-signature@pdp',
			'k3x9q2-start@pdp',
			'k3x9q2-manage-and-inspect-start@pdp',
			'k3x9q2-close-and-d2s-start@pdp',
			'k3x9q2-end@pdp',
		]);
		expect(new Set(before.events.map((event) => event.sequence))).toEqual(new Set([1_800_000_000]));
		expect(after.events.every((event) => event.sequence === 1_800_000_060)).toBe(true);
		expect(
			after.events.find((event) => event.uid === eventUid('k3x9q2', 'manage-and-inspect-start'))
				?.start,
		).toBe('2027-03-08');
	});

	test.each([
		'Acme, Inc.; phase 2',
		'Two\nlines',
		'Windows\r\nline',
		'Back\\slash "quoted"',
		'Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil',
	])('a name such as %j survives escaping and adds no event', (name) => {
		const text = engagementCalendar({
			engagement: { ...engagement, name },
			plan: planOf(),
			siteUrl: SITE,
		});
		const read = readCalendar(text);
		// RFC 5545 writes every line break in a TEXT value as \n.
		const written = name.replace(/\r\n/g, '\n');
		expect(read.name).toBe(written);
		expect(read.appleName).toBe(written);
		expect(read.events).toHaveLength(10);
		expect(read.events[0]?.summary).toBe(`${written}: Opportunity Quality Review window`);
	});

	test('resolves links against a site served under a base path', () => {
		const catalog = planCatalog();
		catalog.gates = catalog.gates.map((gate) => ({ ...gate, url: `/pdp${gate.url}` }));
		const text = engagementCalendar({
			engagement,
			plan: planOf([], catalog),
			siteUrl: 'https://example.org/pdp/',
		});
		expect(readCalendar(text).events[0]?.url).toBe('https://example.org/pdp/gates/oqr/');
	});
});

describe('engagementDatesCsv', () => {
	const csvOf = (catalog = planCatalog()) =>
		engagementDatesCsv({ engagement, plan: planOf([], catalog), catalog, siteUrl: SITE });

	test('lists phases, gate windows, milestones, then item due dates, with CRLF line ends', () => {
		const csv = csvOf();
		expect(csv.endsWith('\r\n')).toBe(true);
		const lines = csv.split('\r\n').slice(0, -1);
		expect(lines[0]).toBe('kind,title,phase,start,end,link');
		expect(lines.map((line) => line.split(',')[0])).toEqual([
			'kind',
			...Array<string>(4).fill('phase'),
			...Array<string>(5).fill('gate'),
			...Array<string>(5).fill('milestone'),
			...Array<string>(11).fill('item'),
		]);
		expect(lines).toContain(
			'phase,Launch,Launch,2027-02-01,2027-02-28,https://pdp.example.org/phases/launch/',
		);
		expect(lines).toContain(
			'gate,Delivery Quality Inspection,,2027-06-01,2028-02-01,https://pdp.example.org/gates/dqi/',
		);
		expect(lines).toContain('milestone,SOW signed,,2027-01-31,2027-01-31,');
		// An ongoing item runs from its first day to its due date.
		expect(lines).toContain(
			'item,Item raid-log,Checklist launch-readiness,2027-02-01,2027-02-28,https://pdp.example.org/checklists/launch-readiness/#raid-log',
		);
		expect(lines).toContain(
			'item,Item sprint-zero,Checklist launch-readiness,2027-02-14,2027-02-14,https://pdp.example.org/checklists/launch-readiness/#sprint-zero',
		);
	});

	test('defuses a title a spreadsheet would run as a formula and quotes commas and quotes', () => {
		const catalog = planCatalog({
			checklists: [
				checklist(
					'risky',
					['launch'],
					[
						item('formula', 'phase-start', '=HYPERLINK("https://evil.example")'),
						item('plus', 'phase-exit', '+1 tasks, then review'),
					],
					'Governance, risk; compliance',
				),
			],
		});
		const lines = csvOf(catalog).split('\r\n');
		expect(lines).toContain(
			`item,"'=HYPERLINK(""https://evil.example"")","Governance, risk; compliance",2027-02-01,2027-02-01,https://pdp.example.org/checklists/risky/#formula`,
		);
		expect(lines).toContain(
			`item,"'+1 tasks, then review","Governance, risk; compliance",2027-02-28,2027-02-28,https://pdp.example.org/checklists/risky/#plus`,
		);
	});
});
