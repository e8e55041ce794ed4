import { describe, expect, test } from 'vitest';
import { buildDocx } from '../../../../src/lib/templates/docx.ts';
import { buildXlsx } from '../../../../src/lib/templates/xlsx.ts';
import { fixZipDates } from '../../../../src/lib/templates/zip.ts';
import { zipSync } from 'fflate';
import { documentSource, registerSource } from './sources.ts';

/** The DOS date and time of every entry in a zip's central directory. */
function entryStamps(bytes: Uint8Array): { date: number; time: number }[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const stamps: { date: number; time: number }[] = [];
	for (let offset = 0; offset + 46 <= bytes.length; offset += 1) {
		if (view.getUint32(offset, true) !== 0x02014b50) continue;
		stamps.push({
			time: view.getUint16(offset + 12, true),
			date: view.getUint16(offset + 14, true),
		});
	}
	return stamps;
}

/** 2026-10-01 at 12:00:00 as a DOS date and time. */
const REVIEWED = { date: ((2026 - 1980) << 9) | (10 << 5) | 1, time: 12 << 11 };

describe('fixZipDates', () => {
	test.each([
		['docx', () => buildDocx(documentSource())],
		['xlsx', () => buildXlsx(registerSource())],
	])('dates every entry of the %s the day it was reviewed', async (_name, build) => {
		const stamps = entryStamps(await build());
		expect(stamps.length).toBeGreaterThan(5);
		for (const stamp of stamps) expect(stamp).toEqual(REVIEWED);
	});

	test('keeps the entries and their order', () => {
		const zip = zipSync({ 'b.txt': new Uint8Array([1]), 'a.txt': new Uint8Array([2]) });
		const fixed = fixZipDates(zip, '2026-10-01');
		expect(entryStamps(fixed)).toEqual([REVIEWED, REVIEWED]);
		expect(new TextDecoder().decode(fixed)).toMatch(/b\.txt[\s\S]*a\.txt/);
	});
});
