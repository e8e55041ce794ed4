import { UndoOffer } from '../shared/undo.client.ts';
import { defineWorkspace } from './workspace-element.client.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import { formatLongDate } from '../../lib/browser/dates.ts';
import {
	ENGAGEMENT_LIMITS,
	createEngagement,
	type EngagementFields,
} from '../../lib/engagements/store.ts';
import { planEngagement } from '../../lib/engagements/plan.ts';
import { checklistProgress } from '../../lib/engagements/status.ts';
import { readStores, workOf } from './workspace-work.client.ts';
import {
	fileInto,
	readFilingRequest,
	showFiling,
	type FilingRequest,
} from './engagement-filing.client.ts';
import type { Engagement, EngagementStore, WorkspaceCatalog } from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';
import type { WorkspaceStores } from '../../lib/engagements/record.ts';
import { engagementPath, link, make, part, showNotice } from './workspace-ui.client.ts';

/** Where an engagement stands today, in a few words: its phase, or that it has not begun or has ended. */
export function standing(engagement: Engagement, catalog: WorkspaceCatalog, today: string): string {
	const phase = planEngagement(engagement, catalog).phases.find(
		({ start, end }) => start <= today && today <= end,
	);
	if (phase) return `Today: ${phase.title}`;
	return today > engagement.end
		? `Ended ${formatLongDate(engagement.end)}`
		: `Starts ${formatLongDate(engagement.start)}`;
}

/** The list of engagements, the form that starts one, archiving, deleting with undo, importing. */
export class EngagementList {
	readonly #root: HTMLElement;
	readonly #catalog: WorkspaceCatalog;
	readonly #storage: WorkspaceStorage;
	#store: EngagementStore = { version: 1, engagements: [] };
	#undo: UndoOffer<EngagementStore>;
	/** A run or assessment a checklist page sent here to be filed. */
	readonly #filing: FilingRequest | undefined;

	constructor(root: HTMLElement, catalog: WorkspaceCatalog, storage: WorkspaceStorage) {
		this.#root = root;
		this.#catalog = catalog;
		this.#storage = storage;
		this.#undo = new UndoOffer(part(root, 'undo'), part(root, 'undo-text'));
		this.#filing = readFilingRequest(catalog, storage);
		if (this.#filing) showFiling(root, storage, this.#filing, () => this.render());
		part<HTMLFormElement>(root, 'create-form').addEventListener('submit', (event) => {
			event.preventDefault();
			const form = event.target as HTMLFormElement;
			void import('./engagement-edit.client.ts').then(({ readForm }) => {
				const fields = readForm(form);
				if (fields) this.#create(fields);
			});
		});
		part<HTMLInputElement>(root, 'import').addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			const file = input.files?.[0];
			input.value = '';
			if (file)
				void import('./engagement-import.client.ts').then((module) =>
					module.importFile(root, catalog, storage, file, () => this.render()),
				);
		});
		root.addEventListener('click', (event) => this.#onClick(event));
	}

	render(): void {
		// Every store read once for the whole list.
		const stores = readStores(this.#storage, this.#catalog);
		this.#store = stores.engagements;
		const today = toLocalCalendarDate(new Date());
		const active = this.#store.engagements.filter(({ archived }) => !archived);
		const archived = this.#store.engagements.filter(({ archived: shelved }) => shelved);
		part(this.#root, 'empty').hidden = this.#store.engagements.length > 0;
		part(this.#root, 'list').replaceChildren(
			...active.map((engagement) => this.#item(engagement, today, stores)),
		);
		part(this.#root, 'archived').hidden = archived.length === 0;
		part(this.#root, 'archived-summary').textContent = `Archived (${String(archived.length)})`;
		part(this.#root, 'archived-list').replaceChildren(
			...archived.map((engagement) => this.#item(engagement, today, stores)),
		);
	}

	#item(engagement: Engagement, today: string, stores: WorkspaceStores): HTMLLIElement {
		const item = make('li', 'pdp-ws__item');
		item.append(link(engagementPath(engagement.id), engagement.name, 'pdp-ws__name'));
		const facts = [
			engagement.customer,
			`${formatLongDate(engagement.start)} to ${formatLongDate(engagement.end)}`,
			engagement.archived ? '' : standing(engagement, this.#catalog, today),
			this.#done(engagement, stores),
		].filter(Boolean);
		item.append(make('p', 'pdp-ws__meta', facts.join(' · ')));
		const actions = make('p', 'pdp-ws__item-actions');
		const button = (action: string, text: string) => {
			const control = make('button', 'pdp-button', text);
			control.type = 'button';
			control.dataset['action'] = action;
			control.dataset['id'] = engagement.id;
			control.setAttribute('aria-label', `${text} “${engagement.name}”`);
			return control;
		};
		if (engagement.archived)
			actions.append(button('restore', 'Restore'), ' ', button('delete', 'Delete'));
		else actions.append(button('archive', 'Archive'));
		item.append(actions);
		return item;
	}

	/** "12 of 160 required items done", over every checklist. */
	#done(engagement: Engagement, stores: WorkspaceStores): string {
		const { runs } = workOf(stores, engagement);
		let [done, required] = [0, 0];
		for (const checklist of this.#catalog.checklists) {
			const progress = checklistProgress(checklist, runs.get(checklist.id));
			done += progress.requiredDone;
			required += progress.required;
		}
		return `${String(done)} of ${String(required)} required items done`;
	}

	#save(store: EngagementStore): void {
		this.#store = store;
		this.#storage.saveEngagements(store);
		this.render();
	}

	#create(fields: EngagementFields): void {
		const store = this.#storage.engagements();
		if (store.engagements.length >= ENGAGEMENT_LIMITS.engagements) {
			return showNotice(
				this.#root,
				`This browser keeps ${String(ENGAGEMENT_LIMITS.engagements)} engagements, the most it can: delete an archived one first.`,
			);
		}
		const engagement = createEngagement(fields);
		this.#save({ ...store, engagements: [...store.engagements, engagement] });
		if (this.#filing) fileInto(this.#storage, this.#filing, engagement.id);
		location.assign(engagementPath(engagement.id));
	}

	#onClick(event: Event): void {
		const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
		const action = target?.dataset['action'];
		const id = target?.dataset['id'] ?? '';
		const engagement = this.#store.engagements.find((candidate) => candidate.id === id);
		if (action === 'undo') {
			const previous = this.#undo.take();
			if (previous) this.#save(previous);
			return;
		}
		if (!engagement) return;
		if (action !== 'archive' && action !== 'restore' && action !== 'delete') return;
		const store = this.#storage.engagements();
		void import('./engagement-edit.client.ts').then(({ shelve }) => {
			const next = shelve(store, engagement, action);
			this.#undo.offer(store, next.message);
			this.#save(next.store);
		});
	}
}

defineWorkspace((root, catalog, storage) => new EngagementList(root, catalog, storage));
