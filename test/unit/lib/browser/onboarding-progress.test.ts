import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	PROGRESS_LIMITS,
	PROGRESS_STORAGE_KEY,
	decodeProgress,
	describeProgress,
	encodeProgress,
	markStep,
	summariseProgress,
} from '../../../../src/lib/browser/onboarding-progress.ts';

const PATH = ['phases/s2d', 'playbooks/hand-over', 'phases/launch', 'playbooks/run-the-kickoff'];

describe('decodeProgress', () => {
	test('reads back what encodeProgress wrote, in the same order', () => {
		const read = new Set(['phases/launch', 'phases/s2d']);
		expect(decodeProgress(encodeProgress(read))).toEqual({ read });
	});

	test('starts empty, with no problem, when nothing is stored', () => {
		expect(decodeProgress(null)).toEqual({ read: new Set() });
	});

	test.each([
		['not JSON', '{oops', 'corrupt'],
		['a JSON string', '"phases/s2d"', 'corrupt'],
		['a JSON array', '["phases/s2d"]', 'corrupt'],
		['null', 'null', 'corrupt'],
		['another version', '{"version":2,"read":["phases/s2d"]}', 'unknown-format'],
		['no version', '{"read":["phases/s2d"]}', 'unknown-format'],
		['read that is not a list', '{"version":1,"read":"phases/s2d"}', 'corrupt'],
		[
			'an oversized value',
			`{"version":1,"read":["${'a'.repeat(PROGRESS_LIMITS.storedChars)}"]}`,
			'too-large',
		],
	])('starts fresh and says why for %s', (_name, raw, problem) => {
		expect(decodeProgress(raw)).toEqual({ read: new Set(), problem });
	});

	test('drops malformed keys quietly and keeps well-formed keys the path does not have', () => {
		const raw = JSON.stringify({
			version: 1,
			read: [
				'phases/s2d',
				42,
				null,
				'Phases/S2D',
				'phases/',
				'../etc',
				`phases/${'a'.repeat(200)}`,
				'playbooks/retired-one',
				'phases/s2d',
			],
		});
		expect([...decodeProgress(raw).read]).toEqual(['phases/s2d', 'playbooks/retired-one']);
	});

	test('keeps at most the key limit', () => {
		const keys = Array.from(
			{ length: PROGRESS_LIMITS.keys + 50 },
			(_, index) => `playbooks/p${index}`,
		);
		const { read, problem } = decodeProgress(JSON.stringify({ version: 1, read: keys }));
		expect(problem).toBeUndefined();
		expect(read.size).toBe(PROGRESS_LIMITS.keys);
	});

	test('does not take fields from a stored "__proto__" key, nor pollute prototypes', () => {
		const raw =
			'{"__proto__":{"version":1,"read":["phases/s2d"],"polluted":1},"constructor":{"prototype":{"polluted":1}}}';
		expect(decodeProgress(raw)).toEqual({ read: new Set(), problem: 'unknown-format' });
		const nested =
			'{"version":1,"read":["phases/__proto__","__proto__","constructor/prototype","phases/s2d/x"]}';
		expect(decodeProgress(nested)).toEqual({ read: new Set() });
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	test('never throws, and only ever returns well-formed keys within the limits', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc
						.array(fc.oneof(fc.string(), fc.constantFrom(...PATH)))
						.map((read) => JSON.stringify({ version: 1, read })),
				),
				(raw) => {
					const { read } = decodeProgress(raw);
					expect(read.size).toBeLessThanOrEqual(PROGRESS_LIMITS.keys);
					for (const key of read) expect(key).toMatch(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
				},
			),
		);
	});

	test('is stored under a versioned, prefixed key', () => {
		expect(PROGRESS_STORAGE_KEY).toBe('pdp:onboarding:v1');
	});
});

describe('markStep', () => {
	test('marks and unmarks a step without changing the set it was given', () => {
		const before = new Set(['phases/s2d']);
		const marked = markStep(before, 'phases/launch', true);
		expect([...marked]).toEqual(['phases/s2d', 'phases/launch']);
		expect([...markStep(marked, 'phases/s2d', false)]).toEqual(['phases/launch']);
		expect([...before]).toEqual(['phases/s2d']);
	});

	test('refuses a malformed key and keeps the newest marks at the limit', () => {
		expect(markStep(new Set(), '__proto__', true).size).toBe(0);
		const full = new Set(
			Array.from({ length: PROGRESS_LIMITS.keys }, (_, index) => `playbooks/p${index}`),
		);
		const marked = markStep(full, 'phases/s2d', true);
		expect(marked.size).toBe(PROGRESS_LIMITS.keys);
		expect(marked.has('phases/s2d')).toBe(true);
		expect(marked.has('playbooks/p0')).toBe(false);
	});
});

describe('summariseProgress', () => {
	test('counts only steps on the path and names the first unread one in path order', () => {
		const summary = summariseProgress(
			new Set(['phases/s2d', 'phases/launch', 'playbooks/retired-one']),
			PATH,
		);
		expect(summary).toEqual({ read: 2, total: 4, nextUnread: 'playbooks/hand-over' });
		expect(describeProgress(summary)).toBe('2 of 4 read');
	});

	test('has no next step once every step is read', () => {
		expect(summariseProgress(new Set(PATH), PATH)).toEqual({
			read: 4,
			total: 4,
			nextUnread: undefined,
		});
	});

	test('starts at the first step when nothing is read', () => {
		const summary = summariseProgress(new Set(), PATH);
		expect(summary.nextUnread).toBe('phases/s2d');
		expect(describeProgress(summary)).toBe('0 of 4 read');
	});
});
