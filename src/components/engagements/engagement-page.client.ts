import { UndoOffer } from '../shared/undo.client.ts';
import { defineWorkspace } from './workspace-element.client.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { formatLongDate } from '../../lib/browser/dates.ts';
import { updateEngagement } from '../../lib/engagements/store.ts';
import {
	daysBetween,
	isOverdue,
	planEngagement,
	type EngagementPlan,
} from '../../lib/engagements/plan.ts';
import {
	checklistProgress,
	gateStatus,
	staleRatings,
	GATE_STATUS_LABELS,
} from '../../lib/engagements/status.ts';
import type { EngagementWork } from '../../lib/engagements/record.ts';
import type {
	Engagement,
	EngagementStore,
	WorkspaceCatalog,
	WorkspaceChecklist,
} from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';
import { readStores, workOf } from './workspace-work.client.ts';
import { link, make, part, showNotice } from './workspace-ui.client.ts';

/** The page's forms and the opening of a checklist, loaded when one is first used. */
const edits = () => import('./engagement-edit.client.ts');
/** The improvement plan and milestones, below the fold: loaded once the page has drawn. */
const plans = () => import('./engagement-plan.client.ts');

/** How many required items "Next up" lists. */
const NEXT_UP = 8;

const SHARE_PREFIX = '#share=';
/** The timeline's row height and the room for its axis and key, as it draws them. */
const TIMELINE_ROW = 34;
const TIMELINE_EXTRA = 24 + 40;

/** "2 March 2026 to 29 March 2026", or one date when both are the same. */
function span(start: string, end: string): string {
	return start === end
		? formatLongDate(start)
		: `${formatLongDate(start)} to ${formatLongDate(end)}`;
}

/** A row's first cell: its name, and under it the links to work on it. */
function named(name: HTMLAnchorElement, ...actions: (string | Node)[]): HTMLSpanElement {
	const cell = make('span');
	const links = make('span', 'pdp-ws__links');
	links.append(...actions);
	cell.append(name, links);
	return cell;
}

/** A table with a header row and body rows of cells (text or elements). */
function table(caption: string, head: string[], rows: (string | Node)[][]): HTMLTableElement {
	const element = make('table', 'pdp-ws__table');
	element.createCaption().textContent = caption;
	element.caption!.className = 'sr-only';
	const headRow = element.createTHead().insertRow();
	for (const text of head) headRow.append(Object.assign(make('th', '', text), { scope: 'col' }));
	const body = element.createTBody();
	for (const cells of rows) {
		const row = body.insertRow();
		cells.forEach((cell, index) => {
			const element = make(index === 0 ? 'th' : 'td');
			if (index === 0) element.scope = 'row';
			element.append(cell);
			row.append(element);
		});
	}
	return element;
}

/**
 * One engagement's page: where it stands today, the next required items by due date, each
 * phase's checklists with their progress and dates (which the reader can move), the gates with
 * their windows and status, the timeline, and the actions (edit, archive, delete with undo,
 * exports, share, print). From a share link it shows someone's engagement read-only, to save as
 * the reader's own.
 */
export class EngagementPage {
	readonly #root: HTMLElement;
	readonly #catalog: WorkspaceCatalog;
	readonly #storage: WorkspaceStorage;
	readonly #id = new URLSearchParams(location.search).get('id') ?? '';
	#store: EngagementStore = { version: 1, engagements: [] };
	/** Someone's engagement from a share link: shown read-only, never stored unless saved. */
	#shared: EngagementWork | undefined;
	#work: EngagementWork | undefined;
	#plan: EngagementPlan | undefined;
	#timelineModule: Promise<typeof import('./engagement-timeline.client.ts')> | undefined;
	#observer: IntersectionObserver | undefined;
	/** The plan the timeline shows, once drawn. */
	#drawn: EngagementPlan | undefined;
	#undo: UndoOffer<EngagementStore>;
	#editing = false;

	constructor(root: HTMLElement, catalog: WorkspaceCatalog, storage: WorkspaceStorage) {
		this.#root = root;
		this.#catalog = catalog;
		this.#storage = storage;
		this.#undo = new UndoOffer(part(root, 'undo'), part(root, 'undo-text'));
		root.addEventListener('click', (event) => this.#onClick(event));
		root.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#onSubmit(event.target as HTMLFormElement);
		});
		part(root, 'print-date').textContent = toLocalCalendarDate(new Date());
		void this.#readShare();
	}

	/** Reads a share link, once: the fragment is left as it is, so the link can be reloaded. */
	async #readShare(): Promise<void> {
		if (!location.hash.startsWith(SHARE_PREFIX)) return;
		const { decodeEngagementShare } = await import('../../lib/engagements/share.ts');
		this.#shared = decodeEngagementShare(location.hash.slice(SHARE_PREFIX.length), this.#catalog);
		if (!this.#shared) {
			showNotice(
				this.#root,
				'This share link is damaged or incomplete, so nothing can be shown from it.',
			);
		}
		this.render();
	}

	render(): void {
		// Every store read once for the whole page.
		const stores = readStores(this.#storage, this.#catalog);
		this.#store = stores.engagements;
		const own = this.#store.engagements.find(({ id }) => id === this.#id);
		const shared = this.#shared;
		const engagement = shared?.engagement ?? own;
		part(this.#root, 'shared').hidden = !shared;
		part(this.#root, 'own').hidden = Boolean(shared);
		part(this.#root, 'missing').hidden =
			Boolean(engagement) || location.hash.startsWith(SHARE_PREFIX);
		part(this.#root, 'body').hidden = !engagement;
		if (!engagement) return;
		const work = shared ?? workOf(stores, engagement);
		const plan = planEngagement(engagement, this.#catalog);
		const today = toLocalCalendarDate(new Date());
		this.#work = work;
		this.#plan = plan;
		const heading = document.querySelector('main h1');
		if (heading) heading.textContent = shared ? `${engagement.name} (shared)` : engagement.name;
		document.title = `${engagement.name} | Engagements`;
		this.#renderFacts(engagement, plan, today);
		this.#renderNext(work, plan, today);
		this.#renderPhases(work, plan, Boolean(shared));
		this.#renderGates(work, plan, today);
		void plans().then(({ renderPlan }) =>
			renderPlan({
				root: this.#root,
				catalog: this.#catalog,
				work,
				plan,
				store: shared ? undefined : this.#store,
				save: (store) => this.#save(store),
			}),
		);
		this.#timeline(plan);
		this.#renderStale(work);
		part(this.#root, 'notes').hidden = engagement.notes.trim() === '';
		part(this.#root, 'notes-text').textContent = engagement.notes;
		const form = part<HTMLFormElement>(this.#root, 'edit-form');
		form.hidden = !this.#editing || Boolean(shared);
		const archive = this.#root.querySelector<HTMLElement>('[data-action="archive"]')!;
		archive.textContent = engagement.archived ? 'Restore from archive' : 'Archive';
	}

	/**
	 * The timeline sits below the fold: its module loads as it comes near the screen (or before
	 * printing), and its room is kept from the start, so nothing moves when it is drawn.
	 */
	#timeline(plan: EngagementPlan): void {
		const container = part(this.#root, 'timeline');
		const rows = plan.phases.length + plan.gates.length + plan.milestones.length;
		container.style.minHeight = `${String(rows * TIMELINE_ROW + TIMELINE_EXTRA)}px`;
		this.#drawn = undefined;
		if (this.#timelineModule) {
			void this.#drawTimeline();
			return;
		}
		this.#observer ??= new IntersectionObserver(
			(entries) => {
				if (entries.some((entry) => entry.isIntersecting)) void this.#drawTimeline();
			},
			{ rootMargin: '100% 0px' },
		);
		this.#observer.observe(container);
	}

	async #drawTimeline(): Promise<void> {
		const plan = this.#plan;
		if (!plan || this.#drawn === plan) return;
		this.#observer?.disconnect();
		this.#timelineModule ??= import('./engagement-timeline.client.ts');
		const { drawTimeline } = await this.#timelineModule;
		drawTimeline(part(this.#root, 'timeline'), plan, toLocalCalendarDate(new Date()));
		this.#drawn = plan;
	}

	#renderFacts(engagement: Engagement, plan: EngagementPlan, today: string): void {
		part(this.#root, 'facts').textContent = [
			engagement.customer,
			engagement.sow && `SOW ${engagement.sow}`,
			span(engagement.start, engagement.end),
			engagement.archived ? 'Archived' : '',
		]
			.filter(Boolean)
			.join(' · ');
		const phase = plan.phases.find(({ start, end }) => start <= today && today <= end);
		const dqi = plan.gates.find(({ id }) => id === 'dqi');
		const day = daysBetween(engagement.start, today);
		part(this.#root, 'today').textContent = [
			phase
				? `Today, ${formatLongDate(today)}, is in ${phase.title}.`
				: today < engagement.start
					? `The engagement starts on ${formatLongDate(engagement.start)}.`
					: `The engagement's planned end, ${formatLongDate(engagement.end)}, has passed.`,
			day >= 0 ? `Day ${String(day)} since the start.` : '',
			!dqi
				? ''
				: today < dqi.start
					? `The DQI window opens on ${formatLongDate(dqi.start)}, in ${String(daysBetween(today, dqi.start))} days.`
					: today <= dqi.end
						? `The DQI window is open until ${formatLongDate(dqi.end)}, ${String(daysBetween(today, dqi.end))} days from today.`
						: `The DQI window closed on ${formatLongDate(dqi.end)}.`,
		]
			.filter(Boolean)
			.join(' ');
	}

	#checklist(id: string): WorkspaceChecklist | undefined {
		return this.#catalog.checklists.find((checklist) => checklist.id === id);
	}

	/** A link that opens the engagement's run (or assessment) of a checklist, at an item. */
	#openLink(
		checklist: WorkspaceChecklist,
		text: string,
		kind: 'run' | 'assessment',
		item = '',
	): HTMLAnchorElement {
		const anchor = link(
			`${checklist.url}${kind === 'assessment' ? '#assess' : item ? `#${item}` : ''}`,
			text,
		);
		anchor.dataset['open'] = checklist.id;
		anchor.dataset['kind'] = kind;
		return anchor;
	}

	#renderNext(work: EngagementWork, plan: EngagementPlan, today: string): void {
		const open = plan.items.filter(({ checklist, item }) => {
			const entry = this.#checklist(checklist)?.items.find(({ id }) => id === item);
			return entry?.required && !work.runs.get(checklist)?.checked.includes(item);
		});
		const list = part(this.#root, 'next');
		list.replaceChildren(
			...open.slice(0, NEXT_UP).map((due) => {
				const checklist = this.#checklist(due.checklist)!;
				const item = checklist.items.find(({ id }) => id === due.item)!;
				const entry = make('li');
				entry.append(this.#openLink(checklist, item.text, 'run', item.id));
				const overdue = isOverdue(due.due, today);
				const when = make('p', 'pdp-ws__meta');
				if (overdue) when.append(make('strong', 'pdp-ws__overdue', 'Overdue'), ' · ');
				when.append(
					`${due.from ? `Ongoing, until ${formatLongDate(due.due)}` : `Due ${formatLongDate(due.due)}`} · ${checklist.title} · ${item.role}`,
				);
				entry.append(when);
				return entry;
			}),
		);
		if (open.length === 0) list.append(make('li', '', 'Every required item is ticked.'));
		if (open.length > NEXT_UP) {
			list.append(
				make(
					'li',
					'pdp-ws__meta',
					`and ${String(open.length - NEXT_UP)} more required items not done yet, in the checklists below.`,
				),
			);
		}
	}

	#renderPhases(work: EngagementWork, plan: EngagementPlan, readOnly: boolean): void {
		const sections = plan.phases.map((phase) => {
			const section = make('section', 'pdp-ws__phase');
			section.setAttribute('aria-labelledby', `phase-${phase.id}`);
			const heading = make('h3', '', phase.title);
			heading.id = `phase-${phase.id}`;
			const dates = make(
				'p',
				'pdp-ws__meta',
				`${span(phase.start, phase.end)}${phase.moved ? ' (dates you set)' : ''}`,
			);
			section.append(heading, dates);
			if (!readOnly) {
				const change = make('button', 'pdp-button pdp-ws__small', 'Change dates');
				change.type = 'button';
				change.dataset['action'] = 'phase-dates';
				change.dataset['phase'] = phase.id;
				change.setAttribute('aria-label', `Change dates: ${phase.title}`);
				dates.append(' ', change);
			}
			const checklists = this.#catalog.checklists.filter(
				(checklist) => checklist.phases[0] === phase.id,
			);
			section.append(
				table(
					`${phase.title}: checklists`,
					['Checklist', 'Required done', 'All done'],
					checklists.map((checklist) => {
						const progress = checklistProgress(checklist, work.runs.get(checklist.id));
						const started = work.runs.has(checklist.id);
						const open = this.#openLink(checklist, started ? 'Open run' : 'Start a run', 'run');
						return [
							checklist.assessable
								? named(
										link(checklist.url, checklist.title),
										open,
										' · ',
										this.#openLink(
											checklist,
											work.assessments.has(checklist.id) ? 'Open assessment' : 'Assess',
											'assessment',
										),
									)
								: named(link(checklist.url, checklist.title), open),
							`${String(progress.requiredDone)} of ${String(progress.required)}`,
							`${String(progress.done)} of ${String(progress.total)}`,
						];
					}),
				),
			);
			return section;
		});
		part(this.#root, 'phases').replaceChildren(...sections);
	}

	#renderGates(work: EngagementWork, plan: EngagementPlan, today: string): void {
		part(this.#root, 'gates').replaceChildren(
			table(
				'Gates: window and status',
				['Gate', 'Window', 'Status'],
				this.#catalog.gates.map((gate) => {
					const checklist = gate.checklist ? this.#checklist(gate.checklist) : undefined;
					const window = plan.gates.find(({ id }) => id === gate.id);
					const status = checklist
						? gateStatus(checklist, work.runs.get(checklist.id), work.assessments.get(checklist.id))
						: undefined;
					const statusCell = make(
						'span',
						`pdp-ws__status pdp-ws__status--${status ?? 'none'}`,
						status ? GATE_STATUS_LABELS[status] : 'No checklist',
					);
					const late = window && status !== 'met' && isOverdue(window.end, today);
					const windowCell = make('span', '', window ? span(window.start, window.end) : '—');
					if (late) windowCell.append(' ', make('strong', 'pdp-ws__overdue', 'Closed'));
					return [
						checklist
							? named(
									link(gate.url, gate.name),
									this.#openLink(
										checklist,
										checklist.assessable ? 'Assess' : 'Open checklist',
										checklist.assessable ? 'assessment' : 'run',
									),
								)
							: link(gate.url, gate.name),
						windowCell,
						statusCell,
					];
				}),
			),
		);
	}

	#renderStale(work: EngagementWork): void {
		const lines = this.#catalog.checklists.flatMap((checklist) => {
			const ids = [
				...checklistProgress(checklist, work.runs.get(checklist.id)).unknown,
				...staleRatings(checklist, work.assessments.get(checklist.id)),
			];
			return ids.length > 0
				? [make('li', '', `${checklist.title}: ${[...new Set(ids)].join(', ')}`)]
				: [];
		});
		part(this.#root, 'stale').hidden = lines.length === 0;
		part(this.#root, 'stale-list').replaceChildren(...lines);
	}

	#own(): Engagement | undefined {
		return this.#shared ? undefined : this.#store.engagements.find(({ id }) => id === this.#id);
	}

	#save(store: EngagementStore): void {
		this.#storage.saveEngagements(store);
		this.render();
	}

	#onSubmit(form: HTMLFormElement): void {
		const engagement = this.#own();
		if (!engagement) return;
		void edits().then(({ submitForm }) => {
			const store = submitForm(form, this.#store, engagement);
			if (!store) return;
			this.#editing = false;
			this.#save(store);
		});
	}

	#onClick(event: MouseEvent): void {
		const target = event.target as HTMLElement;
		const opener = target.closest<HTMLAnchorElement>('a[data-open]');
		if (opener) return this.#open(event, opener);
		const control = target.closest<HTMLElement>('[data-action]');
		const action = control?.dataset['action'];
		if (action) target.closest('details')?.removeAttribute('open');
		if (action === 'undo') {
			const previous = this.#undo.take();
			if (previous) this.#save(previous);
			return;
		}
		if (action === 'save-shared' && this.#shared) {
			const shared = this.#shared;
			void import('./engagement-import.client.ts').then((module) =>
				module.saveShared(this.#root, this.#catalog, this.#storage, shared),
			);
			return;
		}
		if (
			action &&
			['review', 'plan-md', 'plan-csv', 'record', 'ics', 'csv', 'share'].includes(action) &&
			this.#work &&
			this.#plan
		) {
			const [work, plan] = [this.#work, this.#plan];
			void import('./engagement-export.client.ts').then((module) =>
				module.exportEngagement(this.#root, this.#catalog, work, plan, action),
			);
			return;
		}
		if (action === 'print') {
			// The timeline is printed too: drawn first if it has not come into view yet.
			void this.#drawTimeline().then(() => window.print());
			return;
		}
		const engagement = this.#own();
		if (!engagement) return;
		switch (action) {
			case 'edit':
				void edits().then(({ fillForm }) => {
					this.#editing = true;
					fillForm(part<HTMLFormElement>(this.#root, 'edit-form'), engagement);
					this.render();
					part<HTMLFormElement>(this.#root, 'edit-form').querySelector('input')?.focus();
				});
				return;
			case 'cancel-edit':
				this.#editing = false;
				return this.render();
			case 'archive':
			case 'delete':
				void edits().then(({ shelve }) => {
					const next = shelve(this.#store, engagement, action);
					this.#undo.offer(this.#store, next.message);
					this.#save(next.store);
				});
				return;
			case 'phase-dates': {
				const phase = this.#plan?.phases.find(({ id }) => id === control?.dataset['phase']);
				if (phase && control)
					void edits().then(({ togglePhaseForm }) => togglePhaseForm(control, phase));
				return;
			}
			case 'phase-reset': {
				const phaseDates = new Map(engagement.phaseDates);
				phaseDates.delete(control?.dataset['phase'] ?? '');
				return this.#save(updateEngagement(this.#store, engagement.id, () => ({ phaseDates })));
			}
		}
	}

	/** Opens a checklist at the engagement's own run or assessment, starting it when there is none. */
	#open(event: MouseEvent, opener: HTMLAnchorElement): void {
		const engagement = this.#own();
		// A shared view only reads; a new tab or window opens the checklist as it is.
		if (!engagement || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)
			return;
		event.preventDefault();
		void edits().then(({ openForEngagement }) => {
			const result = openForEngagement(
				this.#storage,
				this.#store,
				engagement,
				opener.dataset['open'] ?? '',
				opener.dataset['kind'] === 'assessment' ? 'assessment' : 'run',
			);
			if ('refused' in result) showNotice(this.#root, result.refused);
			else location.assign(opener.href);
		});
	}
}

defineWorkspace((root, catalog, storage) => new EngagementPage(root, catalog, storage));
