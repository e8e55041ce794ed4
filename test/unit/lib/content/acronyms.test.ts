import { describe, expect, test } from 'vitest';
import { findAcronyms } from '../../../../src/lib/content/acronyms.ts';

describe('findAcronyms', () => {
	test('finds each acronym once with the line it first appears on', () => {
		const text =
			'Run the OQR before the SOW.\nThe S2D handover and D2S.\nOQR again; CSAT at the end.';
		expect(findAcronyms(text)).toEqual([
			{ acronym: 'OQR', line: 1 },
			{ acronym: 'SOW', line: 1 },
			{ acronym: 'S2D', line: 2 },
			{ acronym: 'D2S', line: 2 },
			{ acronym: 'CSAT', line: 3 },
		]);
	});

	test('skips single capitals, code, link targets, URLs and words in mixed case', () => {
		const text = [
			'I am the R in RACI? No: `XYZ` is code.',
			'```',
			'ABC inside a block',
			'```',
			'See [the guide](/playbooks/DQI-guide/) or https://example.com/PESA.',
			'ProServe and #OneTeam are not acronyms; neither is Sr.',
		].join('\n');
		expect(findAcronyms(text)).toEqual([{ acronym: 'RACI', line: 1 }]);
	});

	test('does not split hyphenated or possessive forms into false acronyms', () => {
		expect(
			findAcronyms("The DQI's window and back-to-green.").map((found) => found.acronym),
		).toEqual(['DQI']);
	});
});
