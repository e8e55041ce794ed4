import { describe, expect, test } from 'vitest';
import { listHeadings } from '../../../../src/lib/content/markdown-headings.ts';

describe('listHeadings', () => {
	test('finds ATX and setext headings with their lines, skipping code blocks', () => {
		const markdown = [
			'## Purpose',
			'',
			'Text',
			'',
			'```md',
			'## Not a heading',
			'```',
			'',
			'Steps',
			'-----',
			'',
			'### Detail',
		].join('\n');
		expect(listHeadings(markdown)).toEqual([
			{ depth: 2, text: 'Purpose', line: 1 },
			{ depth: 2, text: 'Steps', line: 9 },
			{ depth: 3, text: 'Detail', line: 12 },
		]);
		expect(listHeadings(markdown, 3).map((heading) => heading.text)).toEqual(['Detail']);
	});

	test('reads the text of headings with inline markup', () => {
		expect(listHeadings('## When *to* use `it`')[0]?.text).toBe('When to use it');
	});
});
