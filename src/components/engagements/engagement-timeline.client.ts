import { formatLongDate } from '../../lib/browser/dates.ts';
import type { EngagementPlan } from '../../lib/engagements/plan.ts';
import { layoutTimeline } from '../../lib/engagements/timeline.ts';
import { make } from './workspace-ui.client.ts';
import { svg } from './svg.client.ts';

/** Height of one row: its label, then its bar. */
const ROW = 34;
const AXIS = 24;

const percent = (value: number) => `${value.toFixed(3)}%`;

/**
 * Draws the engagement's timeline: a row per phase, gate window and milestone on one date axis,
 * with month ticks and "today" marked. The drawing is for the eye (hidden from screen readers);
 * the same dates follow as a table that screen readers read, visually hidden.
 */
export function drawTimeline(container: HTMLElement, plan: EngagementPlan, today: string): void {
	const layout = layoutTimeline(plan, today);
	const height = layout.rows.length * ROW + AXIS;
	const drawing = svg('svg', {
		class: 'pdp-ws__timeline',
		width: '100%',
		height,
		'aria-hidden': 'true',
		focusable: 'false',
	});
	layout.ticks.forEach((tick, index) => {
		drawing.append(
			svg('line', {
				class: 'pdp-ws__tick',
				x1: percent(tick.x),
				x2: percent(tick.x),
				y1: 0,
				y2: height - AXIS + 4,
			}),
			svg(
				'text',
				{
					// Every other month's name gives way on a narrow screen; the edges' stay inside.
					class: `pdp-ws__tick-label${index % 2 ? ' pdp-ws__tick-label--minor' : ''}`,
					x: percent(tick.x),
					y: height - 6,
					'text-anchor': tick.x < 6 ? 'start' : tick.x > 94 ? 'end' : 'middle',
				},
				tick.label,
			),
		);
	});
	layout.rows.forEach((row, index) => {
		const top = index * ROW;
		const anchor = row.x > 60 ? 'end' : 'start';
		const labelX = anchor === 'end' ? row.x + row.width : row.x;
		drawing.append(
			svg(
				'text',
				{ class: 'pdp-ws__label', x: percent(labelX), y: top + 13, 'text-anchor': anchor },
				row.label,
			),
		);
		if (row.kind === 'milestone') {
			drawing.append(
				svg('circle', {
					class: `pdp-ws__mark pdp-ws__bar--${row.state}`,
					cx: percent(row.x),
					cy: top + 24,
					r: 6,
				}),
			);
		} else {
			drawing.append(
				svg('rect', {
					class: `pdp-ws__bar pdp-ws__bar--${row.kind} pdp-ws__bar--${row.state}`,
					x: percent(row.x),
					y: top + 18,
					width: percent(Math.max(row.width, 0.6)),
					height: 12,
					rx: 3,
				}),
			);
		}
	});
	if (layout.today !== undefined) {
		drawing.append(
			svg('line', {
				class: 'pdp-ws__now',
				x1: percent(layout.today),
				x2: percent(layout.today),
				y1: 0,
				y2: height - AXIS + 4,
			}),
		);
	}
	const key = make(
		'p',
		'pdp-ws__meta',
		layout.today === undefined ? '' : `The vertical line is today, ${formatLongDate(today)}.`,
	);
	key.setAttribute('aria-hidden', 'true');
	const rows = layout.rows.map((row) => {
		const tr = make('tr');
		const th = make('th', '', row.label);
		th.scope = 'row';
		tr.append(
			th,
			make('td', '', formatLongDate(row.start)),
			make('td', '', formatLongDate(row.end)),
			make('td', '', { past: 'Past', current: 'Now', future: 'To come' }[row.state]),
		);
		return tr;
	});
	// A visually hidden box around the table: a table sized by its text would widen the page.
	const hidden = make('div', 'sr-only');
	const table = make('table');
	table.createCaption().textContent = `Timeline: phases, gate windows and milestones. Today is ${formatLongDate(today)}.`;
	const head = table.createTHead().insertRow();
	for (const text of ['What', 'From', 'To', 'When'])
		head.append(Object.assign(make('th', '', text), { scope: 'col' }));
	table.createTBody().append(...rows);
	hidden.append(table);
	container.replaceChildren(drawing, key, hidden);
}
