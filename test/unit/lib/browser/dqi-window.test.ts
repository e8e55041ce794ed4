import { afterEach, describe, expect, test } from 'vitest';
import { toLocalCalendarDate } from '../../../../src/schemas/calendar-date.ts';
import {
	assessDqiWindow,
	decodeSavedStart,
	describeDateProblem,
	describeDqiWindow,
	encodeSavedStart,
	formatLongDate,
	parseCalendarDate,
	type DqiWindow,
} from '../../../../src/lib/browser/dqi-window.ts';

const originalZone = process.env['TZ'];
afterEach(() => {
	if (originalZone === undefined) delete process.env['TZ'];
	else process.env['TZ'] = originalZone;
});

/** Switches the process to a time zone and proves the switch took effect. */
function useZone(zone: string, offsetMinutesOn20260101: number): void {
	process.env['TZ'] = zone;
	expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetMinutesOn20260101);
}

function windowOf(start: string, today: string): DqiWindow {
	const result = assessDqiWindow(start, today);
	if (!result.ok) throw new Error(`${start} / ${today} refused: ${result.problem}`);
	return result.window;
}

describe('assessDqiWindow', () => {
	// 2026-02-02 + 120 days = 2026-06-02; + 365 days = 2027-02-02 (no 29 February between).
	test.each([
		{ today: '2026-02-02', day: 0, state: 'not-open', daysUntilOpen: 120, daysLeft: 0 },
		{ today: '2026-06-01', day: 119, state: 'not-open', daysUntilOpen: 1, daysLeft: 0 },
		{ today: '2026-06-02', day: 120, state: 'open', daysUntilOpen: 0, daysLeft: 245 },
		{ today: '2026-08-08', day: 187, state: 'open', daysUntilOpen: 0, daysLeft: 178 },
		{ today: '2027-02-02', day: 365, state: 'open', daysUntilOpen: 0, daysLeft: 0 },
		{ today: '2027-02-03', day: 366, state: 'closed', daysUntilOpen: 0, daysLeft: 0 },
	])('on $today (day $day) the window is $state', ({ today, day, ...expected }) => {
		expect(windowOf('2026-02-02', today)).toEqual({
			start: '2026-02-02',
			today,
			daysSinceStart: day,
			opens: '2026-06-02',
			lastDay: '2027-02-02',
			...expected,
		});
	});

	test.each([
		// A start on the leap day itself.
		{ start: '2024-02-29', opens: '2024-06-28', lastDay: '2025-02-28' },
		// The window spans 29 February 2028, so it ends a calendar day earlier than in 2027.
		{ start: '2027-06-01', opens: '2027-09-29', lastDay: '2028-05-31' },
		{ start: '2026-06-01', opens: '2026-09-29', lastDay: '2027-06-01' },
		// The same start date one year apart: only the second year's window holds a 29 February.
		{ start: '2023-03-01', opens: '2023-06-29', lastDay: '2024-02-29' },
		{ start: '2024-03-01', opens: '2024-06-29', lastDay: '2025-03-01' },
		{ start: '2023-11-01', opens: '2024-02-29', lastDay: '2024-10-31' },
		{ start: '2100-12-31', opens: '2101-04-30', lastDay: '2101-12-31' },
	])('a start on $start opens on $opens and has its last day on $lastDay', (expected) => {
		expect(windowOf(expected.start, expected.start)).toMatchObject(expected);
	});

	test.each([
		{ start: '2027-06-01', today: '2028-02-28', day: 272 },
		{ start: '2027-06-01', today: '2028-02-29', day: 273 },
		{ start: '2027-06-01', today: '2028-03-01', day: 274 },
		{ start: '2024-02-29', today: '2025-02-28', day: 365 },
		{ start: '2024-02-29', today: '2025-03-01', day: 366 },
		{ start: '2023-03-01', today: '2024-03-01', day: 366 },
		{ start: '2024-03-01', today: '2025-03-01', day: 365 },
	])('counts 29 February: $start to $today is day $day', ({ start, today, day }) => {
		expect(windowOf(start, today).daysSinceStart).toBe(day);
	});

	test.each([
		{ zone: 'Europe/Berlin', offset: -60 },
		{ zone: 'America/New_York', offset: 300 },
		{ zone: 'Australia/Sydney', offset: -660 },
		{ zone: 'Pacific/Kiritimati', offset: -840 },
		{ zone: 'Pacific/Honolulu', offset: 600 },
	])('gives the same days across daylight-saving switches in $zone', ({ zone, offset }) => {
		// Each pair spans a March or an October/November switch somewhere; a local-midnight
		// subtraction divided by 24 hours would come out a day short or long in some zones.
		const cases = [
			['2026-03-01', '2026-03-31', 30, 'not-open'],
			['2026-03-01', '2026-04-06', 36, 'not-open'],
			['2026-06-01', '2026-09-29', 120, 'open'],
			['2026-07-01', '2026-10-29', 120, 'open'],
			['2025-11-10', '2026-11-10', 365, 'open'],
			['2025-11-10', '2026-11-11', 366, 'closed'],
		] as const;
		useZone(zone, offset);
		for (const [start, today, day, state] of cases) {
			expect(windowOf(start, today), `${start} → ${today}`).toMatchObject({
				daysSinceStart: day,
				state,
			});
		}
		expect(windowOf('2026-07-01', '2026-07-01')).toMatchObject({
			opens: '2026-10-29',
			lastDay: '2027-07-01',
		});
	});

	test.each([
		{ today: '2026-01-31', daysSinceStart: -1, daysUntilOpen: 121 },
		{ today: '2025-02-01', daysSinceStart: -365, daysUntilOpen: 485 },
	])('a start after $today is not open yet', ({ today, ...expected }) => {
		expect(windowOf('2026-02-01', today)).toMatchObject({
			state: 'not-open',
			daysLeft: 0,
			...expected,
		});
	});

	test.each([
		['', '2026-06-01', 'start', 'empty'],
		['2026-02-30', '2026-06-01', 'start', 'not-a-date'],
		['2026-06-01', '2025-02-29', 'today', 'not-a-date'],
		['1999-12-31', '2026-06-01', 'start', 'out-of-range'],
		['2026-06-01', '2101-01-01', 'today', 'out-of-range'],
		['garbage', '2026-06-01', 'start', 'format'],
		['2026-06-01', '', 'today', 'empty'],
	] as const)('refuses %j on %j: %s is %s', (start, today, field, problem) => {
		expect(assessDqiWindow(start, today)).toEqual({ ok: false, field, problem });
	});
});

describe('parseCalendarDate', () => {
	test.each([
		['2024-02-29', true],
		['2000-01-01', true],
		['2100-12-31', true],
		['2023-02-29', false],
		['2026-02-30', false],
		['2026-04-31', false],
		['2026-13-01', false],
		['2026-00-10', false],
		['2026-01-00', false],
		['2026-1-05', false],
		['20260105', false],
		[' 2026-01-05', false],
		['2026-01-05T00:00', false],
		['2026-01-05\n', false],
		['+02026-01-05', false],
		['٢٠٢٦-٠١-٠٥', false],
		['1999-12-31', false],
		['2101-01-01', false],
		['0026-01-05', false],
		['275760-09-13', false],
		['', false],
	])('%j is a calendar date: %s', (text, expected) => {
		expect(parseCalendarDate(text).ok).toBe(expected);
	});

	test('never throws on hostile text', () => {
		for (const text of ['x'.repeat(100_000), '\u0000', '9999-99-99', 'NaN-NaN-NaN', '-1']) {
			expect(parseCalendarDate(text).ok).toBe(false);
		}
	});
});

describe('toLocalCalendarDate', () => {
	// 10:30 UTC on 1 March is 00:30 on 2 March in Kiritimati (UTC+14) and 00:30 on 1 March in
	// Honolulu (UTC−10); 09:30 UTC on 2 March is 23:30 on 1 March in Honolulu. A UTC reading
	// would give the wrong day in one of each pair.
	test.each([
		{
			zone: 'Pacific/Kiritimati',
			offset: -840,
			instant: '2026-03-01T10:30:00Z',
			local: '2026-03-02',
		},
		{ zone: 'Pacific/Honolulu', offset: 600, instant: '2026-03-01T10:30:00Z', local: '2026-03-01' },
		{ zone: 'Pacific/Honolulu', offset: 600, instant: '2026-03-02T09:30:00Z', local: '2026-03-01' },
		{
			zone: 'Pacific/Kiritimati',
			offset: -840,
			instant: '2026-03-02T09:30:00Z',
			local: '2026-03-02',
		},
		{
			zone: 'Pacific/Kiritimati',
			offset: -840,
			instant: '2026-12-31T10:00:00Z',
			local: '2027-01-01',
		},
		// Just before and after the switches, where an hour goes missing or repeats.
		{ zone: 'Europe/Berlin', offset: -60, instant: '2026-03-28T23:30:00Z', local: '2026-03-29' },
		{ zone: 'Europe/Berlin', offset: -60, instant: '2026-10-24T22:30:00Z', local: '2026-10-25' },
		{ zone: 'America/New_York', offset: 300, instant: '2026-11-02T04:30:00Z', local: '2026-11-01' },
	])('$instant is $local in $zone', ({ zone, offset, instant, local }) => {
		useZone(zone, offset);
		expect(toLocalCalendarDate(new Date(instant))).toBe(local);
	});

	test('feeds the window the local day, not the UTC one', () => {
		useZone('Pacific/Honolulu', 600);
		// 23:30 on day 119 in Honolulu is already day 120 in UTC.
		const today = toLocalCalendarDate(new Date('2026-06-02T09:30:00Z'));
		expect(windowOf('2026-02-02', today)).toMatchObject({ daysSinceStart: 119, state: 'not-open' });
	});

	test('gives empty text for an invalid Date', () => {
		expect(toLocalCalendarDate(new Date('nope'))).toBe('');
	});
});

describe('formatLongDate', () => {
	test.each([
		{ zone: 'Pacific/Kiritimati', offset: -840 },
		{ zone: 'Pacific/Honolulu', offset: 600 },
		{ zone: 'UTC', offset: 0 },
	])('shows the same day in $zone', ({ zone, offset }) => {
		useZone(zone, offset);
		expect(formatLongDate('2026-06-02')).toBe('2 June 2026');
		expect(formatLongDate('2028-02-29')).toBe('29 February 2028');
		expect(formatLongDate('2000-01-01')).toBe('1 January 2000');
	});
});

describe('describeDqiWindow', () => {
	test.each([
		[
			'2026-06-01',
			'Day 119 since start: the DQI window is not open yet. It opens on 2 June 2026, in 1 day, and its last day is 2 February 2027.',
		],
		[
			'2026-06-02',
			'Day 120 since start: the DQI window is open. It opened on 2 June 2026; its last day is 2 February 2027, 245 days from today.',
		],
		[
			'2027-02-01',
			'Day 364 since start: the DQI window is open. It opened on 2 June 2026; its last day is 2 February 2027, 1 day from today.',
		],
		[
			'2027-02-02',
			'Day 365 since start: the DQI window is open, and today is its last day. It opened on 2 June 2026.',
		],
		[
			'2027-02-03',
			'Day 366 since start: the DQI window has closed. It was open from 2 June 2026 to 2 February 2027.',
		],
		[
			'2026-01-03',
			'The engagement starts on 2 February 2026, in 30 days: the DQI window is not open yet. It opens on 2 June 2026, in 150 days, and its last day is 2 February 2027.',
		],
	])('on %s', (today, sentence) => {
		expect(describeDqiWindow(windowOf('2026-02-02', today))).toBe(sentence);
	});
});

describe('describeDateProblem', () => {
	test.each([
		['start', 'empty', 'Enter the engagement start date to see where it stands in the DQI window.'],
		[
			'start',
			'format',
			'The engagement start date is incomplete or not a date written as YYYY-MM-DD.',
		],
		[
			'today',
			'not-a-date',
			'The date to check is not a real calendar date: check the day and the month.',
		],
		[
			'start',
			'out-of-range',
			'The engagement start date must be between 1 January 2000 and 31 December 2100.',
		],
	] as const)('%s %s', (field, problem, message) => {
		expect(describeDateProblem(field, problem)).toBe(message);
	});
});

describe('saved start date', () => {
	test('round-trips a start date', () => {
		expect(decodeSavedStart(encodeSavedStart('2024-02-29'))).toEqual({
			kind: 'start',
			start: '2024-02-29',
		});
	});

	test.each([
		[null, 'none'],
		['', 'none'],
		['{oops', 'corrupt'],
		['"2026-01-01"', 'corrupt'],
		['[]', 'corrupt'],
		['null', 'corrupt'],
		['{"start":"2026-02-30"}', 'corrupt'],
		['{"start":"1900-01-01"}', 'corrupt'],
		['{"start":20260101}', 'corrupt'],
		['{"__proto__":{"start":"2026-01-01"}}', 'corrupt'],
		[`{"start":"2026-01-01","pad":"${'x'.repeat(300)}"}`, 'corrupt'],
	])('%j reads as %s', (raw, kind) => {
		expect(decodeSavedStart(raw).kind).toBe(kind);
	});
});
