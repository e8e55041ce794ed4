import { describe, expect, test } from 'vitest';
import { suggestClosest } from '../../../../src/lib/content/problems.ts';

describe('suggestClosest ("did you mean")', () => {
	test('suggests the nearest candidate, whatever the case', () => {
		expect(suggestClosest('engagement-manger', ['consultant', 'engagement-manager'])).toBe(
			'engagement-manager',
		);
		expect(suggestClosest('TAGS', ['tags', 'title'])).toBe('tags');
	});

	test('tolerates one edit per three letters, and at least one', () => {
		expect(suggestClosest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
		expect(suggestClosest('abcdefghi', ['abcdewxyz'])).toBeUndefined();
		expect(suggestClosest('ab', ['ac'])).toBe('ac');
		expect(suggestClosest('ab', ['cd'])).toBeUndefined();
	});

	test('suggests nothing from no candidates', () => {
		expect(suggestClosest('anything', [])).toBeUndefined();
	});
});
