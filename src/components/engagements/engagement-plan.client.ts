import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { ENGAGEMENT_LIMITS, ACTION_STATUSES } from '../../schemas/storage-limits.ts';
import { formatLongDate } from '../../lib/browser/dates.ts';
import { formatPercent, type Score } from '../../lib/checklists/assessment-score.ts';
import {
	ACTION_STATUS_LABELS,
	improvementPlan,
	isOpenAction,
	setAction,
	SHORT_LABELS,
	type PlanAction,
} from '../../lib/engagements/actions.ts';
import {
	compareMilestones,
	comparisonMarkdown,
	describeChange,
	describeItemChange,
	gateShortName,
	milestoneLabel,
	milestonesOf,
	pointsChange,
	ratingsOf,
	saveMilestone,
	type ComparedSide,
	type ItemChange,
	type MilestoneComparison,
} from '../../lib/engagements/milestones.ts';
import type { EngagementPlan } from '../../lib/engagements/plan.ts';
import type { EngagementWork } from '../../lib/engagements/record.ts';
import { updateEngagement } from '../../lib/engagements/store.ts';
import type {
	Engagement,
	EngagementStore,
	WorkspaceCatalog,
	WorkspaceChecklist,
} from '../../lib/engagements/types.ts';
import { toSlug } from '../../lib/slug.ts';
import { downloadText } from '../shared/output.client.ts';
import { link, make, part } from './workspace-ui.client.ts';
import { svg } from './svg.client.ts';

/*
 * The engagement page's improvement plan and milestones, loaded once the page has drawn (both sit
 * below the fold): the actions with their forms, and per assessed gate the saved milestones, the
 * form that saves one and the comparison of any two, as a chart with its table.
 */

/** What the page gives this module each time it draws. */
export interface PlanContext {
	root: HTMLElement;
	catalog: WorkspaceCatalog;
	work: EngagementWork;
	plan: EngagementPlan;
	/** The reader's own engagements, or undefined in a shared (read-only) view. */
	store: EngagementStore | undefined;
	save: (store: EngagementStore) => void;
}

let context: PlanContext | undefined;
/** The action whose form is open, by key; it stays open across redraws until saved or cancelled. */
let editing: string | undefined;
/** The sides each checklist's comparison shows, by checklist id: milestone ids or `now`. */
const compared = new Map<string, [string, string]>();
const NOW = 'now';

/** Draws the plan and the milestones from the page's current state. */
export function renderPlan(next: PlanContext): void {
	const first = !context;
	context = next;
	if (first) {
		for (const name of ['plan', 'milestones']) {
			const container = part(next.root, name);
			container.addEventListener('submit', onSubmit);
			container.addEventListener('click', onClick);
			container.addEventListener('change', onChange);
		}
	}
	drawPlan(next);
	drawMilestones(next);
}

const keyOf = (action: PlanAction) => `${action.checklist.id}/${action.item.id}`;

function drawPlan({ root, catalog, work, plan, store }: PlanContext): void {
	const today = toLocalCalendarDate(new Date());
	const actions = improvementPlan(work, catalog, plan, today);
	const open = actions.filter(({ entry }) => isOpenAction(entry)).length;
	const overdue = actions.filter((action) => action.overdue).length;
	const container = part(root, 'plan');
	const summary = make(
		'p',
		'',
		actions.length === 0
			? 'Nothing falls short at the gates so far. Items rated partly or not met, and required items not ticked once a gate is started or its window has closed, become actions here.'
			: `${String(actions.length)} ${actions.length === 1 ? 'action' : 'actions'}: ${String(open)} open, ${String(overdue)} overdue. Each is an item that falls short at a gate; give it an owner, a date and a status.`,
	);
	const full = work.engagement.actions.length >= ENGAGEMENT_LIMITS.actionsPerEngagement;
	const bound = full
		? make(
				'p',
				'pdp-ws__meta',
				`This engagement keeps decisions on ${String(ENGAGEMENT_LIMITS.actionsPerEngagement)} actions, the most it can.`,
			)
		: '';
	if (actions.length === 0) return void container.replaceChildren(summary);
	const table = make('table', 'pdp-ws__table pdp-ws__plan');
	table.createCaption().textContent = 'Improvement plan: actions by due date';
	table.caption!.className = 'sr-only';
	const head = table.createTHead().insertRow();
	for (const text of ['Action', 'Owner', 'Due', 'Status'])
		head.append(Object.assign(make('th', '', text), { scope: 'col' }));
	const body = table.createTBody();
	for (const action of actions) body.append(...actionRows(catalog, action, Boolean(store)));
	container.replaceChildren(summary, bound, table);
}

/** A table cell with the name of its column, which narrow screens show beside the value. */
function cell(column: string, ...content: (string | Node)[]): HTMLTableCellElement {
	const element = make('td');
	element.dataset['column'] = column;
	element.append(...content);
	return element;
}

/** An action's row, and its form's row under it while it is being edited. */
function actionRows(
	catalog: WorkspaceCatalog,
	action: PlanAction,
	editable: boolean,
): HTMLTableRowElement[] {
	const row = make('tr');
	const name = make('th');
	name.scope = 'row';
	const unticked = action.because === 'unticked';
	const item = link(
		`${action.checklist.url}${unticked ? `#${action.item.id}` : '#assess'}`,
		action.item.text,
	);
	item.dataset['open'] = action.checklist.id;
	item.dataset['kind'] = unticked ? 'run' : 'assessment';
	const why = action.because ? SHORT_LABELS[action.because] : 'No longer falls short';
	const meta = make('span', 'pdp-ws__links', `${shortName(catalog, action.checklist)} · ${why}`);
	if (action.item.guidance.length > 0) meta.append(' · Guidance: ');
	action.item.guidance.forEach((guide, index) =>
		meta.append(index > 0 ? ', ' : '', link(guide.url, guide.title)),
	);
	name.append(item, meta);
	if (action.entry.note) name.append(make('span', 'pdp-ws__note', action.entry.note));
	const due = cell('Due', formatLongDate(action.due));
	if (action.overdue) due.append(' ', make('strong', 'pdp-ws__overdue', 'Overdue'));
	const status = cell(
		'Status',
		make(
			'span',
			`pdp-ws__status pdp-ws__status--${action.entry.status}`,
			ACTION_STATUS_LABELS[action.entry.status],
		),
	);
	if (action.entry.status === 'wont-do' && action.entry.reason)
		status.append(make('span', 'pdp-ws__links', action.entry.reason));
	if (editable) {
		const edit = make('button', 'pdp-button pdp-ws__small', 'Edit');
		edit.type = 'button';
		edit.dataset['planAction'] = 'edit';
		edit.dataset['key'] = keyOf(action);
		edit.setAttribute('aria-label', `Edit action: ${action.item.text}`);
		edit.setAttribute('aria-expanded', String(editing === keyOf(action)));
		status.append(' ', edit);
	}
	row.append(name, cell('Owner', action.entry.owner || '—'), due, status);
	if (!editable || editing !== keyOf(action)) return [row];
	const formRow = make('tr', 'pdp-ws__form-row');
	const formCell = formRow.insertCell();
	formCell.colSpan = 4;
	formCell.append(actionForm(action));
	return [row, formRow];
}

/** A labelled field of the action form. */
function field(label: string, control: HTMLElement): HTMLLabelElement {
	const wrapper = make('label');
	wrapper.append(make('span', '', label), control);
	return wrapper;
}

function input(name: string, value: string, type = 'text', max = 0): HTMLInputElement {
	const element = make('input', 'pdp-field');
	Object.assign(element, { name, value, type });
	if (max) element.maxLength = max;
	return element;
}

function actionForm(action: PlanAction): HTMLFormElement {
	const form = make('form', 'pdp-panel pdp-ws__form');
	form.noValidate = true;
	form.dataset['actionForm'] = keyOf(action);
	form.setAttribute('aria-label', `Action: ${action.item.text}`);
	const status = make('select', 'pdp-field');
	status.name = 'status';
	for (const value of ACTION_STATUSES)
		status.append(
			new Option(ACTION_STATUS_LABELS[value], value, false, value === action.entry.status),
		);
	const note = make('textarea', 'pdp-field');
	Object.assign(note, { name: 'note', rows: 3, value: action.entry.note });
	note.maxLength = ENGAGEMENT_LIMITS.actionNoteLength;
	const reason = field(
		'Why it won’t be done',
		input('reason', action.entry.reason, 'text', ENGAGEMENT_LIMITS.reasonLength),
	);
	reason.hidden = action.entry.status !== 'wont-do';
	reason.dataset['reason'] = '';
	const buttons = make('p', 'pdp-ws__row');
	const save = make('button', 'pdp-button', 'Save action');
	const cancel = make('button', 'pdp-button', 'Cancel');
	cancel.type = 'button';
	cancel.dataset['planAction'] = 'cancel';
	buttons.append(save, cancel);
	form.append(
		field('Owner', input('owner', action.entry.owner, 'text', ENGAGEMENT_LIMITS.ownerLength)),
		field('Due', input('due', action.due, 'date')),
		field('Status', status),
		reason,
		field('Note', note),
		make('p', 'pdp-ws__error', ''),
		buttons,
	);
	form.querySelector<HTMLElement>('.pdp-ws__error')!.hidden = true;
	return form;
}

/** The gate's short name for a checklist ("DQI"), or the checklist's title. */
function shortName(catalog: WorkspaceCatalog, checklist: WorkspaceChecklist): string {
	const gate = catalog.gates.find((candidate) => candidate.checklist === checklist.id);
	return gate ? gateShortName(gate.name) : checklist.title;
}

/** The assessment as it is now, as a side of a comparison. */
function nowSide(work: EngagementWork, checklist: string, today: string): ComparedSide {
	return { label: 'Now', date: today, ratings: ratingsOf(work.assessments.get(checklist)) };
}

/** A checklist's milestones, then the assessment now: what a comparison can show. */
function sidesOf(
	work: EngagementWork,
	checklist: string,
	today: string,
): { id: string; side: ComparedSide }[] {
	return [
		...milestonesOf(work.engagement, checklist).map((side) => ({ id: side.id, side })),
		{ id: NOW, side: nowSide(work, checklist, today) },
	];
}

function drawMilestones({ root, catalog, work, store }: PlanContext): void {
	const today = toLocalCalendarDate(new Date());
	const { engagement } = work;
	const container = part(root, 'milestones');
	const checklists = catalog.checklists.filter(
		({ id, assessable }) =>
			assessable &&
			(work.assessments.has(id) || engagement.milestones.some((m) => m.checklist === id)),
	);
	const intro = make(
		'p',
		'',
		checklists.length === 0
			? 'Assess a gate (OQR, PESA or DQI) from the table above, then save a milestone here to compare later assessments with it.'
			: `Save a milestone to keep an assessment as it stands, then compare any two. This engagement keeps up to ${String(ENGAGEMENT_LIMITS.milestonesPerEngagement)}.`,
	);
	const sections = checklists.map((checklist) => {
		const section = make('section', 'pdp-ws__milestones');
		section.setAttribute('aria-labelledby', `milestones-${checklist.id}`);
		const heading = make('h3', '', checklist.title);
		heading.id = `milestones-${checklist.id}`;
		section.append(heading);
		const saved = milestonesOf(engagement, checklist.id);
		if (store && work.assessments.has(checklist.id))
			section.append(saveForm(catalog, engagement, checklist, today));
		if (saved.length > 0) {
			const list = make('ul', 'pdp-ws__saved');
			for (const milestone of saved) {
				const entry = make('li', '', `${milestone.label} · ${formatLongDate(milestone.date)}`);
				if (store) {
					const remove = make('button', 'pdp-button pdp-ws__small', 'Delete');
					remove.type = 'button';
					remove.dataset['planAction'] = 'delete-milestone';
					remove.dataset['id'] = milestone.id;
					remove.setAttribute('aria-label', `Delete milestone ${milestone.label}`);
					entry.append(' ', remove);
				}
				list.append(entry);
			}
			section.append(list);
		}
		if (saved.length > 0) section.append(comparison(checklist, sidesOf(work, checklist.id, today)));
		return section;
	});
	container.replaceChildren(intro, ...sections);
}

function saveForm(
	catalog: WorkspaceCatalog,
	engagement: Engagement,
	checklist: WorkspaceChecklist,
	today: string,
): HTMLElement {
	if (engagement.milestones.length >= ENGAGEMENT_LIMITS.milestonesPerEngagement)
		return make(
			'p',
			'pdp-ws__meta',
			`This engagement keeps ${String(ENGAGEMENT_LIMITS.milestonesPerEngagement)} milestones, the most it can: delete one to save another.`,
		);
	const form = make('form', 'pdp-ws__row pdp-ws__save');
	form.noValidate = true;
	form.dataset['milestoneForm'] = checklist.id;
	form.setAttribute('aria-label', `Save a milestone of ${checklist.title}`);
	const label = input(
		'label',
		milestoneLabel(shortName(catalog, checklist), engagement.start, today),
		'text',
		ENGAGEMENT_LIMITS.milestoneLabelLength,
	);
	form.append(
		field('Label', label),
		field('Date', input('date', today, 'date')),
		make('button', 'pdp-button', 'Save milestone'),
		make('p', 'pdp-ws__error', ''),
	);
	form.querySelector<HTMLElement>('.pdp-ws__error')!.hidden = true;
	return form;
}

/** The two sides chosen for a checklist: by default its latest milestone and now. */
function chosen(checklist: string, sides: { id: string }[]): [string, string] {
	const ids = sides.map(({ id }) => id);
	const [before, after] = compared.get(checklist) ?? [];
	return before && after && ids.includes(before) && ids.includes(after)
		? [before, after]
		: [ids.at(-2)!, NOW];
}

function comparison(
	checklist: WorkspaceChecklist,
	sides: { id: string; side: ComparedSide }[],
): HTMLElement {
	const [beforeId, afterId] = chosen(checklist.id, sides);
	const sideOf = (id: string) => sides.find((side) => side.id === id)!.side;
	const result = compareMilestones(checklist, sideOf(beforeId), sideOf(afterId));
	const wrapper = make('div', 'pdp-ws__compare');
	const picker = make('p', 'pdp-ws__row');
	const select = (name: string, label: string, value: string) => {
		const element = make('select', 'pdp-field');
		element.name = name;
		element.dataset['compare'] = checklist.id;
		for (const { id, side } of sides)
			element.append(
				new Option(
					id === NOW ? 'Now (the assessment as it is)' : `${side.label} (${side.date})`,
					id,
					false,
					id === value,
				),
			);
		return field(label, element);
	};
	const exportButton = make('button', 'pdp-button', 'Export comparison (Markdown)');
	exportButton.type = 'button';
	exportButton.dataset['planAction'] = 'export-comparison';
	exportButton.dataset['checklist'] = checklist.id;
	picker.append(
		select('before', 'Compare', beforeId),
		select('after', 'with', afterId),
		exportButton,
	);
	wrapper.append(
		picker,
		make('p', '', `Overall: ${describeChange(result.overall.before, result.overall.after)}.`),
		chart(result),
		scoreTable(result),
		changeList('Improved', result.improved),
		changeList('Regressed', result.regressed),
		changeList('Still not met or partly', result.stillShort),
	);
	return wrapper;
}

/** Bars per section, the earlier side above the later one; the table below carries the same numbers. */
function chart(result: MilestoneComparison): SVGSVGElement {
	const rows: { title: string; before: Score; after: Score }[] = [
		{ title: 'Overall', ...result.overall },
		...result.sections,
	];
	const [width, group, bar, left] = [480, 46, 12, 0];
	const top = 22;
	const height = top + rows.length * group;
	const graphic = svg('svg', {
		class: 'pdp-ws__chart',
		viewBox: `0 0 ${String(width)} ${String(height)}`,
		role: 'img',
		'aria-label': `Score per section: ${result.before.label} and ${result.after.label}. The table below gives the numbers.`,
	});
	const legend = (x: number, kind: string, label: string) => {
		graphic.append(
			svg('rect', { x, y: 2, width: 12, height: 12, class: `pdp-ws__chart-${kind}` }),
			svg('text', { x: x + 16, y: 12, class: 'pdp-ws__label' }, label),
		);
	};
	legend(left, 'before', result.before.label);
	legend(width / 2, 'after', result.after.label);
	const scale = width - 48;
	rows.forEach((row, index) => {
		const y = top + index * group;
		graphic.append(svg('text', { x: left, y: y + 12, class: 'pdp-ws__label' }, row.title));
		(['before', 'after'] as const).forEach((kind, offset) => {
			const percent = row[kind].percent;
			const barY = y + 16 + offset * (bar + 2);
			graphic.append(
				svg('rect', {
					x: left,
					y: barY,
					width: Math.max(1, ((percent ?? 0) / 100) * scale),
					height: bar,
					class: `pdp-ws__chart-${kind}`,
				}),
				svg(
					'text',
					{ x: left + ((percent ?? 0) / 100) * scale + 4, y: barY + 10, class: 'pdp-ws__label' },
					formatPercent(row[kind]),
				),
			);
		});
	});
	return graphic;
}

function scoreTable(result: MilestoneComparison): HTMLElement {
	const table = make('table', 'pdp-ws__table');
	table.createCaption().textContent = `Score per section: ${result.before.label} and ${result.after.label}`;
	const head = table.createTHead().insertRow();
	for (const text of ['Section', result.before.label, result.after.label, 'Change'])
		head.append(Object.assign(make('th', '', text), { scope: 'col' }));
	const body = table.createTBody();
	for (const row of [{ title: 'Overall', ...result.overall }, ...result.sections]) {
		const line = body.insertRow();
		line.append(Object.assign(make('th', '', row.title), { scope: 'row' }));
		for (const text of [
			formatPercent(row.before),
			formatPercent(row.after),
			pointsChange(row.before, row.after) ?? '—',
		])
			line.insertCell().textContent = text;
	}
	const scroll = make('div', 'pdp-ws__scroll');
	scroll.append(table);
	return scroll;
}

function changeList(title: string, changes: ItemChange[]): HTMLElement {
	const details = make('details', 'pdp-ws__changes');
	details.append(make('summary', '', `${title}: ${String(changes.length)}`));
	const list = make('ul');
	for (const change of changes)
		list.append(make('li', '', `${change.item.text}: ${describeItemChange(change)}`));
	if (changes.length === 0) list.append(make('li', '', 'None.'));
	details.append(list);
	return details;
}

/** Saves the engagement with a change, when the reader owns it. */
function change(update: (engagement: Engagement) => Partial<Engagement>): void {
	if (!context?.store) return;
	context.save(updateEngagement(context.store, context.work.engagement.id, update));
}

function showError(form: HTMLFormElement, text: string): void {
	const error = form.querySelector<HTMLElement>('.pdp-ws__error')!;
	error.textContent = text;
	error.hidden = false;
}

function onSubmit(event: Event): void {
	event.preventDefault();
	event.stopPropagation();
	const form = event.target as HTMLFormElement;
	if (!context) return;
	const values = Object.fromEntries(
		[...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : '']),
	);
	const engagement = context.work.engagement;
	const key = form.dataset['actionForm'];
	if (key) {
		const [checklist = '', item = ''] = key.split('/');
		const result = setAction(engagement, checklist, item, {
			owner: values['owner'] ?? '',
			due: values['due'] ?? '',
			status: (values['status'] ?? 'open') as PlanAction['entry']['status'],
			reason: values['status'] === 'wont-do' ? (values['reason'] ?? '') : '',
			note: values['note'] ?? '',
		});
		if (!result.ok) return showError(form, result.reason);
		editing = undefined;
		return change(() => ({ actions: result.actions }));
	}
	const checklist = form.dataset['milestoneForm'];
	const assessment = checklist && context.work.assessments.get(checklist);
	if (!checklist || !assessment) return;
	const result = saveMilestone(
		engagement,
		checklist,
		assessment,
		values['label'] ?? '',
		values['date'] ?? '',
	);
	if (!result.ok) return showError(form, result.reason);
	const saved = result.milestones.at(-1)!;
	compared.set(checklist, [saved.id, NOW]);
	change(() => ({ milestones: result.milestones }));
}

function onClick(event: Event): void {
	const control = (event.target as HTMLElement).closest<HTMLElement>('[data-plan-action]');
	if (!control || !context) return;
	switch (control.dataset['planAction']) {
		case 'edit':
			editing = editing === control.dataset['key'] ? undefined : control.dataset['key'];
			drawPlan(context);
			part(context.root, 'plan').querySelector<HTMLElement>('[data-action-form] input')?.focus();
			return;
		case 'cancel':
			editing = undefined;
			return drawPlan(context);
		case 'delete-milestone': {
			const id = control.dataset['id'];
			return change((engagement) => ({
				milestones: engagement.milestones.filter((milestone) => milestone.id !== id),
			}));
		}
		case 'export-comparison': {
			const checklist = context.catalog.checklists.find(
				({ id }) => id === control.dataset['checklist'],
			);
			if (!checklist) return;
			const today = toLocalCalendarDate(new Date());
			const sides = sidesOf(context.work, checklist.id, today);
			const [before, after] = chosen(checklist.id, sides);
			const sideOf = (id: string) => sides.find((side) => side.id === id)!.side;
			const name = toSlug(context.work.engagement.name, { maxLength: 60 }) || 'engagement';
			return downloadText(
				`${name}-${checklist.id}-comparison-${today}.md`,
				comparisonMarkdown(
					compareMilestones(checklist, sideOf(before), sideOf(after)),
					context.work.engagement.name,
				),
				'text/markdown',
			);
		}
	}
}

function onChange(event: Event): void {
	const target = event.target as HTMLElement;
	if (!context) return;
	if (target instanceof HTMLSelectElement && target.name === 'status') {
		const reason = target.form?.querySelector<HTMLElement>('[data-reason]');
		if (reason) reason.hidden = target.value !== 'wont-do';
		return;
	}
	const checklist = target.dataset['compare'];
	if (!checklist) return;
	const pickers = target.closest('.pdp-ws__compare')!.querySelectorAll<HTMLSelectElement>('select');
	compared.set(checklist, [pickers[0]!.value, pickers[1]!.value]);
	drawMilestones(context);
	part(context.root, 'milestones')
		.querySelector<HTMLElement>(
			`select[data-compare="${checklist}"][name="${target.getAttribute('name') ?? ''}"]`,
		)
		?.focus();
}
