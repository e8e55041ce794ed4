/**
 * A register template as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads accents, CRLF
 * line ends). A cell a spreadsheet would read as a formula (starting `=`, `+`, `-`, `@`, a tab or a
 * carriage return) is written with a leading `'`, so opening the file runs nothing (OWASP's advice
 * on CSV injection). Pure code.
 */
import type { RegisterTemplateSource } from './source.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text as a CSV field: neutralised if a spreadsheet would run it, quoted if needed. */
export function csvField(value: string | number | undefined): string {
	let text = value === undefined ? '' : String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of a register: the header row, then its example rows. */
export function buildCsv(template: RegisterTemplateSource): string {
	const rows = [
		template.columns.map((column) => column.name),
		...template.examples.map((example) => template.columns.map((column) => example[column.name])),
	];
	return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
