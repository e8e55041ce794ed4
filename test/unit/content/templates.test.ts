/**
 * Every template of the real catalog builds into files an independent reader opens: each .docx
 * (read by mammoth) holds every heading and placeholder of its source, each .xlsx (read by
 * exceljs) its columns, drop-downs and instructions, and the same source gives the same bytes.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { listContentFiles, readContentFile } from '../../../src/lib/content/files.ts';
import { plainReference } from '../../../src/schemas/common.ts';
import { templateSchema } from '../../../src/schemas/templates.ts';
import { parseDocumentTemplate, runsToText } from '../../../src/lib/templates/document.ts';
import { listPlaceholders } from '../../../src/lib/templates/placeholders.ts';
import { buildTemplateFiles } from '../../../src/lib/templates/files.ts';
import { toTemplateSource } from '../../../src/lib/templates/source.ts';
import { INSTRUCTIONS_SHEET, sheetName } from '../../../src/lib/templates/xlsx.ts';

const templates = listContentFiles('content')
	.filter((file) => file.collection === 'templates')
	.map((file) => {
		const parsed = readContentFile(file);
		const data = templateSchema(plainReference).parse(parsed.data);
		return toTemplateSource(file.id, data, parsed.body, 'Owner', 'https://pdp.example.com');
	});

const bytesOf = async (source: (typeof templates)[number], extension: string) =>
	(await buildTemplateFiles(source)).find((file) => file.fileName.endsWith(`.${extension}`))
		?.bytes ?? new Uint8Array();

describe("the catalog's templates", () => {
	test('are at least 14, of both kinds', () => {
		expect(templates.length).toBeGreaterThanOrEqual(14);
		expect(new Set(templates.map((template) => template.kind))).toEqual(
			new Set(['document', 'register']),
		);
	});

	test.each(templates.filter((template) => template.kind === 'document').map((t) => [t.id, t]))(
		'%s.docx holds every heading and placeholder of its source',
		async (_id, template) => {
			if (template.kind !== 'document') return;
			const { value: text } = await mammoth.extractRawText({
				buffer: Buffer.from(await bytesOf(template, 'docx')),
			});
			const { blocks } = parseDocumentTemplate(template.body);
			for (const block of blocks) {
				if (block.kind === 'heading') expect(text).toContain(runsToText(block.runs));
			}
			for (const name of listPlaceholders(template.body)) expect(text).toContain(`{{${name}}}`);
		},
	);

	test.each(templates.filter((template) => template.kind === 'register').map((t) => [t.id, t]))(
		'%s.xlsx has its columns, drop-downs, frozen header and instructions',
		async (_id, template) => {
			if (template.kind !== 'register') return;
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(Buffer.from(await bytesOf(template, 'xlsx')) as unknown as ArrayBuffer);
			const sheet = workbook.getWorksheet(sheetName(template.title));
			expect(sheet?.getRow(1).values).toEqual([undefined, ...template.columns.map((c) => c.name)]);
			expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
			template.columns.forEach((column, index) => {
				if (!column.allowed) return;
				expect(sheet?.getCell(2, index + 1).dataValidation.formulae).toEqual([
					`"${column.allowed.join(',')}"`,
				]);
			});
			const instructions = workbook.getWorksheet(INSTRUCTIONS_SHEET)?.getColumn(1).values ?? [];
			for (const paragraph of template.instructions) expect(instructions).toContain(paragraph);
		},
	);

	test.each(templates.map((template) => [template.id, template]))(
		'%s gives the same bytes twice',
		async (_id, template) => {
			const [first, second] = [await buildTemplateFiles(template), await buildTemplateFiles(template)];
			for (const [index, file] of first.entries()) {
				expect(Buffer.from(file.bytes).equals(Buffer.from(second[index]?.bytes ?? [])), file.fileName).toBe(true);
			}
		},
	);
});
