import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Table } from 'mdast';
import { describe, expect, test } from 'vitest';
import { portfolioRows, type PortfolioRow } from '../../../../src/lib/engagements/portfolio.ts';
import {
	portfolioCsv,
	portfolioMarkdown,
	type PortfolioExportInput,
} from '../../../../src/lib/engagements/portfolio-export.ts';
import { arbitraryWork, catalog, sampleWork } from './fixtures.ts';

/** A test's own CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let at = 0; at < text.length; at++) {
		const character = text[at]!;
		if (quoted) {
			if (character === '"' && text[at + 1] === '"') {
				field += '"';
				at++;
			} else if (character === '"') quoted = false;
			else field += character;
		} else if (character === '"') quoted = true;
		else if (character === ',') {
			row.push(field);
			field = '';
		} else if (character === '\r' && text[at + 1] === '\n') {
			rows.push([...row, field]);
			[row, field] = [[], ''];
			at++;
		} else field += character;
	}
	return rows;
}

/** What a spreadsheet must see in a cell: a leading formula character defused with a quote. */
const defused = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** Names, customers and file names as hostile as a record file may carry. */
const arbitraryText = fc.oneof(
	fc.string({ maxLength: 20 }),
	fc.constantFrom(
		'=HYPERLINK("http://x")',
		'+1',
		'-2',
		'@SUM(A1)',
		'a,b',
		'say "hi"',
		'a|b',
		'x\ny',
	),
);

const inputOf = (rows: PortfolioRow[]): PortfolioExportInput => ({
	rows,
	gates: catalog.gates,
	today: '2027-03-01',
	summary: '2 engagements · …',
});

const arbitraryRows = fc
	.array(
		fc.record({
			work: arbitraryWork,
			file: fc.option(arbitraryText, { nil: undefined }),
			customer: arbitraryText,
		}),
		{ maxLength: 5 },
	)
	.map((entries) =>
		portfolioRows(
			entries.map(({ work, file, customer }) => ({
				work: { ...work, engagement: { ...work.engagement, customer } },
				file,
			})),
			catalog,
			'2027-03-01',
		),
	);

describe('portfolioCsv', () => {
	test('gives back every cell through a CSV reader, formulas defused, one row per engagement', () => {
		fc.assert(
			fc.property(arbitraryRows, (rows) => {
				const csv = portfolioCsv(inputOf(rows));
				expect(csv.endsWith('\r\n')).toBe(true);
				const [head, ...body] = parseCsv(csv);
				expect(head).toEqual([
					'Engagement',
					'Customer',
					'Source',
					'Archived',
					'Operational quality review',
					'Customer satisfaction',
					'DQI window',
					'Open actions',
					'Overdue actions',
					'Overdue items',
				]);
				expect(body).toHaveLength(rows.length);
				body.forEach((cells, index) => {
					const row = rows[index]!;
					expect(cells.slice(0, 4)).toEqual(
						[row.name, row.customer, row.source, row.archived ? 'yes' : 'no'].map(defused),
					);
					expect(cells[5]).toBe('No checklist');
					expect(cells.slice(7).map(Number)).toEqual([
						row.openActions,
						row.overdueActions,
						row.overdueItems,
					]);
				});
			}),
		);
	});
});

describe('portfolioMarkdown', () => {
	test('a GFM reader finds one table row per engagement, each cell the text it was given', () => {
		fc.assert(
			fc.property(arbitraryRows, (rows) => {
				const markdown = portfolioMarkdown(inputOf(rows));
				const tree = fromMarkdown(markdown, {
					extensions: [gfmTable()],
					mdastExtensions: [gfmTableFromMarkdown()],
				});
				const table = tree.children.find((node): node is Table => node.type === 'table');
				if (rows.length === 0) {
					expect(table).toBeUndefined();
					expect(markdown).toContain('No engagement is shown.');
					return;
				}
				expect(table?.children).toHaveLength(rows.length + 1);
				table!.children.slice(1).forEach((line, index) => {
					const row = rows[index]!;
					const cells = line.children.map((cell) => toString(cell));
					expect(cells).toHaveLength(8);
					// A line break is written as <br>, which a reader keeps as HTML.
					const flat = (text: string) => text.trim().replace(/\r\n?|\n/g, '<br>');
					expect(cells[0]).toBe(`${flat(row.name)}${row.archived ? ' (archived)' : ''}`);
					expect(cells[2]).toBe(flat(row.source));
				});
			}),
		);
	});

	test('escapes a pipe in a name, so the table keeps its columns', () => {
		const work = sampleWork();
		work.engagement.name = 'Acme | phase 2';
		const rows = portfolioRows([{ work, file: 'a|b.json' }], catalog, '2027-03-01');
		const lines = portfolioMarkdown(inputOf(rows)).split('\n');
		expect(lines.slice(0, 3)).toEqual(['# Portfolio', '', '2 engagements · … · 2027-03-01']);
		expect(lines).toContain(
			'| Acme \\| phase 2 | Acme | a\\|b.json | Not met | No checklist | — | 1 | 1 |',
		);
	});
});
