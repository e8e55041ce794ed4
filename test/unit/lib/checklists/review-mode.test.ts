import { describe, expect, test } from 'vitest';
import { opensAssessMode, sharedAssessmentOf } from '../../../../src/lib/checklists/review-mode.ts';

describe('the fragment that chooses a mode', () => {
	test.each([
		['#assess', true],
		['#assess-this-gate', true],
		['#assess=eyJuIjoiQSJ9', true],
		['#assess=', true],
		['', false],
		['#dqi-window-confirmed', false],
		['#section-preparation', false],
		['#assessment', false],
		['#assess-set-up', false],
	])('%j opens Assess mode: %s', (hash, expected) => {
		expect(opensAssessMode(hash)).toBe(expected);
	});

	test('a shared assessment is the value after #assess=', () => {
		expect(sharedAssessmentOf('#assess=abc_-1')).toBe('abc_-1');
		expect(sharedAssessmentOf('#assess=')).toBe('');
		expect(sharedAssessmentOf('#assess')).toBeUndefined();
		expect(sharedAssessmentOf('#shared=abc')).toBeUndefined();
	});
});
