import { afterEach, describe, expect, test } from 'vitest';
import {
	calendarDay,
	formatCalendarDay,
	isCalendarDate,
	toUtcCalendarDate,
} from '../../../src/schemas/calendar-date.ts';

const originalZone = process.env['TZ'];
afterEach(() => {
	if (originalZone === undefined) delete process.env['TZ'];
	else process.env['TZ'] = originalZone;
});

describe('isCalendarDate', () => {
	test.each(['2026-11-30', '2024-02-29', '2000-02-29', '2026-01-01', '2026-12-31'])(
		'accepts %s',
		(date) => {
			expect(isCalendarDate(date)).toBe(true);
		},
	);
	test.each([
		'2026-02-29',
		'1900-02-29',
		'2026-02-30',
		'2026-13-01',
		'2026-00-10',
		'2026-04-31',
		'2026-1-5',
		'26-01-01',
		'2026-01-01T00:00',
		'',
	])('rejects %s', (date) => {
		expect(isCalendarDate(date)).toBe(false);
	});
});

describe('toUtcCalendarDate', () => {
	test('gives the UTC date of a moment near midnight, whatever the local zone', () => {
		process.env['TZ'] = 'Pacific/Kiritimati';
		expect(toUtcCalendarDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
		process.env['TZ'] = 'Pacific/Pago_Pago';
		expect(toUtcCalendarDate(new Date('2026-03-01T00:30:00Z'))).toBe('2026-03-01');
	});
});

describe('isCalendarDate, as the freshness rules used it', () => {
	test.each([
		['2024-02-29', true],
		['2023-02-29', false],
		['2026-02-30', false],
		['2026-13-01', false],
		['2026-1-05', false],
		['20260105', false],
		['', false],
	])('%s is %s', (text, expected) => {
		expect(isCalendarDate(text)).toBe(expected);
	});
});

describe('calendarDay', () => {
	test('counts whole days since 1970-01-01, in every time zone', () => {
		for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin']) {
			process.env['TZ'] = zone;
			expect(calendarDay('1970-01-01')).toBe(0);
			expect(calendarDay('1970-01-02')).toBe(1);
			expect(calendarDay('2026-03-29')).toBe(20_541);
			expect(calendarDay('1969-12-31')).toBe(-1);
		}
	});

	test('keeps years 0–99 as written rather than reading them as 19xx', () => {
		expect(formatCalendarDay(calendarDay('0026-05-01') ?? Number.NaN)).toBe('0026-05-01');
		expect(calendarDay('0026-05-01')).toBeLessThan(calendarDay('1926-05-01') ?? 0);
	});

	test('gives undefined for a day that does not exist or text not written YYYY-MM-DD', () => {
		for (const text of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-1-5', ' 2026-01-05', '']) {
			expect(calendarDay(text)).toBeUndefined();
		}
	});

	test('round-trips through formatCalendarDay', () => {
		for (const text of ['2000-02-29', '2024-12-31', '2100-12-31', '1999-01-01']) {
			expect(formatCalendarDay(calendarDay(text) ?? Number.NaN)).toBe(text);
		}
	});
});
