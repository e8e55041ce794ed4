import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildXlsx, INSTRUCTIONS_SHEET, sheetName } from '../../../../src/lib/templates/xlsx.ts';
import { registerSource } from './sources.ts';

async function readBack(bytes: Uint8Array) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	return workbook;
}

describe('buildXlsx', () => {
	test('writes the declared columns, a frozen header and the example rows', async () => {
		const workbook = await readBack(await buildXlsx(registerSource()));
		const sheet = workbook.getWorksheet('RAID log');
		expect(sheet).toBeDefined();
		expect(sheet?.getRow(1).values).toEqual([undefined, 'Ref', 'RAG', 'Due', 'Days late', 'Note']);
		expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet?.getCell('A2').value).toBe('R-001');
		expect(sheet?.getCell('C2').value).toEqual(new Date('2026-12-08T00:00:00Z'));
		expect(sheet?.getColumn(5).width).toBeGreaterThan(sheet?.getColumn(1).width ?? 0);
	});

	test('offers the allowed values as a drop-down and checks dates and numbers', async () => {
		const sheet = (await readBack(await buildXlsx(registerSource()))).getWorksheet('RAID log');
		expect(sheet?.getCell('B2').dataValidation).toMatchObject({
			type: 'list',
			formulae: ['"Red,Amber,Green"'],
		});
		expect(sheet?.getCell('B501').dataValidation).toMatchObject({ type: 'list' });
		expect(sheet?.getCell('C2').dataValidation).toMatchObject({ type: 'date' });
		expect(sheet?.getCell('D2').dataValidation).toMatchObject({ type: 'decimal' });
		expect(sheet?.getCell('A2').dataValidation).toBeUndefined();
	});

	test('adds an instructions sheet with the instructions and every column', async () => {
		const sheet = (await readBack(await buildXlsx(registerSource()))).getWorksheet(
			INSTRUCTIONS_SHEET,
		);
		const cells = sheet?.getColumn(1).values.map(String) ?? [];
		expect(cells).toContain('One line per item.');
		expect(cells).toContain('Never delete a closed line.');
		for (const column of registerSource().columns) expect(cells).toContain(column.name);
		const rag = sheet?.getColumn(1).values.indexOf('RAG') ?? -1;
		expect(sheet?.getRow(rag).values).toEqual([
			undefined,
			'RAG',
			'choice',
			'yes',
			'Red, Amber, Green',
			'The rating.',
		]);
	});

	test('gives the same bytes for the same source, with every zip entry dated the review date', async () => {
		const first = await buildXlsx(registerSource());
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const second = await buildXlsx(registerSource());
		expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
		const core = new TextDecoder().decode(unzipSync(first)['docProps/core.xml']);
		expect(core).toMatch(/<dcterms:created[^>]*>2026-10-01T00:00:00Z</);
	});

	test('makes a valid sheet name of any title', () => {
		expect(sheetName('Risks: [open] / closed?')).toBe('Risks   open    closed');
		expect(sheetName('x'.repeat(40))).toHaveLength(31);
	});
});
