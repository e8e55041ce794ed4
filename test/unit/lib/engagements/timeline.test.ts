import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planEngagement } from '../../../../src/lib/engagements/plan.ts';
import { layoutTimeline, MAX_TICKS } from '../../../../src/lib/engagements/timeline.ts';
import { calendarDay, formatCalendarDay } from '../../../../src/schemas/calendar-date.ts';
import { planCatalog } from './plan-catalog.ts';

const planOf = (start = '2027-02-01', end = '2027-07-30', catalog = planCatalog()) =>
	planEngagement({ start, end, phaseDates: new Map() }, catalog);
// S2D opens on 2026-12-21 and the DQI window closes on 2028-02-01: 408 days shown.
const percent = (days: number) => (days / 408) * 100;

describe('layoutTimeline', () => {
	test('spans S2D to the end of the DQI window, past the planned end', () => {
		const layout = layoutTimeline(planOf(), '2027-03-01');
		expect([layout.first, layout.last]).toEqual(['2026-12-21', '2028-02-01']);
	});

	test('lists phases, then gate windows, then milestones', () => {
		const rows = layoutTimeline(planOf(), '2027-03-01').rows;
		expect(rows.map((row) => `${row.kind} ${row.id}`)).toEqual([
			'phase s2d',
			'phase launch',
			'phase manage-and-inspect',
			'phase close-and-d2s',
			'gate oqr',
			'gate pesa',
			'gate dqi',
			'gate deliverable-acceptance',
			'gate csat',
			'milestone sow-signature',
			'milestone start',
			'milestone manage-and-inspect-start',
			'milestone close-and-d2s-start',
			'milestone end',
		]);
		expect(rows[1]).toMatchObject({ label: 'Launch', start: '2027-02-01', end: '2027-02-28' });
		expect(rows[6]).toMatchObject({ label: 'Delivery Quality Inspection' });
		expect(rows[9]).toMatchObject({ label: 'SOW signed', start: '2027-01-31', end: '2027-01-31' });
	});

	test('places bars by day, in percent of the whole span, milestones without width', () => {
		const byId = new Map(layoutTimeline(planOf(), '2027-03-01').rows.map((row) => [row.id, row]));
		expect(byId.get('s2d')?.x).toBe(0);
		expect(byId.get('s2d')?.width).toBeCloseTo(percent(42));
		expect(byId.get('launch')?.x).toBeCloseTo(percent(42));
		expect(byId.get('launch')?.width).toBeCloseTo(percent(28));
		// The last day shown ends at 100 %.
		const dqi = byId.get('dqi');
		expect((dqi?.x ?? 0) + (dqi?.width ?? 0)).toBeCloseTo(100);
		expect(byId.get('sow-signature')).toMatchObject({ width: 0 });
		expect(byId.get('sow-signature')?.x).toBeCloseTo(percent(41));
		expect(byId.get('end')?.x).toBeCloseTo(percent(221));
	});

	test('marks what is over, what runs today and what is to come', () => {
		const states = Object.fromEntries(
			layoutTimeline(planOf(), '2027-03-01').rows.map((row) => [
				`${row.kind} ${row.id}`,
				row.state,
			]),
		);
		expect(states).toMatchObject({
			'phase s2d': 'past',
			'phase launch': 'past',
			'phase manage-and-inspect': 'current',
			'phase close-and-d2s': 'future',
			'gate oqr': 'past',
			'gate dqi': 'future',
			'milestone start': 'past',
			// A milestone on today is current, not past.
			'milestone manage-and-inspect-start': 'current',
			'milestone end': 'future',
		});
	});

	test.each([
		['2027-05-31', 119, 'future'],
		['2027-06-01', 120, 'current'],
		['2028-02-01', 365, 'current'],
		['2028-02-02', 366, 'past'],
	])('on %s (day %i) the DQI window is %s', (today, _day, state) => {
		const dqi = layoutTimeline(planOf(), today).rows.find((row) => row.id === 'dqi');
		expect(dqi?.state).toBe(state);
	});

	test.each([
		['2027-03-01', percent(70)],
		['2026-12-21', 0],
		['2028-02-01', percent(407)],
		['2026-12-20', undefined],
		['2028-02-02', undefined],
	])('puts today (%s) at %s %', (today, expected) => {
		const position = layoutTimeline(planOf(), today).today;
		if (expected === undefined) expect(position).toBeUndefined();
		else expect(position).toBeCloseTo(expected);
	});

	test('ticks every 2nd month over the 14 months shown, labelled like "Jan 2027"', () => {
		const { ticks } = layoutTimeline(planOf(), '2027-03-01');
		expect(ticks.map((tick) => tick.label)).toEqual([
			'Jan 2027',
			'Mar 2027',
			'May 2027',
			'Jul 2027',
			'Sep 2027',
			'Nov 2027',
			'Jan 2028',
		]);
		expect(ticks[0]?.x).toBeCloseTo(percent(11));
	});

	test('ticks every month when the span is short', () => {
		const { ticks } = layoutTimeline(
			planOf('2027-02-01', '2027-07-30', planCatalog({ gates: [] })),
			'2027-03-01',
		);
		expect(ticks.map((tick) => tick.label)).toEqual([
			'Jan 2027',
			'Feb 2027',
			'Mar 2027',
			'Apr 2027',
			'May 2027',
			'Jun 2027',
			'Jul 2027',
		]);
	});

	test('ticks at most every quarter or half year on long engagements', () => {
		const { ticks } = layoutTimeline(planOf('2027-02-01', '2030-12-31'), '2027-03-01');
		expect(ticks.map((tick) => tick.label)).toEqual([
			'Jan 2027',
			'Jul 2027',
			'Jan 2028',
			'Jul 2028',
			'Jan 2029',
			'Jul 2029',
			'Jan 2030',
			'Jul 2030',
		]);
	});

	test('keeps every position within 0–100 and at most 12 ticks, for any engagement in range', () => {
		const [first, last] = [calendarDay('2000-01-01'), calendarDay('2100-12-31')] as [
			number,
			number,
		];
		const engagement = fc
			.tuple(
				fc.integer({ min: first, max: last }),
				fc.integer({ min: first, max: last }),
				fc.integer({ min: first - 100, max: last + 500 }),
			)
			.filter(([a, b]) => a !== b);
		fc.assert(
			fc.property(engagement, ([a, b, today]) => {
				const plan = planOf(formatCalendarDay(Math.min(a, b)), formatCalendarDay(Math.max(a, b)));
				const layout = layoutTimeline(plan, formatCalendarDay(today));
				expect(layout.ticks.length).toBeLessThanOrEqual(MAX_TICKS);
				expect(layout.ticks.length).toBeGreaterThan(0);
				for (const value of [
					...layout.rows.flatMap((row) => [row.x, row.x + row.width]),
					...layout.ticks.map((tick) => tick.x),
					...(layout.today === undefined ? [] : [layout.today]),
				]) {
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThanOrEqual(100 + 1e-9);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
