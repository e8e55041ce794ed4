import { describe, expect, test } from 'vitest';
import {
	buildGlossaryMatcher,
	createFirstUseFilter,
	decodeGlossaryTerm,
	describeUse,
	readTermsUsed,
	TERMS_USED_KEY,
	type GlossaryTerm,
} from '../../../../src/lib/catalog/glossary-terms.ts';

const term = (id: string, spelling: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
	id,
	term: spelling,
	expansion: undefined,
	definition: `The meaning of ${spelling}. More detail.`,
	aliases: [],
	...extra,
});

const GLOSSARY = [
	term('dqi', 'DQI', {
		expansion: 'Delivery Quality Inspection',
		aliases: ['Delivery Quality Inspection'],
	}),
	term('sow', 'SOW', { expansion: 'statement of work', aliases: ['statement of work'] }),
	term('s2d', 'S2D', { aliases: ['Sales-to-Delivery'] }),
	term('raid', 'RAID'),
	term('raid-log', 'RAID log', { aliases: ['risk log'] }),
	term('engagement', 'engagement'),
	term('sign-off', 'acceptance sign-off', { aliases: ['sign-off'] }),
	term('one-team', '#OneTeam', { aliases: ['OneTeam'] }),
	term('sprint-0', 'Sprint 0'),
	term('ww', 'WW'),
	term('ww-standards', 'WW Standards'),
];
const matcher = buildGlossaryMatcher(GLOSSARY);
const found = (text: string) =>
	matcher.findAll(text).map((match) => [match.term.id, text.slice(match.start, match.end)]);

describe('buildGlossaryMatcher', () => {
	test('matches acronyms as written and other words in any case', () => {
		expect(found('The DQI, the dqi and the Dqi.')).toEqual([['dqi', 'DQI']]);
		expect(found('Engagement, ENGAGEMENT and engagement.')).toEqual([
			['engagement', 'Engagement'],
			['engagement', 'ENGAGEMENT'],
			['engagement', 'engagement'],
		]);
	});

	test('matches an acronym inside a longer spelling as written, its other words in any case', () => {
		expect(found('Update the RAID Log, not the raid log.')).toEqual([['raid-log', 'RAID Log']]);
	});

	test('takes a plural s, lower case after an acronym', () => {
		expect(found('Two SOWs, two SOWS, three engagements.')).toEqual([
			['sow', 'SOWs'],
			['engagement', 'engagements'],
		]);
	});

	test('takes the longest spelling where spellings overlap', () => {
		expect(found('The RAID log lists each RAID item.')).toEqual([
			['raid-log', 'RAID log'],
			['raid', 'RAID'],
		]);
		expect(found('The WW Standards and WW.')).toEqual([
			['ww-standards', 'WW Standards'],
			['ww', 'WW'],
		]);
		expect(found('Get the acceptance sign-off.')).toEqual([['sign-off', 'acceptance sign-off']]);
	});

	test('matches multi-word spellings across a line break, hyphens and punctuation as written', () => {
		expect(found('Read the statement\nof work; Sales-to-Delivery and #OneTeam, Sprint 0.')).toEqual(
			[
				['sow', 'statement\nof work'],
				['s2d', 'Sales-to-Delivery'],
				['one-team', '#OneTeam'],
				['sprint-0', 'Sprint 0'],
			],
		);
	});

	test.each([
		['inside a word', 'DQIs-like ADQI engagementally disengagement'],
		['joined by a hyphen', 'pre-engagement, engagement-level, DQI-led, S2D-phase'],
		['in a host name or file name', 'proserve.example.com/engagement.md'],
		['with a digit or underscore attached', 'DQI2 DQI_x 2DQI Sprint 01'],
	])('does not match %s', (_case, text) => {
		expect(found(text)).toEqual([]);
	});

	test('matches before punctuation and a possessive', () => {
		expect(found('(DQI), DQI’s window; “engagement”.')).toEqual([
			['dqi', 'DQI'],
			['dqi', 'DQI'],
			['engagement', 'engagement'],
		]);
	});

	test('finds nothing with an empty glossary, and treats regex characters as text', () => {
		expect(buildGlossaryMatcher([]).findAll('anything at all')).toEqual([]);
		const odd = buildGlossaryMatcher([term('c-plus', 'C++ (x)'), term('dot', 'a.b')]);
		expect(odd.findAll('Use C++ (x) and a.b, not aXb.').map((match) => match.term.id)).toEqual([
			'c-plus',
			'dot',
		]);
	});
});

describe('createFirstUseFilter', () => {
	test('keeps each term once per page, across texts, aliases counting as the same term', () => {
		const keepFirstUses = createFirstUseFilter();
		const ids = (text: string) =>
			keepFirstUses(matcher.findAll(text)).map((match) => match.term.id);
		expect(ids('The Delivery Quality Inspection (DQI) and the SOW.')).toEqual(['dqi', 'sow']);
		expect(ids('Again the DQI, the statement of work and an engagement.')).toEqual(['engagement']);
		expect(ids('engagement, DQI, SOW')).toEqual([]);
	});

	test('keeps each page separate', () => {
		expect(createFirstUseFilter()(matcher.findAll('DQI'))).toHaveLength(1);
		expect(createFirstUseFilter()(matcher.findAll('DQI'))).toHaveLength(1);
	});
});

describe('decodeGlossaryTerm', () => {
	const data = {
		term: ' DQI ',
		expansion: 'Delivery Quality Inspection',
		definition: 'A self-inspection.',
		aliases: ['Delivery Quality Inspection', 3, ''],
	};

	test('keeps the fields the matcher needs, trimmed, and only string aliases', () => {
		expect(decodeGlossaryTerm('dqi', data)).toEqual({
			id: 'dqi',
			term: 'DQI',
			expansion: 'Delivery Quality Inspection',
			definition: 'A self-inspection.',
			aliases: ['Delivery Quality Inspection'],
		});
	});

	test.each([
		['a draft', { ...data, status: 'draft' }],
		['a deprecated term', { ...data, status: 'deprecated' }],
		['an everyday word its author keeps out of the text', { ...data, markInText: false }],
		['no term', { ...data, term: undefined }],
		['no definition', { ...data, definition: ' ' }],
		['not an object', 'DQI'],
		['nothing', null],
	])('leaves out %s', (_case, value) => {
		expect(decodeGlossaryTerm('dqi', value)).toBeUndefined();
	});
});

describe('describeUse', () => {
	const sow = GLOSSARY[1] as GlossaryTerm;

	test('gives the expansion for the abbreviation', () => {
		expect(describeUse(sow, 'SOWs')).toBe('statement of work');
	});

	test('gives the first sentence of the definition when the text is the expansion, or there is none', () => {
		expect(describeUse(sow, 'Statement of\nwork')).toBe('The meaning of SOW.');
		expect(describeUse(term('x', 'engagement'), 'engagement')).toBe('The meaning of engagement.');
	});

	test('cuts a long sentence short', () => {
		const long = term('x', 'x', { definition: `${'word '.repeat(80)}end.` });
		expect(describeUse(long, 'x')).toHaveLength(200);
		expect(describeUse(long, 'x').endsWith('…')).toBe(true);
	});
});

describe('readTermsUsed', () => {
	test('reads the ids a page recorded, once each', () => {
		expect(readTermsUsed({ [TERMS_USED_KEY]: ['dqi', 'sow', 'dqi'] })).toEqual(['dqi', 'sow']);
	});

	test.each([
		['no front matter', undefined],
		['no record', { title: 'x' }],
		['not a list', { [TERMS_USED_KEY]: 'dqi' }],
	])('reads nothing from %s', (_case, frontmatter) => {
		expect(readTermsUsed(frontmatter)).toEqual([]);
	});

	test('drops values that are not ids', () => {
		expect(readTermsUsed({ [TERMS_USED_KEY]: ['dqi', 3, '../x', '<b>', 'x'.repeat(300)] })).toEqual(
			['dqi'],
		);
	});
});
