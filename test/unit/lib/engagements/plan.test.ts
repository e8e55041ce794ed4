import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessDqiWindow } from '../../../../src/lib/browser/dqi-window.ts';
import {
	daysBetween,
	defaultPhaseDates,
	dueDate,
	isOverdue,
	planEngagement,
} from '../../../../src/lib/engagements/plan.ts';
import { validatePhaseSpan } from '../../../../src/lib/engagements/phase-span.ts';
import type { DateSpan } from '../../../../src/lib/engagements/types.ts';
import { calendarDay, formatCalendarDay } from '../../../../src/schemas/calendar-date.ts';
import { checklist, item, PHASE_IDS, planCatalog } from './plan-catalog.ts';

const ids = [...PHASE_IDS];
const plainSpans = (spans: Map<string, DateSpan>) =>
	Object.fromEntries([...spans].map(([id, span]) => [id, `${span.start}…${span.end}`]));
const plan = (
	start: string,
	end: string,
	moved: [string, DateSpan][] = [],
	catalog = planCatalog(),
) => planEngagement({ start, end, phaseDates: new Map(moved) }, catalog);

describe('defaultPhaseDates', () => {
	test('gives S2D the 42 days before the start, Launch and Close 28 days each, Manage the rest', () => {
		expect(plainSpans(defaultPhaseDates('2027-02-01', '2027-07-30', ids))).toEqual({
			s2d: '2026-12-21…2027-01-31',
			launch: '2027-02-01…2027-02-28',
			'manage-and-inspect': '2027-03-01…2027-07-02',
			'close-and-d2s': '2027-07-03…2027-07-30',
		});
	});

	test('ends S2D on 29 February when the start is 1 March of a leap year', () => {
		expect(defaultPhaseDates('2028-03-01', '2028-12-01', ids).get('s2d')).toEqual({
			start: '2028-01-19',
			end: '2028-02-29',
		});
		expect(defaultPhaseDates('2100-03-01', '2100-12-01', ids).get('s2d')).toEqual({
			start: '2100-01-18',
			end: '2100-02-28',
		});
	});

	test.each([
		{
			days: 84,
			end: '2027-04-25',
			launch: '2027-02-01…2027-02-28',
			manage: '2027-03-01…2027-03-28',
			close: '2027-03-29…2027-04-25',
		},
		// Under 84 days Launch and Close take 20 % each (16 of 83), Manage the rest.
		{
			days: 83,
			end: '2027-04-24',
			launch: '2027-02-01…2027-02-16',
			manage: '2027-02-17…2027-04-08',
			close: '2027-04-09…2027-04-24',
		},
		{
			days: 10,
			end: '2027-02-10',
			launch: '2027-02-01…2027-02-02',
			manage: '2027-02-03…2027-02-08',
			close: '2027-02-09…2027-02-10',
		},
		{
			days: 4,
			end: '2027-02-04',
			launch: '2027-02-01…2027-02-01',
			manage: '2027-02-02…2027-02-03',
			close: '2027-02-04…2027-02-04',
		},
		{
			days: 3,
			end: '2027-02-03',
			launch: '2027-02-01…2027-02-01',
			manage: '2027-02-02…2027-02-02',
			close: '2027-02-03…2027-02-03',
		},
		// Fewer days than phases: one day each while they last, then Close shares the last day.
		{
			days: 2,
			end: '2027-02-02',
			launch: '2027-02-01…2027-02-01',
			manage: '2027-02-02…2027-02-02',
			close: '2027-02-02…2027-02-02',
		},
	])('splits a $days-day engagement', ({ end, launch, manage, close }) => {
		expect(plainSpans(defaultPhaseDates('2027-02-01', end, ids))).toMatchObject({
			launch,
			'manage-and-inspect': manage,
			'close-and-d2s': close,
		});
	});

	test('shares the middle evenly between several middle phases, the earlier taking a spare day', () => {
		const spans = defaultPhaseDates('2027-02-01', '2027-04-26', ['a', 'b', 'c', 'd', 'e']);
		expect(plainSpans(spans)).toMatchObject({
			b: '2027-02-01…2027-02-28',
			c: '2027-03-01…2027-03-15',
			d: '2027-03-16…2027-03-29',
			e: '2027-03-30…2027-04-26',
		});
	});

	test('gives a lone delivery phase the whole engagement, and no phases nothing', () => {
		expect(plainSpans(defaultPhaseDates('2027-02-01', '2027-02-09', ['s2d', 'delivery']))).toEqual({
			s2d: '2026-12-21…2027-01-31',
			delivery: '2027-02-01…2027-02-09',
		});
		expect(plainSpans(defaultPhaseDates('2027-02-01', '2027-02-09', ['s2d']))).toEqual({
			s2d: '2026-12-21…2027-01-31',
		});
		expect(defaultPhaseDates('2027-02-01', '2027-02-09', []).size).toBe(0);
	});

	test('phases are ordered, contiguous and cover S2D then start to end, for any dates in range', () => {
		const [first, last] = [calendarDay('2000-01-01'), calendarDay('2100-12-31')] as [
			number,
			number,
		];
		const dates = fc
			.tuple(fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }))
			.filter(([a, b]) => a !== b)
			.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
		fc.assert(
			fc.property(dates, fc.integer({ min: 2, max: 7 }), ([startDay, endDay], count) => {
				const phaseIds = Array.from({ length: count }, (_, index) => `p${index}`);
				const spans = [
					...defaultPhaseDates(
						formatCalendarDay(startDay),
						formatCalendarDay(endDay),
						phaseIds,
					).values(),
				];
				const days = spans.map(
					(span) => [calendarDay(span.start), calendarDay(span.end)] as [number, number],
				);
				expect(days).toHaveLength(count);
				expect(days[0]).toEqual([startDay - 42, startDay - 1]);
				expect(days[1]?.[0]).toBe(startDay);
				expect(days.at(-1)?.[1]).toBe(endDay);
				for (const [index, [from, to]] of days.entries()) {
					expect(from).toBeLessThanOrEqual(to);
					const next = days[index + 1];
					if (!next) continue;
					// The next phase starts the day after, or (fewer days than phases) shares the last day.
					const sharesLastDay = next[0] === endDay && to === endDay && next[1] === endDay;
					expect(next[0] === to + 1 || sharesLastDay, `${index} → ${index + 1}`).toBe(true);
				}
				if (endDay - startDay + 1 >= count - 1) {
					expect(days.every(([from, to]) => from <= to && to <= endDay)).toBe(true);
					expect(new Set(days.map(([from]) => from)).size).toBe(count);
				}
			}),
			{ numRuns: 500 },
		);
	});
});

describe('dueDate', () => {
	const launch = { start: '2027-02-01', end: '2027-02-28' };
	test.each([
		['before-phase', { due: '2027-01-31' }],
		['phase-start', { due: '2027-02-01' }],
		['first-two-weeks', { due: '2027-02-14' }],
		['ongoing', { due: '2027-02-28', from: '2027-02-01' }],
		['before-exit', { due: '2027-02-21' }],
		['phase-exit', { due: '2027-02-28' }],
	] as const)('%s in a 28-day phase', (point, expected) => {
		expect(dueDate(point, launch)).toEqual(expected);
	});

	test.each([
		['first-two-weeks', { start: '2027-02-01', end: '2027-02-05' }, '2027-02-05'],
		['before-exit', { start: '2027-02-01', end: '2027-02-05' }, '2027-02-01'],
		['first-two-weeks', { start: '2027-02-01', end: '2027-02-01' }, '2027-02-01'],
		['before-exit', { start: '2027-02-01', end: '2027-02-01' }, '2027-02-01'],
		['before-phase', { start: '2027-02-01', end: '2027-02-01' }, '2027-01-31'],
	] as const)('%s stays inside the short span %j', (point, span, due) => {
		expect(dueDate(point, span).due).toBe(due);
	});

	test.each([
		['first-two-weeks', { start: '2028-02-20', end: '2028-12-31' }, '2028-03-04'],
		['first-two-weeks', { start: '2100-02-20', end: '2100-12-31' }, '2100-03-05'],
		['before-exit', { start: '2028-01-01', end: '2028-03-03' }, '2028-02-25'],
		['before-exit', { start: '2100-01-01', end: '2100-03-03' }, '2100-02-24'],
		['before-phase', { start: '2028-03-01', end: '2028-12-31' }, '2028-02-29'],
		['before-phase', { start: '2100-03-01', end: '2100-12-31' }, '2100-02-28'],
	] as const)('%s counts 29 February in 2028 but not 2100: %j', (point, span, due) => {
		expect(dueDate(point, span).due).toBe(due);
	});
});

describe('planEngagement', () => {
	const dues = (result: ReturnType<typeof plan>) =>
		result.items.map(
			(due) => `${due.checklist}/${due.item} ${due.from ? `${due.from}…` : ''}${due.due}`,
		);

	test('dates every item by its checklist span, sorted by date, then checklist, then item order', () => {
		expect(dues(plan('2027-02-01', '2027-07-30'))).toEqual([
			'opportunity/qualify 2026-12-21',
			'launch-readiness/kickoff-booked 2027-01-31',
			'opportunity/proposal 2027-01-31',
			'launch-readiness/kickoff-held 2027-02-01',
			'launch-readiness/sprint-zero 2027-02-14',
			'launch-readiness/exit-review 2027-02-21',
			'launch-readiness/raid-log 2027-02-01…2027-02-28',
			'launch-readiness/launch-signed-off 2027-02-28',
			// The governance checklist runs from Launch's start to Close's end.
			'governance/handover-plan 2027-07-23',
			'governance/steering 2027-02-01…2027-07-30',
			'governance/lessons 2027-07-30',
		]);
	});

	test('gives the phases their computed dates, none moved', () => {
		expect(plan('2027-02-01', '2027-07-30').phases).toEqual([
			{
				id: 's2d',
				title: 'Sales to Delivery',
				start: '2026-12-21',
				end: '2027-01-31',
				moved: false,
			},
			{ id: 'launch', title: 'Launch', start: '2027-02-01', end: '2027-02-28', moved: false },
			{
				id: 'manage-and-inspect',
				title: 'Manage and Inspect',
				start: '2027-03-01',
				end: '2027-07-02',
				moved: false,
			},
			{
				id: 'close-and-d2s',
				title: 'Close and D2S',
				start: '2027-07-03',
				end: '2027-07-30',
				moved: false,
			},
		]);
	});

	test('a phase the reader moved carries its items with it and leaves the others as they were', () => {
		const before = plan('2027-02-01', '2027-07-30');
		const after = plan('2027-02-01', '2027-07-30', [
			['launch', { start: '2027-02-08', end: '2027-03-14' }],
		]);
		expect(after.phases[1]).toEqual({
			id: 'launch',
			title: 'Launch',
			start: '2027-02-08',
			end: '2027-03-14',
			moved: true,
		});
		expect(after.phases.filter((phase) => phase.id !== 'launch')).toEqual(
			before.phases.filter((phase) => phase.id !== 'launch'),
		);
		expect(
			dues(after).filter((line) => /^(launch-readiness|governance\/steering)/.test(line)),
		).toEqual([
			'launch-readiness/kickoff-booked 2027-02-07',
			'launch-readiness/kickoff-held 2027-02-08',
			'launch-readiness/sprint-zero 2027-02-21',
			'launch-readiness/exit-review 2027-03-07',
			'launch-readiness/raid-log 2027-02-08…2027-03-14',
			'launch-readiness/launch-signed-off 2027-03-14',
			'governance/steering 2027-02-08…2027-07-30',
		]);
		// The engagement still starts on its own date.
		expect(after.milestones.find((milestone) => milestone.id === 'start')?.date).toBe('2027-02-01');
	});

	test('moving S2D moves the SOW signature and the OQR and PESA windows', () => {
		const moved = plan('2027-02-01', '2027-07-30', [
			['s2d', { start: '2026-11-02', end: '2027-01-15' }],
		]);
		expect(moved.milestones[0]).toEqual({
			id: 'sow-signature',
			title: 'SOW signed',
			date: '2027-01-15',
		});
		expect(moved.gates.slice(0, 2).map((gate) => [gate.id, gate.start, gate.end])).toEqual([
			['oqr', '2026-11-02', '2027-01-15'],
			['pesa', '2026-11-02', '2027-01-15'],
		]);
	});

	test('ignores moved dates of a phase the catalog does not have', () => {
		const moved = plan('2027-02-01', '2027-07-30', [
			['retired', { start: '2027-01-01', end: '2027-01-02' }],
		]);
		expect(moved).toEqual(plan('2027-02-01', '2027-07-30'));
	});

	test('a checklist whose last phase was moved before its first dates nothing before its start', () => {
		const moved = plan('2027-02-01', '2027-07-30', [
			['close-and-d2s', { start: '2027-01-10', end: '2027-01-20' }],
		]);
		expect(dues(moved).filter((line) => line.startsWith('governance'))).toEqual([
			'governance/steering 2027-02-01…2027-02-01',
			'governance/handover-plan 2027-02-01',
			'governance/lessons 2027-02-01',
		]);
	});

	test('skips unknown phase ids, and dates nothing on a checklist with no known phase', () => {
		const catalog = planCatalog({
			checklists: [
				checklist('mixed', ['retired', 'launch', 'gone'], [item('a', 'phase-exit')]),
				checklist('orphan', ['retired'], [item('b', 'phase-start')]),
				checklist('none', [], [item('c', 'phase-start')]),
			],
		});
		expect(plan('2027-02-01', '2027-07-30', [], catalog).items).toEqual([
			{ checklist: 'mixed', item: 'a', point: 'phase-exit', due: '2027-02-28' },
		]);
	});

	test('opens each known gate in its window, sorted by start, with a rule a reader understands', () => {
		expect(plan('2027-02-01', '2027-07-30').gates).toEqual([
			{
				id: 'oqr',
				name: 'Opportunity Quality Review',
				url: '/gates/oqr/',
				start: '2026-12-21',
				end: '2027-01-31',
				rule: 'During technical validation in Sales to Delivery, before the proposal and the SOW',
			},
			{
				id: 'pesa',
				name: 'Pre-Engagement Security Assessment',
				url: '/gates/pesa/',
				start: '2026-12-21',
				end: '2027-01-31',
				rule: 'In Sales to Delivery, before the SOW is signed',
			},
			{
				id: 'dqi',
				name: 'Delivery Quality Inspection',
				url: '/gates/dqi/',
				start: '2027-06-01',
				end: '2028-02-01',
				rule: 'Day 120 to day 365 after the start',
			},
			{
				id: 'deliverable-acceptance',
				name: 'Deliverable acceptance',
				url: '/gates/deliverable-acceptance/',
				start: '2027-07-03',
				end: '2027-07-30',
				rule: 'At close, during Close and D2S, before the deliverables are handed over',
			},
			{
				id: 'csat',
				name: 'Customer satisfaction',
				url: '/gates/csat/',
				start: '2027-07-03',
				end: '2027-07-30',
				rule: 'At close, during Close and D2S',
			},
		]);
	});

	test('gives no window to a gate it has no rule for, whatever its id', () => {
		const gates = ['nps', '__proto__', 'constructor', 'toString', 'dqi'].map((id) => ({
			id,
			name: id,
			url: `/gates/${id}/`,
		}));
		const result = plan('2027-02-01', '2027-07-30', [], planCatalog({ gates }));
		expect(result.gates.map((gate) => gate.id)).toEqual(['dqi']);
	});

	test.each([
		{ start: '2027-02-01', opens: '2027-06-01', last: '2028-02-01' },
		// Leap years: the window holds 29 February 2028, or starts on it or the day before.
		{ start: '2028-02-28', opens: '2028-06-27', last: '2029-02-27' },
		{ start: '2028-02-29', opens: '2028-06-28', last: '2029-02-28' },
		{ start: '2027-06-01', opens: '2027-09-29', last: '2028-05-31' },
		{ start: '2099-11-01', opens: '2100-03-01', last: '2100-11-01' },
	])('the DQI window of a start on $start runs $opens to $last', ({ start, opens, last }) => {
		const dqi = plan(start, '2030-12-31').gates.find((gate) => gate.id === 'dqi');
		expect(dqi).toMatchObject({ start: opens, end: last });
	});

	test.each(['2027-02-01', '2028-02-28', '2028-02-29', '2099-03-01'])(
		'the DQI window from %s holds day 120 and day 365, not day 119 or day 366',
		(start) => {
			const dqi = plan(start, '2100-12-31').gates.find((gate) => gate.id === 'dqi');
			const startDay = calendarDay(start) ?? Number.NaN;
			for (const [day, inside] of [
				[119, false],
				[120, true],
				[365, true],
				[366, false],
			] as const) {
				const date = formatCalendarDay(startDay + day);
				const inWindow = dqi !== undefined && dqi.start <= date && date <= dqi.end;
				expect(inWindow, `day ${day}`).toBe(inside);
				// The calculator on the DQI page agrees.
				const calculator = assessDqiWindow(start, date);
				expect(calculator.ok && calculator.window.state === 'open', `day ${day}`).toBe(inside);
			}
		},
	);

	test('marks the SOW signature, the start, each later phase starting and the planned end', () => {
		expect(plan('2027-02-01', '2027-07-30').milestones).toEqual([
			{ id: 'sow-signature', title: 'SOW signed', date: '2027-01-31' },
			{ id: 'start', title: 'Engagement starts', date: '2027-02-01' },
			{ id: 'manage-and-inspect-start', title: 'Manage and Inspect starts', date: '2027-03-01' },
			{ id: 'close-and-d2s-start', title: 'Close and D2S starts', date: '2027-07-03' },
			{ id: 'end', title: 'Planned end', date: '2027-07-30' },
		]);
	});

	test('plans a two-day engagement without a date out of order', () => {
		const result = plan('2027-02-01', '2027-02-02');
		expect(result.milestones.map((milestone) => `${milestone.id} ${milestone.date}`)).toEqual([
			'sow-signature 2027-01-31',
			'start 2027-02-01',
			'manage-and-inspect-start 2027-02-02',
			'close-and-d2s-start 2027-02-02',
			'end 2027-02-02',
		]);
		expect(result.items.every((due) => !due.from || due.from <= due.due)).toBe(true);
	});

	test('plans a catalog with no phases: no due dates, no phase-bound gates, still the start and end', () => {
		const result = plan('2027-02-01', '2027-07-30', [], planCatalog({ phases: [] }));
		expect(result.phases).toEqual([]);
		expect(result.items).toEqual([]);
		expect(result.gates.map((gate) => gate.id)).toEqual(['dqi']);
		expect(result.milestones.map((milestone) => milestone.id)).toEqual(['start', 'end']);
	});
});

describe('daysBetween and isOverdue', () => {
	test.each([
		['2027-02-01', '2027-02-01', 0],
		['2027-02-01', '2027-02-02', 1],
		['2027-02-02', '2027-02-01', -1],
		['2028-02-28', '2028-03-01', 2],
		['2100-02-28', '2100-03-01', 1],
		['2027-01-01', '2028-01-01', 365],
		['2028-01-01', '2029-01-01', 366],
	])('%s to %s is %i days', (a, b, days) => {
		expect(daysBetween(a, b)).toBe(days);
	});

	test.each([
		['2027-02-01', '2027-02-02', true],
		['2027-02-02', '2027-02-02', false],
		['2027-02-03', '2027-02-02', false],
		['2028-02-29', '2028-03-01', true],
	])('due %s is overdue on %s: %s', (due, today, overdue) => {
		expect(isOverdue(due, today)).toBe(overdue);
	});
});

describe('validatePhaseSpan', () => {
	test('accepts a span in range, one day long or more', () => {
		expect(validatePhaseSpan('2028-02-29', '2028-02-29')).toEqual({
			ok: true,
			span: { start: '2028-02-29', end: '2028-02-29' },
		});
		expect(validatePhaseSpan('2000-01-01', '2100-12-31').ok).toBe(true);
	});

	test.each([
		['', '2027-03-01', 'start', 'Enter the phase start date.'],
		[
			'2027-3-1',
			'2027-03-01',
			'start',
			'The phase start date is incomplete or not a date written as YYYY-MM-DD.',
		],
		[
			'2027-02-29',
			'2027-03-01',
			'start',
			'The phase start date is not a real calendar date: check the day and the month.',
		],
		[
			'2027-02-01',
			'2100-02-29',
			'end',
			'The phase end date is not a real calendar date: check the day and the month.',
		],
		[
			'1999-12-31',
			'2027-03-01',
			'start',
			'The phase start date must be between 1 January 2000 and 31 December 2100.',
		],
		[
			'2027-02-01',
			'2101-01-01',
			'end',
			'The phase end date must be between 1 January 2000 and 31 December 2100.',
		],
		[
			'2027-02-01',
			'2027-01-31',
			'end',
			'The phase end date is before its start: choose 1 February 2027 or later.',
		],
	])('refuses %j to %j: %s', (start, end, field, message) => {
		expect(validatePhaseSpan(start, end)).toEqual({ ok: false, field, message });
	});
});
