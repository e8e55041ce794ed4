import { describe, expect, test } from 'vitest';
import { findOpenElements, popoverIdOf } from '../../../src/markdown/term-markup.ts';

describe('findOpenElements', () => {
	test.each([
		['an opened abbr', ['<abbr title="x">'], ['abbr']],
		['a closed abbr', ['<abbr title="x">', '</abbr>'], []],
		['a link opened in one fragment', ['<a href="/x/">'], ['a']],
		['a summary inside details', ['<details>\n<summary>'], ['summary']],
		['nested kbd, one closed', ['<kbd>', '<kbd>', '</kbd>'], ['kbd']],
		['elements that allow marking', ['<mark>', '<sup>', '<span lang="fr">'], []],
		['a tag inside a comment', ['<!-- <a href="/x/"> -->'], []],
		['a self-closing tag', ['<abbr/>'], []],
		['a stray closing tag', ['</a>', '<abbr>'], ['abbr']],
	])('%s', (_case, fragments, open) => {
		expect([...findOpenElements(fragments)]).toEqual(open);
	});
});

describe('popoverIdOf', () => {
	test('is a fragment-safe id with a prefix', () => {
		expect(popoverIdOf('dqi')).toBe('pdp-term-dqi');
		expect(popoverIdOf('Sprint 0 / "x"')).toBe('pdp-term-sprint-0-x-');
	});
});
