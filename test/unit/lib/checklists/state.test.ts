import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	cleanIds,
	LIMITS,
	createStore,
	decodeStore,
	encodeStore,
	fingerprintItems,
	splitKnown,
	storageKey,
	type ChecklistStore,
} from '../../../../src/lib/checklists/state.ts';
import { decodeShare, encodeShare } from '../../../../src/lib/checklists/share-link.ts';
import { checklistStoreSchema } from '../../../../src/schemas/checklist-state.ts';

const ITEMS = ['scope-confirmed', 'raid-log-open', 'kickoff-held', 'status-report-sent'];

describe('fingerprintItems', () => {
	test('ignores order but changes when an item is added or removed', () => {
		expect(fingerprintItems(ITEMS)).toBe(fingerprintItems([...ITEMS].reverse()));
		expect(fingerprintItems([...ITEMS, 'new-item'])).not.toBe(fingerprintItems(ITEMS));
		expect(fingerprintItems(ITEMS.slice(1))).not.toBe(fingerprintItems(ITEMS));
	});
});

describe('stored runs', () => {
	test('use a prefixed, versioned key', () => {
		expect(storageKey('dqi')).toBe('pdp:checklist:v1:dqi');
	});

	test('round-trip through storage', () => {
		const store: ChecklistStore = {
			version: 1,
			active: 'b',
			runs: [
				{ id: 'a', name: 'Acme migration', checked: ['kickoff-held'], updated: 1 },
				{
					id: 'b',
					name: 'Contoso data lake',
					checked: ['scope-confirmed', 'gone-item'],
					updated: 2,
				},
			],
		};
		expect(decodeStore(encodeStore(store))).toEqual({ store });
	});

	test('start fresh when nothing is stored', () => {
		const { store, problem } = decodeStore(null);
		expect(problem).toBeUndefined();
		expect(store.runs).toHaveLength(1);
		expect(store.runs[0]?.checked).toEqual([]);
	});

	test.each([
		['garbage', '{not json', 'corrupt'],
		['a list', '[1,2,3]', 'corrupt'],
		[
			'another format version',
			JSON.stringify({ version: 2, active: 'a', runs: [] }),
			'unknown-format',
		],
		['an old unversioned format', JSON.stringify({ checked: ['a'] }), 'unknown-format'],
		['no usable run', JSON.stringify({ version: 1, active: 'a', runs: [{ id: 'a' }] }), 'corrupt'],
		['too much text', `"${'x'.repeat(LIMITS.storedChars)}"`, 'too-large'],
	])('start fresh and say why on %s', (_name, raw, problem) => {
		const decoded = decodeStore(raw);
		expect(decoded.problem).toBe(problem);
		expect(decoded.store.runs).toHaveLength(1);
	});

	test('keep well-formed runs and drop malformed ids, duplicates and prototype keys', () => {
		// Written as text: an object literal's __proto__ would set the prototype, not a key.
		const raw = JSON.stringify({
			version: 1,
			active: 'zzz',
			runs: [
				{
					id: 'a',
					name: '  Acme  ',
					checked: ['kickoff-held', 'kickoff-held', '<script>', '__proto__', 'Bad Id'],
					updated: 'x',
				},
				{ id: 'a', name: 'duplicate id', checked: [] },
				{ id: '__proto__', name: 'prototype', checked: [] },
			],
		}).replace(/}$/, ',"__proto__":{"polluted":true}}');
		const { store, problem } = decodeStore(raw);
		expect(problem).toBeUndefined();
		expect(store).toEqual({
			version: 1,
			active: 'a',
			runs: [{ id: 'a', name: 'Acme', checked: ['kickoff-held'], updated: 0 }],
		});
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	test('whatever is stored, the decoded store satisfies the stored-format schema', () => {
		const anyJson = fc.jsonValue().map((value) => JSON.stringify(value));
		const storeLike = fc
			.record({
				version: fc.constantFrom(1, 2, '1'),
				active: fc.string(),
				runs: fc.array(
					fc.record(
						{
							id: fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9]{1,8}$/)),
							name: fc.string(),
							checked: fc.array(
								fc.oneof(
									fc.string(),
									fc.constantFrom(...ITEMS),
									// Well-formed ids around the length bound, which plain strings never reach.
									fc.integer({ min: 75, max: 90 }).map((length) => 'a'.repeat(length)),
								),
							),
							updated: fc.oneof(fc.integer(), fc.string()),
						},
						{ requiredKeys: [] },
					),
				),
			})
			.map((value) => JSON.stringify(value));
		fc.assert(
			fc.property(fc.oneof(fc.string(), anyJson, storeLike), (raw) => {
				const { store } = decodeStore(raw);
				checklistStoreSchema.parse(store);
				expect(store.runs.some((run) => run.id === store.active)).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});
});

test('an item id of 80 characters is kept, one of 81 is dropped', () => {
	expect(cleanIds(['a'.repeat(80), 'b'.repeat(81)])).toEqual(['a'.repeat(80)]);
});

describe('share links', () => {
	const fingerprint = fingerprintItems(ITEMS);

	test('round-trip a run, whatever the order of its ticks', () => {
		const param = encodeShare({
			name: 'Acme migration',
			checked: ['kickoff-held', 'scope-confirmed'],
			fingerprint,
		});
		const reordered = encodeShare({
			name: 'Acme migration',
			checked: ['scope-confirmed', 'kickoff-held'],
			fingerprint,
		});
		expect(param).toBe(reordered);
		expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeShare(param, ITEMS)).toEqual({
			name: 'Acme migration',
			checked: ['kickoff-held', 'scope-confirmed'],
			unknown: [],
			fingerprint,
			stale: false,
		});
	});

	test('carry item ids, not positions, and report ids the checklist no longer has', () => {
		const param = encodeShare({
			name: 'Old',
			checked: ['kickoff-held', 'retired-item'],
			fingerprint: 'old',
		});
		expect(decodeShare(param, ITEMS)).toEqual({
			name: 'Old',
			checked: ['kickoff-held'],
			unknown: ['retired-item'],
			fingerprint: 'old',
			stale: true,
		});
	});

	test('keep names with any characters as text', () => {
		const name = '<img src=x onerror=alert(1)> Ünïcødé 🚀';
		expect(decodeShare(encodeShare({ name, checked: [], fingerprint }), ITEMS)?.name).toBe(name);
	});

	test.each([
		['empty', ''],
		['not base64', '%%%'],
		['base64 of garbage', btoa('not json')],
		['oversized', 'A'.repeat(LIMITS.shareChars + 1)],
		['no name', encodeShare({ name: '   ', checked: [], fingerprint })],
	])('reject %s', (_name, param) => {
		expect(decodeShare(param, ITEMS)).toBeUndefined();
	});

	test('decoding any string never throws and never yields ids outside the checklist', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.base64String(),
					fc
						.record({ n: fc.string(), c: fc.array(fc.string()), f: fc.string() })
						.map((value) => encodeShare({ name: value.n, checked: value.c, fingerprint: value.f })),
				),
				(param) => {
					const decoded = decodeShare(param, ITEMS);
					for (const id of decoded?.checked ?? []) expect(ITEMS).toContain(id);
					expect((decoded?.name.length ?? 0) <= LIMITS.nameLength).toBe(true);
				},
			),
			{ numRuns: 1000 },
		);
	});
});

describe('splitKnown', () => {
	test('separates ids the checklist still has from the rest, keeping order', () => {
		expect(splitKnown(['b', 'x', 'a'], new Set(['a', 'b']))).toEqual({
			known: ['b', 'a'],
			unknown: ['x'],
		});
	});
	test('a fresh store has a named, empty run', () => {
		expect(createStore('Acme', 5)).toMatchObject({
			version: 1,
			runs: [{ name: 'Acme', checked: [], updated: 5 }],
		});
	});
});
