import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	ASSESSMENT_LIMITS,
	RATINGS,
	assessmentStorageKey,
	createAssessmentStore,
	decodeAssessmentStore,
	deleteActiveAssessment,
	encodeAssessmentStore,
	updateActiveAssessment,
	updateItem,
	clearItemRating,
	type AssessmentStore,
} from '../../../../src/lib/checklists/assessment-state.ts';
import { assessmentStoreSchema } from '../../../../src/schemas/assessment-state.ts';

const ITEMS = ['scheduled-in-technical-validation', 'cbos-measurable', 'risks-reviewed'];

function stored(value: unknown): string {
	return JSON.stringify(value);
}

function storeWith(ratings: unknown): string {
	return stored({
		version: 1,
		active: 'acme',
		assessments: [{ id: 'acme', name: 'Acme migration', ratings, updated: 5 }],
	});
}

describe('stored assessments', () => {
	test('use a prefixed, versioned key of their own', () => {
		expect(assessmentStorageKey('oqr')).toBe('pdp:assessment:v1:oqr');
	});

	test('round-trip through storage, retired item ids and note-only entries included', () => {
		const store: AssessmentStore = {
			version: 1,
			active: 'b',
			assessments: [
				{ id: 'a', name: 'Acme migration', ratings: new Map(), updated: 1 },
				{
					id: 'b',
					name: 'Contoso data lake',
					ratings: new Map([
						['cbos-measurable', { rating: 'partly', note: 'Two of three CBOs\nhave a baseline' }],
						['retired-item', { rating: 'met', note: '' }],
						['risks-reviewed', { note: 'Waiting for the RAID log' }],
					]),
					updated: 2,
				},
			],
		};
		expect(decodeAssessmentStore(encodeAssessmentStore(store))).toEqual({ store });
	});

	test('start fresh, without a problem, when nothing is stored', () => {
		const { store, problem } = decodeAssessmentStore(null);
		expect(problem).toBeUndefined();
		expect(store.assessments).toHaveLength(1);
		expect(store.assessments[0]?.name).toBe('My assessment');
		expect(store.assessments[0]?.ratings.size).toBe(0);
	});

	test.each([
		['garbage', '{not json', 'corrupt'],
		['an empty string', '', 'corrupt'],
		['a list', '[1,2,3]', 'corrupt'],
		['null', 'null', 'corrupt'],
		['a future version', stored({ version: 2, active: 'a', assessments: [] }), 'unknown-format'],
		['a version as text', stored({ version: '1', active: 'a', assessments: [] }), 'unknown-format'],
		[
			'an unversioned old format',
			stored({ ratings: { 'cbos-measurable': 'met' } }),
			'unknown-format',
		],
		['a checklist run store', stored({ version: 1, active: 'a', runs: [{ id: 'a' }] }), 'corrupt'],
		[
			'no usable assessment',
			stored({ version: 1, active: 'a', assessments: [{ id: 'A!' }] }),
			'corrupt',
		],
		['too much text', `"${'x'.repeat(ASSESSMENT_LIMITS.storedChars)}"`, 'too-large'],
	])('start fresh and say why on %s', (_name, raw, problem) => {
		const decoded = decodeAssessmentStore(raw);
		expect(decoded.problem).toBe(problem);
		expect(decoded.store.assessments).toHaveLength(1);
		expect(decoded.store.assessments[0]?.ratings.size).toBe(0);
	});

	test('keep well-formed ratings; drop unknown ratings, malformed ids and empty entries', () => {
		const { store, problem } = decodeAssessmentStore(
			storeWith({
				'cbos-measurable': { rating: 'met', note: 'Signed off by the customer' },
				'risks-reviewed': { rating: 'excellent', note: 'kept: the note is evidence' },
				'scheduled-in-technical-validation': { rating: 'maybe', note: '' },
				'Bad Id': { rating: 'met', note: '' },
				'<script>': { rating: 'met', note: '' },
				'not-an-object': 'met',
				'a-list': ['met'],
				'null-entry': null,
			}),
		);
		expect(problem).toBeUndefined();
		expect([...(store.assessments[0]?.ratings ?? [])]).toEqual([
			['cbos-measurable', { rating: 'met', note: 'Signed off by the customer' }],
			['risks-reviewed', { note: 'kept: the note is evidence' }],
		]);
	});

	test('bound names, notes, assessments and ratings', () => {
		const ratings = Object.fromEntries(
			Array.from({ length: ASSESSMENT_LIMITS.ratingsPerAssessment + 20 }, (_, index) => [
				`item-${index}`,
				{ rating: 'met', note: 'n'.repeat(ASSESSMENT_LIMITS.noteLength + 100) },
			]),
		);
		const assessments = Array.from({ length: ASSESSMENT_LIMITS.assessments + 5 }, (_, index) => ({
			id: `a${index}`,
			name: index === 0 ? 'N'.repeat(200) : `Engagement ${index}`,
			ratings: index === 0 ? ratings : {},
			updated: index,
		}));
		const raw = stored({ version: 1, active: 'a0', assessments });
		expect(raw.length).toBeLessThan(ASSESSMENT_LIMITS.storedChars);
		const { store, problem } = decodeAssessmentStore(raw);
		expect(problem).toBeUndefined();
		expect(store.assessments).toHaveLength(ASSESSMENT_LIMITS.assessments);
		const [first] = store.assessments;
		expect(first?.name).toHaveLength(ASSESSMENT_LIMITS.nameLength);
		expect(first?.ratings.size).toBe(ASSESSMENT_LIMITS.ratingsPerAssessment);
		expect(first?.ratings.get('item-0')?.note).toHaveLength(ASSESSMENT_LIMITS.noteLength);
	});

	test('keep hostile notes as plain text, without control characters', () => {
		const note = '<img src=x onerror=alert(1)> | pipes\r\nand a NUL\u0000 and a tab\t';
		const { store } = decodeAssessmentStore(storeWith({ 'cbos-measurable': { note } }));
		expect(store.assessments[0]?.ratings.get('cbos-measurable')).toEqual({
			note: '<img src=x onerror=alert(1)> | pipes\nand a NUL  and a tab ',
		});
	});

	test('pick the first assessment when the active one is missing, and drop duplicate ids', () => {
		const raw = stored({
			version: 1,
			active: 'gone',
			assessments: [
				{ id: 'b', name: ' Beta ', ratings: {}, updated: 'yesterday' },
				{ id: 'b', name: 'Duplicate', ratings: {}, updated: 1 },
				{ id: 'c', name: '   ', ratings: {}, updated: 1 },
			],
		});
		expect(decodeAssessmentStore(raw)).toEqual({
			store: {
				version: 1,
				active: 'b',
				assessments: [{ id: 'b', name: 'Beta', ratings: new Map(), updated: 0 }],
			},
		});
	});
});

describe('prototype keys in storage', () => {
	const hostile = storeWith({ constructor: { rating: 'met', note: '' } })
		.replace('"ratings":{', '"ratings":{"__proto__":{"rating":"met","note":"x","polluted":true},')
		.replace(/}$/, ',"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');

	test('never reach Object.prototype', () => {
		expect(hostile).toContain('"__proto__":{"rating"');
		decodeAssessmentStore(hostile);
		const encoded = encodeAssessmentStore(decodeAssessmentStore(hostile).store);
		decodeAssessmentStore(encoded);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	});

	test('a `constructor` item is plain data; `__proto__` is not an item id', () => {
		const ratings = decodeAssessmentStore(hostile).store.assessments[0]?.ratings;
		expect([...(ratings?.keys() ?? [])]).toEqual(['constructor']);
		expect(ratings?.get('toString')).toBeUndefined();
		const fresh = createAssessmentStore().assessments[0]!;
		expect(fresh.ratings.get('constructor')).toBeUndefined();
		const rated = updateItem(fresh, 'constructor', { rating: 'na' }, 9);
		expect(
			JSON.parse(
				encodeAssessmentStore({
					...createAssessmentStore(),
					assessments: [rated],
					active: rated.id,
				}),
			),
		).toMatchObject({ assessments: [{ ratings: { constructor: { rating: 'na', note: '' } } }] });
	});
});

describe('clearItemRating', () => {
	const empty = createAssessmentStore('Acme', 1).assessments[0]!;

	test('takes back a rating and keeps the evidence note', () => {
		const rated = updateItem(empty, 'risks-reviewed', { rating: 'not-met', note: 'See RAID' }, 2);
		const cleared = clearItemRating(rated, 'risks-reviewed', 3);
		expect(cleared.ratings.get('risks-reviewed')).toEqual({ note: 'See RAID' });
		expect(rated.ratings.get('risks-reviewed')?.rating).toBe('not-met');
		expect(cleared.updated).toBe(3);
	});

	test('leaves no entry behind when there was no note', () => {
		const rated = updateItem(empty, 'risks-reviewed', { rating: 'met' });
		expect(clearItemRating(rated, 'risks-reviewed').ratings.has('risks-reviewed')).toBe(false);
	});
});

describe('updateItem', () => {
	const empty = createAssessmentStore('Acme', 1).assessments[0]!;

	test('sets a rating, then a note, without touching the original', () => {
		const rated = updateItem(empty, 'cbos-measurable', { rating: 'partly' }, 2);
		const noted = updateItem(rated, 'cbos-measurable', { note: 'Baseline missing' }, 3);
		expect(empty.ratings.size).toBe(0);
		expect(noted.ratings.get('cbos-measurable')).toEqual({
			rating: 'partly',
			note: 'Baseline missing',
		});
		expect(noted.updated).toBe(3);
	});

	test('removes an entry whose note is cleared and which has no rating', () => {
		const noted = updateItem(empty, 'risks-reviewed', { note: 'draft' });
		expect(updateItem(noted, 'risks-reviewed', { note: '' }).ratings.has('risks-reviewed')).toBe(
			false,
		);
	});

	test('cuts a pasted note to the limit', () => {
		const long = updateItem(empty, 'risks-reviewed', { note: 'x'.repeat(900) });
		expect(long.ratings.get('risks-reviewed')?.note).toHaveLength(ASSESSMENT_LIMITS.noteLength);
	});
});

describe('changing the store', () => {
	const store: AssessmentStore = {
		version: 1,
		active: 'b',
		assessments: [
			{ id: 'a', name: 'Acme', ratings: new Map(), updated: 1 },
			{ id: 'b', name: 'Contoso', ratings: new Map(), updated: 1 },
		],
	};

	test('changes only the shown assessment', () => {
		const changed = updateActiveAssessment(store, (assessment) => ({ ...assessment, name: 'New' }));
		expect(changed.assessments.map(({ name }) => name)).toEqual(['Acme', 'New']);
		expect(store.assessments[1]?.name).toBe('Contoso');
	});

	test('deleting shows the first assessment left, and the last leaves a fresh one', () => {
		const left = deleteActiveAssessment(store);
		expect(left.active).toBe('a');
		expect(left.assessments.map(({ id }) => id)).toEqual(['a']);
		const fresh = deleteActiveAssessment(left);
		expect(fresh.assessments).toHaveLength(1);
		expect(fresh.assessments[0]).toMatchObject({ name: 'My assessment' });
		expect(fresh.assessments[0]?.id).not.toBe('a');
	});
});

describe('whatever is stored', () => {
	test('decodes to a store whose encoding the stored-format schema accepts', () => {
		const itemId = fc.oneof(
			fc.constantFrom(...ITEMS, '__proto__', 'constructor', 'toString', 'Bad Id', ''),
			fc.string(),
		);
		const entry = fc.oneof(
			fc.record(
				{
					rating: fc.oneof(fc.constantFrom(...RATINGS), fc.string(), fc.integer()),
					note: fc.oneof(fc.string({ maxLength: 700 }), fc.integer()),
				},
				{ requiredKeys: [] },
			),
			fc.jsonValue(),
		);
		const storeLike = fc
			.record({
				version: fc.constantFrom(1, 2, '1'),
				active: fc.oneof(fc.string(), fc.constantFrom('a', 'b')),
				assessments: fc.array(
					fc.record(
						{
							id: fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9]{1,8}$/)),
							name: fc.string(),
							ratings: fc.oneof(fc.dictionary(itemId, entry), fc.jsonValue()),
							updated: fc.oneof(fc.integer(), fc.string(), fc.double()),
						},
						{ requiredKeys: [] },
					),
				),
			})
			.map((value) => JSON.stringify(value));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((value) => JSON.stringify(value)),
					storeLike,
				),
				(raw) => {
					const { store } = decodeAssessmentStore(raw);
					const encoded = encodeAssessmentStore(store);
					assessmentStoreSchema.parse(JSON.parse(encoded));
					expect(store.assessments.some((assessment) => assessment.id === store.active)).toBe(true);
					expect(decodeAssessmentStore(encoded)).toEqual({ store });
					expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
				},
			),
			{ numRuns: 500 },
		);
	});
});
