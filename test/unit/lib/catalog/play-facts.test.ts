import { describe, expect, test } from 'vitest';
import {
	describeMinutes,
	describePeople,
	listPlayFacts,
	runningBucket,
} from '../../../../src/lib/catalog/play-facts.ts';

describe('describeMinutes', () => {
	test.each([
		[30, '30 min'],
		[45, '45 min'],
		[60, '1 hour'],
		[90, '90 min'],
		[120, '2 hours'],
		[150, '2 hours 30 min'],
		[480, '1 day'],
		[720, '1 day 4 hours'],
		[2400, '1 week'],
		[4800, '2 weeks'],
		[3360, '1 week 2 days'],
	])('%i minutes is "%s"', (minutes, words) => {
		expect(describeMinutes(minutes)).toBe(words);
	});
});

describe('runningBucket', () => {
	test.each([
		[1, 'under-1h'],
		[59, 'under-1h'],
		[60, '1h-4h'],
		[240, '1h-4h'],
		[241, '4h-1d'],
		[479, '4h-1d'],
		[480, '1d-plus'],
		[4800, '1d-plus'],
	])('%i minutes falls in %s', (minutes, bucket) => {
		expect(runningBucket(minutes)).toBe(bucket);
	});
});

describe('the line under a playbook title', () => {
	test('says every fact given, in order, in words', () => {
		expect(
			listPlayFacts({
				preparation: 120,
				running: 90,
				people: { min: 3, max: 8 },
				difficulty: 'medium',
			}),
		).toEqual([
			{ label: 'Prep time', value: '2 hours' },
			{ label: 'Run time', value: '90 min' },
			{ label: 'People', value: '3–8' },
			{ label: 'Difficulty', value: 'Medium' },
		]);
	});

	test('leaves out what is not given, and is empty without facts', () => {
		expect(listPlayFacts({ people: { min: 10, max: null } })).toEqual([
			{ label: 'People', value: '10+' },
		]);
		expect(listPlayFacts(undefined)).toEqual([]);
		expect(describePeople({ min: 4, max: 4 })).toBe('4');
	});
});
