/**
 * The portfolio's matrix as files, the rows as the reader filtered and sorted them: CSV for a
 * spreadsheet (cells that could run as formulas defused) and Markdown for a report (every text
 * escaped, so a name holding `|` cannot break the table).
 */
import { csvField } from '../checklists/export.ts';
import { inline, markdownTable } from './markdown.ts';
import { actionsText, dqiText, gateText, type PortfolioRow } from './portfolio.ts';
import type { WorkspaceGate } from './types.ts';

/** What the exports need: the rows in order, the catalog's gates and the day. */
export interface PortfolioExportInput {
	rows: readonly PortfolioRow[];
	gates: readonly Pick<WorkspaceGate, 'name'>[];
	/** The export's date, YYYY-MM-DD. */
	today: string;
	/** The summary line the page shows above the matrix. */
	summary: string;
}

/**
 * One row per engagement: `Engagement,Customer,Source,Archived`, each gate's status, the DQI
 * window, open and overdue actions and overdue items; CRLF line ends.
 */
export function portfolioCsv(input: PortfolioExportInput): string {
	const rows = [
		[
			'Engagement',
			'Customer',
			'Source',
			'Archived',
			...input.gates.map(({ name }) => name),
			'DQI window',
			'Open actions',
			'Overdue actions',
			'Overdue items',
		],
		...input.rows.map((row) => [
			row.name,
			row.customer,
			row.source,
			row.archived ? 'yes' : 'no',
			...row.gates.map(gateText),
			dqiText(row.dqi),
			String(row.openActions),
			String(row.overdueActions),
			String(row.overdueItems),
		]),
	];
	return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The matrix as a Markdown table under a heading and the summary line. */
export function portfolioMarkdown(input: PortfolioExportInput): string {
	const rows = input.rows.map((row) => [
		`${inline(row.name)}${row.archived ? ' (archived)' : ''}`,
		inline(row.customer) || '—',
		inline(row.source),
		...row.gates.map(gateText),
		dqiText(row.dqi),
		actionsText(row),
		String(row.overdueItems),
	]);
	return [
		'# Portfolio',
		'',
		`${inline(input.summary)} · ${input.today}`,
		'',
		...(rows.length > 0
			? markdownTable(
					[
						'Engagement',
						'Customer',
						'Source',
						...input.gates.map(({ name }) => inline(name)),
						'DQI window',
						'Open actions',
						'Overdue items',
					],
					rows,
				)
			: ['No engagement is shown.']),
		'',
	].join('\n');
}
