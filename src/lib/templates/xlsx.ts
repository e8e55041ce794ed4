/**
 * A register template as an Excel workbook: the register sheet with its header row frozen and
 * filtered, sized columns, drop-downs for choice columns and checks on dates and numbers, the
 * example rows, and an Instructions sheet. Build time only.
 */
import ExcelJS from 'exceljs';
import type { ColumnType, TemplateColumn } from '../../schemas/templates.ts';
import type { RegisterTemplateSource } from './source.ts';
import { fixZipDates } from './zip.ts';

/** How many rows below the header carry the column's drop-down or check. */
export const VALIDATED_ROWS = 500;
/** The name of the sheet that explains the register. */
export const INSTRUCTIONS_SHEET = 'Instructions';

const WIDTH: Record<ColumnType, number> = {
	text: 28,
	longtext: 48,
	date: 14,
	number: 12,
	choice: 14,
	person: 22,
	link: 36,
};

function widthOf(column: TemplateColumn): number {
	const longest = Math.max(
		column.name.length,
		...(column.allowed ?? []).map((value) => value.length),
	);
	return Math.min(60, Math.max(WIDTH[column.type], longest + 4));
}

/** An Excel sheet name: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(title: string): string {
	return (
		title
			.replace(/[[\]:*?/\\]/g, ' ')
			.slice(0, 31)
			.trim() || 'Register'
	);
}

function validationOf(column: TemplateColumn): ExcelJS.DataValidation | undefined {
	const prompt = {
		showInputMessage: true,
		promptTitle: column.name,
		prompt: column.help.slice(0, 255),
	};
	const error = { showErrorMessage: true, errorStyle: 'stop', errorTitle: column.name };
	switch (column.type) {
		case 'choice':
			return {
				type: 'list',
				allowBlank: !column.required,
				formulae: [`"${(column.allowed ?? []).join(',')}"`],
				...prompt,
				...error,
				error: `Choose one of: ${(column.allowed ?? []).join(', ')}`,
			};
		case 'date':
			return {
				type: 'date',
				operator: 'greaterThan',
				allowBlank: !column.required,
				formulae: [new Date(Date.UTC(2000, 0, 1))],
				...prompt,
				...error,
				error: 'Enter a date, e.g. 2026-12-31',
			};
		case 'number':
			return {
				type: 'decimal',
				operator: 'greaterThanOrEqual',
				allowBlank: !column.required,
				formulae: [0],
				...prompt,
				...error,
				error: 'Enter a number of 0 or more',
			};
		default:
			return undefined;
	}
}

function cellValue(column: TemplateColumn, value: string | number | undefined) {
	if (value === undefined) return null;
	if (column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
		return new Date(`${String(value)}T00:00:00Z`);
	}
	return value;
}

/** The worksheet's validations by address or range, which exceljs has but its types leave out. */
interface WithDataValidations {
	dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function addRegisterSheet(workbook: ExcelJS.Workbook, template: RegisterTemplateSource): void {
	const sheet = workbook.addWorksheet(sheetName(template.title), {
		views: [{ state: 'frozen', ySplit: 1 }],
	});
	sheet.columns = template.columns.map((column) => ({
		header: column.name,
		key: column.name,
		width: widthOf(column),
		...(column.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
		...(column.type === 'longtext'
			? { style: { alignment: { wrapText: true, vertical: 'top' } } }
			: {}),
	}));
	const header = sheet.getRow(1);
	header.font = { bold: true };
	header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
	sheet.autoFilter = {
		from: { row: 1, column: 1 },
		to: { row: 1, column: template.columns.length },
	};
	for (const example of template.examples) {
		sheet.addRow(template.columns.map((column) => cellValue(column, example[column.name])));
	}
	// One validation per column range: set cell by cell, exceljs would compare 500 cells per column
	// to merge them back into this range when writing.
	const { dataValidations } = sheet as unknown as WithDataValidations;
	template.columns.forEach((column, index) => {
		const validation = validationOf(column);
		if (!validation) return;
		const letter = sheet.getColumn(index + 1).letter;
		dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, validation);
	});
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, template: RegisterTemplateSource): void {
	const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
	sheet.columns = [{ width: 24 }, { width: 12 }, { width: 10 }, { width: 30 }, { width: 70 }];
	const paragraph = (text: string, font: Partial<ExcelJS.Font> = {}) => {
		const row = sheet.addRow([text]);
		row.font = font;
		sheet.mergeCells(row.number, 1, row.number, 5);
		row.alignment = { wrapText: true, vertical: 'top' };
		row.height = Math.max(15, Math.ceil(text.length / 120) * 15);
	};
	paragraph(template.title, { bold: true, size: 14 });
	paragraph(
		`Version ${template.version}, reviewed ${template.lastReviewed}, owner ${template.owner}.`,
	);
	paragraph(template.purpose);
	sheet.addRow([]);
	for (const instruction of template.instructions) paragraph(instruction);
	sheet.addRow([]);
	const head = sheet.addRow(['Column', 'Type', 'Required', 'Allowed values', 'What goes in it']);
	head.font = { bold: true };
	for (const column of template.columns) {
		const row = sheet.addRow([
			column.name,
			column.type,
			column.required ? 'yes' : 'no',
			(column.allowed ?? []).join(', '),
			column.help,
		]);
		row.alignment = { wrapText: true, vertical: 'top' };
	}
}

/** Builds the .xlsx of a register template; the same source always gives the same bytes. */
export async function buildXlsx(template: RegisterTemplateSource): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const date = new Date(`${template.lastReviewed}T00:00:00Z`);
	workbook.creator = template.owner;
	workbook.lastModifiedBy = template.owner;
	workbook.created = date;
	workbook.modified = date;
	workbook.title = template.title;
	workbook.subject = template.summary;
	workbook.keywords = `template ${template.id} version ${template.version}`;
	workbook.description = template.purpose;
	addRegisterSheet(workbook, template);
	addInstructionsSheet(workbook, template);
	// Stored, not compressed: fixZipDates compresses every entry once as it rewrites the archive.
	const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
	return fixZipDates(new Uint8Array(buffer), template.lastReviewed);
}
