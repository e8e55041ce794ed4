import { afterEach, describe, expect, test } from 'vitest';
import { assessFreshness } from '../../../../src/lib/catalog/freshness.ts';

const originalZone = process.env['TZ'];
afterEach(() => {
	if (originalZone === undefined) delete process.env['TZ'];
	else process.env['TZ'] = originalZone;
});

describe('assessFreshness', () => {
	test('is due soon, not overdue, on the due date itself', () => {
		expect(
			assessFreshness({ lastReviewed: '2026-01-01', reviewEveryDays: 180, today: '2026-06-30' }),
		).toMatchObject({ reviewDue: '2026-06-30', daysUntilDue: 0, state: 'due-soon' });
	});

	test('is overdue one day past the due date', () => {
		expect(
			assessFreshness({ lastReviewed: '2026-01-01', reviewEveryDays: 180, today: '2026-07-01' }),
		).toMatchObject({ reviewDue: '2026-06-30', daysUntilDue: -1, state: 'overdue' });
	});

	test.each([
		{ today: '2026-05-30', daysUntilDue: 31, state: 'fresh' },
		{ today: '2026-05-31', daysUntilDue: 30, state: 'due-soon' },
		{ today: '2026-06-29', daysUntilDue: 1, state: 'due-soon' },
		{ today: '2027-06-30', daysUntilDue: -365, state: 'overdue' },
	])('is $state with $daysUntilDue days to go on $today', ({ today, daysUntilDue, state }) => {
		expect(
			assessFreshness({ lastReviewed: '2026-01-01', reviewEveryDays: 180, today }),
		).toMatchObject({ daysUntilDue, state });
	});

	test.each([
		{ lastReviewed: '2024-02-29', reviewEveryDays: 365, reviewDue: '2025-02-28' },
		{ lastReviewed: '2024-02-28', reviewEveryDays: 1, reviewDue: '2024-02-29' },
		{ lastReviewed: '2024-02-28', reviewEveryDays: 2, reviewDue: '2024-03-01' },
		{ lastReviewed: '2023-02-28', reviewEveryDays: 1, reviewDue: '2023-03-01' },
		{ lastReviewed: '2024-01-31', reviewEveryDays: 30, reviewDue: '2024-03-01' },
		{ lastReviewed: '2023-01-31', reviewEveryDays: 30, reviewDue: '2023-03-02' },
		{ lastReviewed: '2026-04-30', reviewEveryDays: 31, reviewDue: '2026-05-31' },
		{ lastReviewed: '2026-12-31', reviewEveryDays: 1, reviewDue: '2027-01-01' },
		{ lastReviewed: '2023-03-01', reviewEveryDays: 366, reviewDue: '2024-03-01' },
	])('$lastReviewed + $reviewEveryDays days is due $reviewDue', (input) => {
		expect(assessFreshness({ ...input, today: '2026-01-01' }).reviewDue).toBe(input.reviewDue);
	});

	test('counts the leap day in the days left', () => {
		expect(
			assessFreshness({ lastReviewed: '2024-02-29', reviewEveryDays: 365, today: '2024-02-29' })
				.daysUntilDue,
		).toBe(365);
	});

	test.each([
		{ lastReviewed: '2026-06-01', reviewedAgo: 'today' },
		{ lastReviewed: '2026-05-31', reviewedAgo: 'yesterday' },
		{ lastReviewed: '2026-05-29', reviewedAgo: '3 days ago' },
		{ lastReviewed: '2026-05-19', reviewedAgo: '13 days ago' },
		{ lastReviewed: '2026-05-18', reviewedAgo: '2 weeks ago' },
		{ lastReviewed: '2026-05-02', reviewedAgo: '4 weeks ago' },
		{ lastReviewed: '2026-05-01', reviewedAgo: '1 month ago' },
		{ lastReviewed: '2025-04-01', reviewedAgo: '14 months ago' },
		{ lastReviewed: '2024-06-02', reviewedAgo: '23 months ago' },
		{ lastReviewed: '2024-06-01', reviewedAgo: '2 years ago' },
		{ lastReviewed: '2026-06-02', reviewedAgo: 'on a date after today' },
	])(
		'says $lastReviewed was reviewed $reviewedAgo on 2026-06-01',
		({ lastReviewed, reviewedAgo }) => {
			expect(
				assessFreshness({ lastReviewed, reviewEveryDays: 180, today: '2026-06-01' }),
			).toMatchObject({ reviewedAgo, reviewedPhrase: `last reviewed ${reviewedAgo}` });
		},
	);

	test('counts whole months across month ends', () => {
		const ago = (lastReviewed: string, today: string) =>
			assessFreshness({ lastReviewed, reviewEveryDays: 180, today }).reviewedAgo;
		expect(ago('2026-01-31', '2026-02-28')).toBe('1 month ago');
		expect(ago('2024-01-31', '2024-02-29')).toBe('1 month ago');
		expect(ago('2024-02-29', '2025-02-28')).toBe('12 months ago');
	});

	test.each([
		{
			lastReviewed: '2026-02-30',
			reviewEveryDays: 180,
			today: '2026-06-01',
			message: /lastReviewed "2026-02-30"/,
		},
		{
			lastReviewed: '2026-6-1',
			reviewEveryDays: 180,
			today: '2026-06-01',
			message: /lastReviewed "2026-6-1"/,
		},
		{
			lastReviewed: '2026-06-01',
			reviewEveryDays: 180,
			today: '01/06/2026',
			message: /today "01\/06\/2026"/,
		},
		{
			lastReviewed: '2026-06-01',
			reviewEveryDays: 0,
			today: '2026-06-01',
			message: /reviewEveryDays/,
		},
		{
			lastReviewed: '2026-06-01',
			reviewEveryDays: 1.5,
			today: '2026-06-01',
			message: /reviewEveryDays/,
		},
	])('refuses $lastReviewed every $reviewEveryDays days on $today', ({ message, ...input }) => {
		expect(() => assessFreshness(input)).toThrow(message);
	});

	// Kiritimati is 14 hours ahead of UTC, Pago Pago 11 hours behind; São Paulo in 2018 and
	// Santiago in 2022 skipped from midnight to 1 a.m. when daylight saving began.
	test.each([
		{ zone: 'Pacific/Kiritimati', offset: -840 },
		{ zone: 'Pacific/Pago_Pago', offset: 660 },
		{ zone: 'America/Sao_Paulo', offset: 180 },
		{ zone: 'America/Santiago', offset: 180 },
	])('gives the same answers in $zone as in UTC', ({ zone, offset }) => {
		const cases = [
			{ lastReviewed: '2018-11-03', reviewEveryDays: 30, today: '2018-11-04' },
			{ lastReviewed: '2018-10-06', reviewEveryDays: 30, today: '2018-11-04' },
			{ lastReviewed: '2022-08-07', reviewEveryDays: 30, today: '2022-09-11' },
			{ lastReviewed: '2024-02-29', reviewEveryDays: 365, today: '2025-02-28' },
			{ lastReviewed: '2025-12-31', reviewEveryDays: 180, today: '2026-01-01' },
		];
		process.env['TZ'] = 'UTC';
		const inUtc = cases.map(assessFreshness);
		process.env['TZ'] = zone;
		expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset);
		expect(cases.map(assessFreshness)).toEqual(inUtc);
	});
});
