import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeBase64Url } from '../../../../src/lib/checklists/share-link.ts';
import type { EngagementWork } from '../../../../src/lib/engagements/record.ts';
import {
	decodeEngagementShare,
	encodeEngagementShare,
} from '../../../../src/lib/engagements/share.ts';
import { arbitraryWork, catalog, sampleWork } from './fixtures.ts';

/** What a share carries: everything but ids of runs and assessments, names and times. */
function carried(work: EngagementWork) {
	const { engagement } = work;
	return {
		id: engagement.id,
		fields: [
			engagement.name,
			engagement.customer,
			engagement.start,
			engagement.end,
			engagement.sow,
			engagement.notes,
		],
		phaseDates: engagement.phaseDates,
		checked: new Map([...work.runs].map(([id, run]) => [id, run.checked])),
		ratings: new Map([...work.assessments].map(([id, assessment]) => [id, assessment.ratings])),
	};
}

function roundTrip(work: EngagementWork, maxChars?: number) {
	const { param, shortened } = encodeEngagementShare(work, catalog, maxChars);
	return {
		param,
		shortened,
		decoded: param === undefined ? undefined : decodeEngagementShare(param, catalog),
	};
}

describe('the engagement share link', () => {
	test('carries the fields, phase dates, ticks and ratings', () => {
		const { param, shortened, decoded } = roundTrip(sampleWork());
		expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(shortened).toBe(0);
		expect(decoded && carried(decoded)).toEqual(carried(sampleWork()));
	});

	test('gives runs and assessments fresh ids and the engagement’s name, and links them', () => {
		const decoded = roundTrip(sampleWork()).decoded;
		const run = decoded?.runs.get('oqr');
		const assessment = decoded?.assessments.get('oqr');
		expect(run?.name).toBe('Acme migration');
		expect(assessment?.name).toBe('Acme migration');
		expect(run?.id).not.toBe('run2');
		expect(decoded?.engagement.checklists).toContainEqual({
			checklist: 'oqr',
			run: run?.id,
			assessment: assessment?.id,
		});
	});

	test('any work reads back as it was', () => {
		fc.assert(
			fc.property(arbitraryWork, (work) => {
				const { param, decoded } = roundTrip(work, 100_000);
				expect(param).toBeDefined();
				if (param && param.length <= 8_000)
					expect(decoded && carried(decoded)).toEqual(carried(work));
			}),
			{ numRuns: 200 },
		);
	});

	test('shortens notes to fit, marked with …, then drops them', () => {
		const work = sampleWork();
		work.engagement.notes = 'n'.repeat(2_000);
		const whole = encodeEngagementShare(work, catalog).param ?? '';
		const { param, shortened } = encodeEngagementShare(work, catalog, whole.length - 300);
		expect(shortened).toBe(1);
		const notes = decodeEngagementShare(param ?? '', catalog)?.engagement.notes ?? '';
		expect(notes.endsWith('…')).toBe(true);
		expect(notes.length).toBeGreaterThan(1_500);
		const ratings = new Map(
			[...(work.assessments.get('oqr')?.ratings ?? [])].flatMap(([id, { rating }]) =>
				rating ? [[id, { rating, note: '' }] as const] : [],
			),
		);
		const bare = encodeEngagementShare(
			{
				...work,
				engagement: { ...work.engagement, notes: '' },
				assessments: new Map([['oqr', { id: 'ass1', name: 'Acme OQR', ratings, updated: 5 }]]),
			},
			catalog,
		);
		const withoutNotes = bare.param?.length ?? 0;
		const dropped = encodeEngagementShare(work, catalog, withoutNotes);
		expect(dropped.param?.length).toBeLessThanOrEqual(withoutNotes);
		const read =
			dropped.param === undefined ? undefined : decodeEngagementShare(dropped.param, catalog);
		expect(read?.engagement.notes).toBe('');
		expect(read?.assessments.get('oqr')?.ratings.has('constructor')).toBe(false);
		expect(read?.assessments.get('oqr')?.ratings.get('scope-agreed')).toEqual({
			rating: 'met',
			note: '',
		});
		expect(dropped.shortened).toBe(4);
	});

	test('is no link when even without notes it does not fit', () => {
		expect(encodeEngagementShare(sampleWork(), catalog, 50)).toEqual({
			param: undefined,
			shortened: 0,
		});
	});

	test('never exceeds its bound, even a few characters short of the whole link', () => {
		fc.assert(
			fc.property(arbitraryWork, fc.integer({ min: 1, max: 40 }), (work, short) => {
				const whole = encodeEngagementShare(work, catalog, 100_000).param ?? '';
				const { param } = encodeEngagementShare(work, catalog, whole.length - short);
				if (param !== undefined) expect(param.length).toBeLessThanOrEqual(whole.length - short);
			}),
			{ numRuns: 150 },
		);
	});

	test('never exceeds its bound', () => {
		fc.assert(
			fc.property(arbitraryWork, fc.integer({ min: 0, max: 9_000 }), (work, maxChars) => {
				const { param } = encodeEngagementShare(work, catalog, maxChars);
				if (param !== undefined) expect(param.length).toBeLessThanOrEqual(maxChars);
				expect((encodeEngagementShare(work, catalog).param ?? '').length).toBeLessThanOrEqual(
					8_000,
				);
			}),
			{ numRuns: 150 },
		);
	});
});

describe('decodeEngagementShare', () => {
	const share = (value: unknown) => encodeBase64Url(JSON.stringify(value));
	const minimal = { n: 'Acme', s: '2027-01-04', e: '2027-06-30' };

	test.each([
		['not base64url', '!!!'],
		['not JSON', encodeBase64Url('{')],
		['an array', share([1])],
		['no name', share({ ...minimal, n: '' })],
		['an end before the start', share({ ...minimal, e: '2026-01-01' })],
		['longer than its bound', 'A'.repeat(8_001)],
		['deep nesting', encodeBase64Url(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
	])('gives nothing for %s', (_, param) => {
		expect(decodeEngagementShare(param, catalog)).toBeUndefined();
	});

	test('cleans as a record file is cleaned, and keeps prototypes clean', () => {
		const text = JSON.stringify({
			...minimal,
			p: [
				['__proto__', '2027-01-04', '2027-01-05'],
				['launch', '2027-01-04', '2027-01-05'],
				'x',
				[1],
			],
			k: [
				[
					'oqr',
					['scope-agreed', 'BAD', 'gone'],
					[['__proto__', 'met'], ['constructor', 'na', 'ok'], ['scope-agreed', 'bad-rating'], 7],
				],
				['kickoff-ready', 'x', [['agenda-agreed', 'met']]],
				['unknown', []],
				'junk',
			],
		}).replace('{', '{"__proto__":{"polluted":true},');
		const work = decodeEngagementShare(encodeBase64Url(text), catalog);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(work?.engagement.phaseDates).toEqual(
			new Map([['launch', { start: '2027-01-04', end: '2027-01-05' }]]),
		);
		expect(work?.runs.get('oqr')?.checked).toEqual(['scope-agreed', 'gone']);
		expect([...(work?.assessments.get('oqr')?.ratings ?? [])]).toEqual([
			['constructor', { rating: 'na', note: 'ok' }],
		]);
		expect(work?.runs.has('kickoff-ready')).toBe(false);
		expect(work?.assessments.has('kickoff-ready')).toBe(false);
		expect(work?.engagement.id).toMatch(/^[a-z0-9]{1,24}$/);
	});

	test('never throws, whatever the fragment holds', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json().map(encodeBase64Url),
					fc.anything().map((value) => encodeBase64Url(JSON.stringify(value) ?? '')),
					fc
						.record({
							n: fc.string(),
							s: fc.constant('2027-01-04'),
							e: fc.constant('2027-06-30'),
							p: fc.jsonValue(),
							k: fc.jsonValue(),
						})
						.map((value) => encodeBase64Url(JSON.stringify(value))),
				),
				(param) => {
					const work = decodeEngagementShare(param, catalog);
					if (work)
						expect(work.engagement.checklists.length).toBeLessThanOrEqual(
							catalog.checklists.length,
						);
					expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
				},
			),
			{ numRuns: 500 },
		);
	});
});
