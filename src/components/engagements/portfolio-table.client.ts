import {
	dqiParts,
	gateShortName,
	gateText,
	type PortfolioRow,
	type UnmetSummary,
} from '../../lib/engagements/portfolio.ts';
import type { PortfolioColumn, PortfolioSort } from '../../lib/engagements/portfolio-view.ts';
import type { WorkspaceGate } from '../../lib/engagements/types.ts';
import { engagementPath, link, make, part } from './workspace-ui.client.ts';

/** A column of the matrix: what it sorts by, its heading, and its full name for screen readers. */
interface Column {
	column: PortfolioColumn;
	label: string;
	full?: string;
}

function columnsOf(gates: readonly WorkspaceGate[]): Column[] {
	return [
		{ column: 'name', label: 'Engagement' },
		...gates.map((gate, index): Column => {
			const label = gateShortName(gate.name);
			return {
				column: `gate:${index}`,
				label,
				...(label === gate.name ? {} : { full: gate.name }),
			};
		}),
		{ column: 'dqi', label: 'DQI window' },
		{ column: 'actions', label: 'Open actions' },
		{ column: 'overdue', label: 'Overdue items' },
	];
}

/** A column's heading: a button that sorts by it, the current order marked with `aria-sort`. */
function heading({ column, label, full }: Column, sort: PortfolioSort): HTMLTableCellElement {
	const cell = make('th');
	cell.scope = 'col';
	const button = make('button', 'pdp-pf__sort');
	button.type = 'button';
	button.dataset['sort'] = column;
	if (full) {
		button.title = full;
		button.append(make('span', 'sr-only', `${full}: `), label);
	} else button.append(label);
	if (sort.column === column) {
		cell.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
		const arrow = make('span', 'pdp-pf__arrow', sort.descending ? '▼' : '▲');
		arrow.setAttribute('aria-hidden', 'true');
		button.append(arrow);
	}
	cell.append(button);
	return cell;
}

/** The first cell: the name (linked to its page when it is kept in this browser), the customer and the source. */
function nameCell(row: PortfolioRow): HTMLTableCellElement {
	const cell = make('th', 'pdp-pf__name');
	cell.scope = 'row';
	cell.append(
		row.file === undefined ? link(engagementPath(row.id), row.name) : make('span', '', row.name),
	);
	const facts = [row.customer, row.source, row.archived ? 'Archived' : ''].filter(Boolean);
	cell.append(make('span', 'pdp-pf__detail', facts.join(' · ')));
	return cell;
}

/** A cell with its text, a smaller second line when given, and a class for its colour cue. */
function cell(text: string, className = '', detail = ''): HTMLTableCellElement {
	const element = make('td', className, text);
	if (detail) element.append(make('span', 'pdp-pf__detail', detail));
	return element;
}

/** The DQI window's cell: its state, and the days under it. */
function dqiCell(row: PortfolioRow): HTMLTableCellElement {
	const className = `pdp-pf__dqi pdp-pf__dqi--${row.dqi?.state ?? 'none'}`;
	if (!row.dqi) return cell('—', className);
	const [state, detail] = dqiParts(row.dqi);
	return cell(state, className, detail);
}

/**
 * The matrix as one table, built off the page and put in at once: a row per engagement, a column
 * per gate, each gate's status in words with a colour cue.
 */
export function matrixTable(
	rows: readonly PortfolioRow[],
	gates: readonly WorkspaceGate[],
	sort: PortfolioSort,
): HTMLTableElement {
	const table = make('table', 'pdp-ws__table pdp-sticky-start pdp-pf__matrix');
	table.createCaption().textContent =
		'Engagements by gate: each gate’s status, the DQI window, open actions and overdue items';
	table.caption!.className = 'sr-only';
	table
		.createTHead()
		.insertRow()
		.append(...columnsOf(gates).map((column) => heading(column, sort)));
	const body = table.createTBody();
	for (const row of rows) {
		const line = body.insertRow();
		line.append(
			nameCell(row),
			...row.gates.map((status) =>
				cell(gateText(status), `pdp-pf__status pdp-pf__status--${status ?? 'none'}`),
			),
			dqiCell(row),
			cell(
				String(row.openActions),
				'',
				row.overdueActions > 0 ? `${String(row.overdueActions)} overdue` : '',
			),
			cell(String(row.overdueItems), row.overdueItems > 0 ? 'pdp-pf__late' : ''),
		);
	}
	return table;
}

/** The most often unmet items, each linked to its checklist item, with its guidance. */
function unmetItems(summary: UnmetSummary, engagements: number): HTMLLIElement[] {
	const of = `${String(engagements)} ${engagements === 1 ? 'engagement' : 'engagements'}`;
	return summary.items.map(({ checklist, item, engagements: count }) => {
		const entry = make('li');
		entry.append(link(`${checklist.url}#${item.id}`, item.text));
		entry.append(
			make('p', 'pdp-ws__meta', `Falls short in ${String(count)} of ${of} · ${checklist.title}`),
		);
		if (item.guidance.length > 0) {
			const guidance = make('p', 'pdp-ws__meta', 'Guidance: ');
			item.guidance.forEach((guide, index) => {
				if (index > 0) guidance.append(' · ');
				guidance.append(link(guide.url, guide.title));
			});
			entry.append(guidance);
		}
		return entry;
	});
}

/** "Most often unmet": what it counts, the items, and how many more fall short. */
export function drawUnmet(root: HTMLElement, unmet: UnmetSummary, engagements: number): void {
	part(root, 'unmet-text').hidden = unmet.items.length === 0;
	part(root, 'unmet-none').hidden = unmet.items.length > 0;
	part(root, 'unmet').replaceChildren(...unmetItems(unmet, engagements));
	const more = part(root, 'unmet-more');
	more.hidden = unmet.more === 0;
	more.textContent = `${String(unmet.more)} more ${unmet.more === 1 ? 'item falls' : 'items fall'} short, each in as many engagements or fewer.`;
}
