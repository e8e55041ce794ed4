import { describe, expect, test } from 'vitest';
import { buildCsv, csvField } from '../../../../src/lib/templates/csv.ts';
import { registerSource } from './sources.ts';

describe('csvField', () => {
	test.each([
		['=1+1', "'=1+1"],
		['+44 20 7946 0000', "'+44 20 7946 0000"],
		['-2', "'-2"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tTab first', "'\tTab first"],
		['\rReturn first', `"'\rReturn first"`],
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
	])('neutralises a cell a spreadsheet would run: %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	test.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['a = b', 'a = b'],
		[3, '3'],
		[undefined, ''],
	])('quotes only what needs it: %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('buildCsv', () => {
	test('writes a byte-order mark, the header and the example rows, CRLF-ended', () => {
		expect(buildCsv(registerSource())).toBe(
			'\uFEFFRef,RAG,Due,Days late,Note\r\nR-001,Amber,2026-12-08,2,"\'=HYPERLINK(""http://x"")"\r\n',
		);
	});
});
