import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import type { PortfolioRow } from '../../lib/engagements/portfolio.ts';
import { portfolioCsv, portfolioMarkdown } from '../../lib/engagements/portfolio-export.ts';
import type { WorkspaceCatalog } from '../../lib/engagements/types.ts';
import { downloadText } from '../shared/output.client.ts';

/** The portfolio's matrix as a file, loaded when an export is first asked for. */
export function exportPortfolio(
	format: 'csv' | 'markdown',
	rows: readonly PortfolioRow[],
	catalog: WorkspaceCatalog,
	summary: string,
): void {
	const today = toLocalCalendarDate(new Date());
	const input = { rows, gates: catalog.gates, today, summary };
	if (format === 'csv') downloadText(`portfolio-${today}.csv`, portfolioCsv(input), 'text/csv');
	else downloadText(`portfolio-${today}.md`, portfolioMarkdown(input), 'text/markdown');
}
