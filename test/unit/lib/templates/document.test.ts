import { describe, expect, test } from 'vitest';
import { parseDocumentTemplate } from '../../../../src/lib/templates/document.ts';
import { outlineDocument } from '../../../../src/lib/templates/outline.ts';
import {
	findPlaceholderProblems,
	listPlaceholders,
} from '../../../../src/lib/templates/placeholders.ts';
import { documentSource } from './sources.ts';

describe('placeholders', () => {
	test('lists well-formed placeholders, trimmed, in order', () => {
		expect(listPlaceholders("{{ Customer name }} and {{Owner's date (UTC)}}, {{a/b - c}}")).toEqual(
			['Customer name', "Owner's date (UTC)", 'a/b - c'],
		);
	});

	test.each([
		['{{Unclosed', 'placeholder left unclosed: "{{Unclosed"'],
		['Closed}} only', '"}}" closes no placeholder'],
		['{{}}', 'empty placeholder "{{}}"'],
		['{{a *b*}}', 'placeholder "{{a *b*}}" holds characters a placeholder may not'],
		['{{First\nline}}', 'placeholder left unclosed: "{{First"'],
	])('reports %j', (text, message) => {
		expect(findPlaceholderProblems(text).map((problem) => problem.message)).toContain(message);
	});
});

describe('parseDocumentTemplate', () => {
	test('reads headings, guidance, lists and tables, with no problem', () => {
		const { blocks, problems } = parseDocumentTemplate(documentSource().body);
		expect(problems).toEqual([]);
		expect(blocks.map((block) => block.kind)).toEqual([
			'guidance',
			'heading',
			'paragraph',
			'table',
			'heading',
			'list',
			'heading',
			'list',
		]);
	});

	test.each([
		['# Title\n', 1, 'a level-1 heading is not allowed in a template'],
		['## A\n\n```\ncode\n```\n', 3, 'code is not supported in a template'],
		['## A\n\n| a | b |\n| - | - |\n| 1 |\n', 5, 'table row has 1 cells and the header has 2'],
		['## A\n\nText\n{{Open\n', 4, 'placeholder left unclosed: "{{Open"'],
		['Text only\n', 1, 'a document template needs at least one "## " section heading'],
	])('reports %j at line %i', (body, line, message) => {
		expect(parseDocumentTemplate(body).problems).toContainEqual(
			expect.objectContaining({ line, message }),
		);
	});

	test('outlines the sections with their guidance and placeholders', () => {
		const outline = outlineDocument(parseDocumentTemplate(documentSource().body).blocks);
		expect(outline.map((section) => [section.level, section.placeholders])).toEqual([
			[0, []],
			[1, ['Customer name', 'Red / Amber / Green', 'Why (in one line)']],
			[2, ['First step', 'Detail']],
			[1, ['Decision', 'Date']],
		]);
		expect(outline[0]?.guidance).toHaveLength(1);
	});
});
