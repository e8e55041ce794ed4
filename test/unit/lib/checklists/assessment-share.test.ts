import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	decodeAssessmentShare,
	encodeAssessmentShare,
	type SharedAssessment,
} from '../../../../src/lib/checklists/assessment-share.ts';
import {
	cleanNote,
	RATINGS,
	type ItemAssessment,
} from '../../../../src/lib/checklists/assessment-state.ts';
import { fingerprintItems } from '../../../../src/lib/checklists/state.ts';
import { encodeBase64Url } from '../../../../src/lib/checklists/share-link.ts';
import { ASSESSMENT_LIMITS } from '../../../../src/schemas/storage-limits.ts';

const ITEMS = ['scope-confirmed', 'raid-log-open', 'kickoff-held', 'status-report-sent'];
const fingerprint = fingerprintItems(ITEMS);
const share = (ratings: [string, ItemAssessment][], name = 'Acme migration'): SharedAssessment => ({
	name,
	ratings: new Map(ratings),
	fingerprint,
});
const raw = (value: unknown) => encodeBase64Url(JSON.stringify(value));

describe('assessment share links', () => {
	test('round-trip name, ratings and notes, whatever the order of the ratings', () => {
		const ratings: [string, ItemAssessment][] = [
			['scope-confirmed', { rating: 'met', note: 'Signed SOW, 3 June\nsee folder' }],
			['kickoff-held', { rating: 'not-met', note: '' }],
			['raid-log-open', { note: 'Asked the PM' }],
		];
		const { param, shortened } = encodeAssessmentShare(share(ratings));
		expect(shortened).toBe(0);
		expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(encodeAssessmentShare(share([...ratings].reverse())).param).toBe(param);
		expect(decodeAssessmentShare(param ?? '', ITEMS)).toEqual({
			name: 'Acme migration',
			ratings: new Map(ratings),
			fingerprint,
			stale: false,
		});
	});

	test('keep ratings of ids the checklist no longer has, and say the link is for another version', () => {
		const { param } = encodeAssessmentShare({
			...share([['retired-item', { rating: 'partly', note: 'gone' }]]),
			fingerprint: 'old',
		});
		const decoded = decodeAssessmentShare(param ?? '', ITEMS);
		expect(decoded?.stale).toBe(true);
		expect([...(decoded?.ratings.keys() ?? [])]).toEqual(['retired-item']);
	});

	test('shorten notes to fit the bound, marking each cut, rather than make a longer link', () => {
		const long = 'Evidence: '.repeat(50);
		const ratings = ITEMS.map((id): [string, ItemAssessment] => [
			id,
			{ rating: 'met', note: long },
		]);
		const { param, shortened } = encodeAssessmentShare(share(ratings), 1_200);
		expect(shortened).toBe(ITEMS.length);
		expect(param?.length).toBeLessThanOrEqual(1_200);
		const decoded = decodeAssessmentShare(param ?? '', ITEMS);
		for (const id of ITEMS) {
			const note = decoded?.ratings.get(id)?.note ?? '';
			expect(note.endsWith('…')).toBe(true);
			expect(long.startsWith(note.slice(0, -1))).toBe(true);
			expect(decoded?.ratings.get(id)?.rating).toBe('met');
		}
		// The cut is as long as fits: one character more for every note would not.
		const cap = Array.from(decoded?.ratings.get(ITEMS[0] ?? '')?.note ?? '').length - 1;
		expect(cap).toBeGreaterThan(0);
	});

	test('notes that fit are not cut, even when other notes are', () => {
		const { param, shortened } = encodeAssessmentShare(
			share([
				['scope-confirmed', { rating: 'met', note: 'x'.repeat(500) }],
				['kickoff-held', { rating: 'met', note: 'short' }],
			]),
			600,
		);
		expect(shortened).toBe(1);
		expect(decodeAssessmentShare(param ?? '', ITEMS)?.ratings.get('kickoff-held')?.note).toBe(
			'short',
		);
	});

	test('make no link when even without notes it would be too long', () => {
		const ratings = Array.from({ length: 400 }, (_, index): [string, ItemAssessment] => [
			`item-${String(index)}-${'a'.repeat(60)}`,
			{ rating: 'met', note: '' },
		]);
		expect(encodeAssessmentShare(share(ratings))).toEqual({ param: undefined, shortened: 0 });
	});

	test.each([
		['not base64', '!!!'],
		['not JSON', encodeBase64Url('{oops')],
		['an array', raw([1, 2])],
		['no name', raw({ f: fingerprint, r: [] })],
		['ratings not a list', raw({ n: 'A', f: fingerprint, r: { 'kickoff-held': 'met' } })],
		['too long', raw({ n: 'A', f: '', r: [], pad: 'x'.repeat(ASSESSMENT_LIMITS.shareChars) })],
		['invalid UTF-8', encodeBase64Url('x').replace(/.$/, '_')],
	])('refuse a damaged link: %s', (_name, param) => {
		expect(decodeAssessmentShare(param, ITEMS)).toBeUndefined();
	});

	test('keep only well-formed ratings: ids, ratings and notes checked, duplicates and prototype keys dropped', () => {
		const decoded = decodeAssessmentShare(
			raw({
				n: '  Acme\u0000 ',
				f: 42,
				r: [
					['kickoff-held', 'met', 'ok'],
					['kickoff-held', 'not-met', 'second'],
					['__proto__', 'met'],
					['constructor', 'partly'],
					['Bad Id', 'met'],
					['scope-confirmed', 'excellent', 'note kept'],
					['raid-log-open', 'na', 'a\u0007b'],
					['status-report-sent', 7],
					'not-an-entry',
					['x'.repeat(81), 'met'],
				],
			}),
			ITEMS,
		);
		expect(decoded?.name).toBe('Acme');
		expect(decoded?.fingerprint).toBe('');
		expect(decoded?.stale).toBe(true);
		expect([...(decoded?.ratings ?? [])]).toEqual([
			['kickoff-held', { rating: 'met', note: 'ok' }],
			['constructor', { rating: 'partly', note: '' }],
			['scope-confirmed', { note: 'note kept' }],
			['raid-log-open', { rating: 'na', note: 'a b' }],
		]);
		expect(Object.prototype).not.toHaveProperty('met');
	});

	test('refuse a link longer than the bound, however well-formed (it also keeps ratings bounded)', () => {
		const many = Array.from({ length: 2_000 }, (_, index) => [`i${String(index)}`, 'met']);
		expect(decodeAssessmentShare(raw({ n: 'A', f: '', r: many }), ITEMS)).toBeUndefined();
	});

	test('never throws, and whatever it returns is well-formed and bounded', () => {
		const entry = fc.tuple(
			fc.oneof(fc.constantFrom(...ITEMS, '__proto__'), fc.string()),
			fc.oneof(fc.constantFrom(...RATINGS, ''), fc.string(), fc.integer()),
			fc.oneof(fc.string({ maxLength: 600 }), fc.integer()),
		);
		const shareLike = fc
			.record({ n: fc.oneof(fc.string(), fc.integer()), f: fc.string(), r: fc.array(entry) })
			.map((value) => encodeBase64Url(JSON.stringify(value)));
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.base64String(), shareLike, fc.jsonValue().map(raw)),
				(param) => {
					const decoded = decodeAssessmentShare(param, ITEMS);
					if (!decoded) return;
					expect(decoded.name.length).toBeGreaterThan(0);
					expect(decoded.name.length).toBeLessThanOrEqual(ASSESSMENT_LIMITS.nameLength);
					expect(decoded.ratings.size).toBeLessThanOrEqual(ASSESSMENT_LIMITS.ratingsPerAssessment);
					for (const [id, { rating, note }] of decoded.ratings) {
						expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
						expect(rating === undefined || RATINGS.includes(rating)).toBe(true);
						expect(note.length).toBeLessThanOrEqual(ASSESSMENT_LIMITS.noteLength);
						expect(rating !== undefined || note !== '').toBe(true);
					}
				},
			),
			{ numRuns: 500 },
		);
	});

	test('any assessment round-trips within the bound: ratings exact, notes whole or cut with a mark', () => {
		const assessment = fc
			.uniqueArray(
				fc.tuple(
					fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,2}$/),
					fc.record({
						rating: fc.constantFrom(...RATINGS),
						note: fc.string({ maxLength: ASSESSMENT_LIMITS.noteLength, unit: 'grapheme-ascii' }),
					}),
				),
				{ selector: ([id]) => id, maxLength: 40 },
			)
			.map((ratings) => share(ratings as [string, ItemAssessment][]));
		fc.assert(
			fc.property(assessment, (original) => {
				const { param, shortened } = encodeAssessmentShare(original);
				expect(param).toBeDefined();
				expect(param?.length).toBeLessThanOrEqual(ASSESSMENT_LIMITS.shareChars);
				const decoded = decodeAssessmentShare(param ?? '', ITEMS);
				expect(decoded?.ratings.size).toBe(original.ratings.size);
				let cut = 0;
				for (const [id, { rating, note }] of original.ratings) {
					const back = decoded?.ratings.get(id);
					expect(back?.rating).toBe(rating);
					const clean = cleanNote(note);
					if (back?.note !== clean) {
						cut += 1;
						expect(back?.note.endsWith('…')).toBe(true);
						expect(clean.startsWith(back?.note.slice(0, -1) ?? '')).toBe(true);
					}
				}
				expect(cut).toBe(shortened);
			}),
			{ numRuns: 200 },
		);
	});
});
