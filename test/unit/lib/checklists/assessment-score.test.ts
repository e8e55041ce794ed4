import { describe, expect, test } from 'vitest';
import type { ItemAssessment } from '../../../../src/lib/checklists/assessment-state.ts';
import {
	assessmentFileName,
	describeCounts,
	describeScore,
	formatPercent,
	scoreAssessment,
	scoreItems,
	toAssessmentMarkdown,
	toPercent,
	type AssessedItem,
} from '../../../../src/lib/checklists/assessment-score.ts';

const item = (id: string, section?: string, required = true): AssessedItem => ({
	id,
	text: `Item ${id}`,
	role: 'Project Manager',
	required,
	section,
});

const ratings = (entries: Record<string, ItemAssessment['rating']>) =>
	new Map<string, ItemAssessment>(
		Object.entries(entries).map(([id, rating]) => [id, { rating, note: '' }]),
	);

describe('toPercent', () => {
	test.each([
		[3, 3, 100],
		[0, 3, 0],
		[1.5, 3, 50],
		[2, 3, 67],
		[1, 3, 33],
		// Rounding must not turn a shortfall into 100% or something earned into 0%.
		[199.5, 200, 99],
		[0.5, 200, 1],
	])('%d earned of %d counted is %d%%', (earned, counted, percent) => {
		expect(toPercent(earned, counted)).toBe(percent);
	});

	test('is undefined when nothing counts, never a division by zero', () => {
		expect(toPercent(0, 0)).toBeUndefined();
	});
});

describe('scoreItems', () => {
	const items = ['a', 'b', 'c', 'd', 'e'].map((id) => item(id));

	test('met counts 1, partly 0.5, not met 0; N/A leaves the denominator; unrated is reported', () => {
		const score = scoreItems(items, ratings({ a: 'met', b: 'partly', c: 'not-met', d: 'na' }));
		expect(score).toEqual({
			counts: { met: 1, partly: 1, 'not-met': 1, na: 1, unrated: 1 },
			total: 5,
			rated: 4,
			percent: 50,
		});
		expect(describeScore(score)).toBe('50% · 4 of 5 rated');
		expect(describeCounts(score.counts)).toBe('1 met, 1 partly, 1 not met, 1 not applicable');
	});

	test('N/A does not lower the score', () => {
		expect(scoreItems(items, ratings({ a: 'met', b: 'na', c: 'na' })).percent).toBe(100);
	});

	test('with nothing rated there is no score, shown as a dash', () => {
		const score = scoreItems(items, new Map());
		expect(score.percent).toBeUndefined();
		expect(formatPercent(score)).toBe('—');
		expect(describeScore(score)).toBe('— · 0 of 5 rated');
	});

	test('with everything not applicable there is no score, and it says why', () => {
		const score = scoreItems(items.slice(0, 2), ratings({ a: 'na', b: 'na' }));
		expect(score.percent).toBeUndefined();
		expect(describeScore(score)).toBe('— · 2 of 2 rated, all not applicable');
	});

	test('an empty group has no score', () => {
		expect(describeScore(scoreItems([], new Map()))).toBe('— · 0 of 0 rated');
	});

	test('a note without a rating leaves the item unrated', () => {
		const noted = new Map([['a', { note: 'Evidence to follow' }]]);
		expect(scoreItems(items, noted).counts.unrated).toBe(5);
	});

	test('an item id like `constructor` is just an id', () => {
		const score = scoreItems([item('constructor'), item('to-string')], new Map());
		expect(score.counts.unrated).toBe(2);
		expect(score.percent).toBeUndefined();
	});
});

describe('scoreAssessment', () => {
	const items = [
		item('a', 'Set-up'),
		item('b', 'Business case', false),
		item('c', 'Set-up'),
		item('d'),
		item('e', 'Business case'),
	];

	test('scores sections in the order they first appear, plus overall', () => {
		const score = scoreAssessment(items, ratings({ a: 'met', c: 'partly', b: 'not-met' }));
		expect(
			score.sections.map((section) => [section.title, section.percent, section.rated]),
		).toEqual([
			['Set-up', 75, 2],
			['Business case', 0, 1],
			['Other items', undefined, 0],
		]);
		expect(score.overall.percent).toBe(50);
	});

	test('flags only required items rated not met, and lists unrated items', () => {
		const score = scoreAssessment(items, ratings({ a: 'not-met', b: 'not-met', e: 'met' }));
		expect(score.requiredNotMet.map(({ id }) => id)).toEqual(['a']);
		expect(score.unrated.map(({ id }) => id)).toEqual(['c', 'd']);
	});

	test('a checklist without sections is one section called Items', () => {
		const score = scoreAssessment([item('a'), item('b')], ratings({ a: 'met' }));
		expect(score.sections.map(({ title }) => title)).toEqual(['Items']);
	});
});

describe('toAssessmentMarkdown', () => {
	const record = {
		title: 'Opportunity Quality Review (OQR) checklist',
		version: 'k3x9p2',
		lastReviewed: '2026-10-13',
		name: 'Acme <b>migration</b>',
		date: '2026-11-30',
		items: [
			{ ...item('scheduled', 'Set-up'), text: 'The OQR is scheduled' },
			{ ...item('reviewers', 'Set-up'), text: 'Reviewers | route are confirmed' },
			{ ...item('outcomes', 'Business case', false), text: 'Outcomes are *measurable*' },
			{ ...item('risks', 'Business case'), text: 'Delivery risks are listed' },
			{ ...item('security'), text: 'Security review held', role: 'Security lead' },
		],
		ratings: new Map<string, ItemAssessment>([
			['scheduled', { rating: 'met', note: 'Booked for 3 June' }],
			['reviewers', { rating: 'not-met', note: '<img src=x onerror=alert(1)> | a\nb' }],
			['outcomes', { rating: 'partly', note: '' }],
			['risks', { note: 'Waiting for [the RAID log](javascript:alert(1))' }],
			['security', { rating: 'na', note: '' }],
			['retired-item', { rating: 'met', note: 'kept\nfrom before' }],
		]),
	};

	test('is a review record: summary, a table per section, what is not met and not rated', () => {
		expect(toAssessmentMarkdown(record)).toBe(
			[
				'# Opportunity Quality Review (OQR) checklist: assessment',
				'',
				'- Assessment: Acme \\<b\\>migration\\</b\\>',
				'- Date: 2026-11-30',
				'- Checklist: version k3x9p2, last reviewed 2026-10-13',
				'- Overall score: 50% · 4 of 5 rated',
				'- Ratings: 1 met, 1 partly, 1 not met, 1 not applicable, 1 not rated',
				'- Required items not met: 1',
				'',
				'Met counts 1, partly 0.5 and not met 0; items rated not applicable and items not yet rated are left out of the score.',
				'',
				'## Set-up: 50% · 2 of 2 rated',
				'',
				'| Item | Role | Required | Rating | Evidence |',
				'| --- | --- | --- | --- | --- |',
				'| The OQR is scheduled | Project Manager | Yes | Met | Booked for 3 June |',
				'| Reviewers \\| route are confirmed | Project Manager | Yes | Not met | \\<img src=x onerror=alert(1)\\> \\| a<br>b |',
				'',
				'## Business case: 50% · 1 of 2 rated',
				'',
				'| Item | Role | Required | Rating | Evidence |',
				'| --- | --- | --- | --- | --- |',
				'| Outcomes are \\*measurable\\* | Project Manager | No | Partly | |',
				'| Delivery risks are listed | Project Manager | Yes | Not rated | Waiting for \\[the RAID log\\](javascript:alert(1)) |',
				'',
				'## Other items: — · 1 of 1 rated, all not applicable',
				'',
				'| Item | Role | Required | Rating | Evidence |',
				'| --- | --- | --- | --- | --- |',
				'| Security review held | Security lead | Yes | Not applicable | |',
				'',
				'## Required items not met',
				'',
				'- Reviewers \\| route are confirmed (Set-up)',
				'',
				'## Not yet rated',
				'',
				'- Delivery risks are listed (Business case)',
				'',
				'## No longer in this checklist',
				'',
				'- retired-item: Met. kept<br>from before',
				'',
			].join('\n'),
		);
	});

	test('keeps every table row on one line with its five cells, whatever the notes hold', () => {
		const hostile = '|\n| --- |\r\n<script>alert(1)</script>\\|';
		const markdown = toAssessmentMarkdown({
			...record,
			ratings: new Map(record.items.map(({ id }) => [id, { rating: 'met', note: hostile }])),
		});
		const rows = markdown.split('\n').filter((line) => line.startsWith('| Item '));
		expect(rows.length).toBe(3);
		for (const line of markdown.split('\n').filter((row) => row.startsWith('|'))) {
			expect(line.split(/(?<!\\)\|/).length - 2, line).toBe(5);
		}
		expect(markdown).not.toMatch(/(?<!\\)<(?!br>)/);
	});

	test('links the exact state exported, right under the summary, as one well-formed link', () => {
		const url = 'https://pdp.example/checklists/oqr/#assess=eyJuIjoiQSJ9';
		const markdown = toAssessmentMarkdown({ ...record, stateUrl: url });
		expect(markdown).toContain(
			`- Required items not met: 1\n- [Open this assessment as exported](${url})\n\nMet counts 1`,
		);
		expect(toAssessmentMarkdown(record)).not.toContain('Open this assessment');
		const hostile = toAssessmentMarkdown({
			...record,
			stateUrl: 'https://pdp.example/a b)(<x>#assess=1',
		});
		expect(hostile).toContain('(https://pdp.example/a%20b%29%28%3Cx%3E#assess=1)');
	});

	test('says so when nothing is open', () => {
		const markdown = toAssessmentMarkdown({
			...record,
			version: undefined,
			lastReviewed: undefined,
			ratings: new Map(record.items.map(({ id }) => [id, { rating: 'met', note: '' }])),
		});
		expect(markdown).not.toContain('- Checklist:');
		expect(markdown).toContain('## Required items not met\n\nNone.\n');
		expect(markdown).toContain('## Not yet rated\n\nNone: every item is rated.\n');
		expect(markdown).not.toContain('No longer in this checklist');
		expect(markdown).toContain('- Overall score: 100% · 5 of 5 rated');
	});
});

describe('assessmentFileName', () => {
	test.each([
		['Acme migration', 'oqr-assessment-acme-migration-2026-11-30.md'],
		['Acme <b>Migration</b> / Phase 2', 'oqr-assessment-acme-b-migration-b-phase-2-2026-11-30.md'],
		['Café déjà vu', 'oqr-assessment-cafe-deja-vu-2026-11-30.md'],
		['../../etc/passwd', 'oqr-assessment-etc-passwd-2026-11-30.md'],
		['日本語', 'oqr-assessment-untitled-2026-11-30.md'],
		['x'.repeat(200), `oqr-assessment-${'x'.repeat(60)}-2026-11-30.md`],
	])('names the download for “%s” safely', (name, fileName) => {
		expect(assessmentFileName('oqr', name, '2026-11-30')).toBe(fileName);
	});
});
