/**
 * Markdown the workspace writes from what readers typed or files carried: every text escaped, so
 * a name holding `|`, `[` or a line break cannot break a table or a link.
 */
import { escapeMarkdown } from '../checklists/export.ts';

/** User text for one line or one table cell: markup and HTML escaped, line breaks as `<br>`. */
export function inline(text: string): string {
	return escapeMarkdown(text.trim()).replace(/\r\n?|\n/g, '<br>');
}

/** A link target: brackets, spaces and angle brackets escaped, so it cannot end early. */
export function target(url: string): string {
	return url.replace(
		/[()<> \t\r\n]/g,
		(character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
	);
}

/** A Markdown table: a header row, its rule, then the rows (cells already escaped). */
export function markdownTable(head: string[], rows: string[][]): string[] {
	return [
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	];
}
