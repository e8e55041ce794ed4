import { describe, expect, test } from 'vitest';
import { readStoredRecord } from '../../../../src/lib/browser/stored-record.ts';

describe('readStoredRecord', () => {
	test.each([null, ''])('reads %j as nothing stored', (raw) => {
		expect(readStoredRecord(raw, 100)).toEqual({ kind: 'none' });
	});

	test('returns the object a well-formed value holds', () => {
		expect(readStoredRecord('{"version":1}', 100)).toEqual({
			kind: 'record',
			record: { version: 1 },
		});
	});

	test.each([
		['not JSON', '{oops'],
		['a string', '"text"'],
		['a number', '7'],
		['null', 'null'],
		['an array', '[1]'],
		['a value longer than the limit', JSON.stringify({ pad: 'x'.repeat(200) })],
	])('calls %s corrupt', (_name, raw) => {
		expect(readStoredRecord(raw, 100)).toEqual({ kind: 'corrupt' });
	});

	test('keeps a __proto__ key as plain data, without touching any prototype', () => {
		const stored = readStoredRecord('{"__proto__":{"polluted":true}}', 100);
		expect(stored.kind).toBe('record');
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});
