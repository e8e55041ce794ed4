import { defineWorkspace } from './workspace-element.client.ts';
import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import {
	mostOftenUnmet,
	portfolioRows,
	portfolioSummary,
	type PortfolioRow,
	type PortfolioSource,
} from '../../lib/engagements/portfolio.ts';
import {
	DEFAULT_SORT,
	NO_FILTER,
	filterRows,
	nextSort,
	sortRows,
	type PortfolioColumn,
	type PortfolioFilter,
} from '../../lib/engagements/portfolio-view.ts';
import type { GateStatus } from '../../lib/engagements/status.ts';
import type { WorkspaceCatalog } from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';
import { readStores, workOf } from './workspace-work.client.ts';
import { part } from './workspace-ui.client.ts';
import type { LoadedFile } from './portfolio-files.client.ts';
import { drawUnmet, matrixTable } from './portfolio-table.client.ts';

/** The record files' reader and their list, loaded when first needed. */
type RecordReader = typeof import('./portfolio-files.client.ts');

/** The filter as the form holds it. */
function readFilter(form: HTMLFormElement): PortfolioFilter {
	const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
	const [gate, status] = [field('gate').value, field('status').value];
	return {
		text: field('text').value,
		gate: gate === '' ? undefined : Number(gate),
		status: status === '' ? undefined : (status as GateStatus),
		overdueOnly: field('overdue').checked,
		archived: field('archived').checked,
	};
}

/**
 * The portfolio page: this browser's engagements and the record files the reader adds, as one
 * matrix the reader sorts and filters, the items most often unmet, and the matrix's exports. The
 * files stay in this tab's memory; the engagements are read from storage on every change there.
 */
export class PortfolioView {
	readonly #root: HTMLElement;
	readonly #catalog: WorkspaceCatalog;
	readonly #storage: WorkspaceStorage;
	#browser: PortfolioSource[] = [];
	#files: LoadedFile[] = [];
	#rows: PortfolioRow[] = [];
	#shown: PortfolioRow[] = [];
	#sort = DEFAULT_SORT;
	#filter = NO_FILTER;
	#readerModule: Promise<RecordReader> | undefined;
	/** The record reader once loaded: with files in the portfolio, it draws their list. */
	#loadedReader: RecordReader | undefined;
	#adding = Promise.resolve();

	constructor(root: HTMLElement, catalog: WorkspaceCatalog, storage: WorkspaceStorage) {
		this.#root = root;
		this.#catalog = catalog;
		this.#storage = storage;
		const input = part<HTMLInputElement>(root, 'files');
		input.addEventListener('change', () => {
			const files = [...(input.files ?? [])];
			input.value = '';
			void this.#add(files);
		});
		this.#acceptDrops();
		const form = part<HTMLFormElement>(root, 'filters');
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', () => {
			this.#filter = readFilter(form);
			this.#draw();
		});
		root.addEventListener('click', (event) => this.#onClick(event));
		part(root, 'print-date').textContent = toLocalCalendarDate(new Date());
	}

	/**
	 * The record reader: a page that only shows this browser's engagements needs none of it, so it
	 * loads when the reader heads for the drop zone or drags files in, or else with the first files.
	 */
	#reader(): Promise<RecordReader> {
		return (this.#readerModule ??= import('./portfolio-files.client.ts'));
	}

	/** Files dropped anywhere on the page are read as if chosen; the drop zone lights up meanwhile. */
	#acceptDrops(): void {
		for (const intent of ['pointerover', 'focusin'])
			part(this.#root, 'drop').addEventListener(intent, () => void this.#reader(), { once: true });
		window.addEventListener('dragenter', () => void this.#reader(), { once: true });
		const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
		window.addEventListener('dragover', (event) => {
			if (!carriesFiles(event)) return;
			event.preventDefault();
			if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
			this.#root.toggleAttribute('data-dragging', true);
		});
		window.addEventListener('dragleave', (event) => {
			// Leaving the window, not moving between elements within it.
			if (!event.relatedTarget) this.#root.removeAttribute('data-dragging');
		});
		window.addEventListener('drop', (event) => {
			if (!carriesFiles(event)) return;
			event.preventDefault();
			this.#root.removeAttribute('data-dragging');
			void this.#add([...(event.dataTransfer?.files ?? [])]);
		});
	}

	/** Draws again from storage: on load, and when another tab changes the workspace. */
	render(): void {
		const stores = readStores(this.#storage, this.#catalog);
		this.#browser = stores.engagements.engagements.map((engagement) => ({
			work: workOf(stores, engagement),
		}));
		this.#update();
	}

	/** Adds files once those given before are in, so each batch counts the files kept before it. */
	#add(files: readonly File[]): Promise<void> {
		this.#adding = this.#adding.then(() => this.#read(files));
		return this.#adding;
	}

	/** Reads a batch of files, adds those that load and draws once; times it for the benchmark. */
	async #read(files: readonly File[]): Promise<void> {
		if (files.length === 0) return;
		const started = performance.now();
		const reader = (this.#loadedReader = await this.#reader());
		const read = await reader.readRecordFiles(files, this.#files, this.#catalog);
		this.#files = reader.mergeFiles(this.#files, read.loaded);
		reader.showProblems(this.#root, read.problems, files.length);
		this.#update();
		// Laying the table out now puts the browser's own work in the figure.
		part(this.#root, 'matrix').getBoundingClientRect();
		this.#root.dataset['loadMs'] = (performance.now() - started).toFixed(1);
	}

	/** The rows again, from this browser's engagements and the files. */
	#update(): void {
		const sources: PortfolioSource[] = [
			...this.#browser,
			...this.#files.map(({ name, work }) => ({ work, file: name })),
		];
		this.#rows = portfolioRows(sources, this.#catalog, toLocalCalendarDate(new Date()));
		this.#loadedReader?.drawFiles(this.#root, this.#files);
		this.#draw();
	}

	/** The matrix, the summary and the unmet items, for the rows as filtered and sorted. */
	#draw(): void {
		this.#shown = sortRows(filterRows(this.#rows, this.#filter), this.#sort);
		const total = this.#rows.length;
		part(this.#root, 'summary').textContent = portfolioSummary(this.#shown, total);
		part(this.#root, 'empty').hidden = total > 0;
		part(this.#root, 'no-match').hidden = total === 0 || this.#shown.length > 0;
		const matrix = part(this.#root, 'matrix');
		matrix.hidden = this.#shown.length === 0;
		matrix.replaceChildren(matrixTable(this.#shown, this.#catalog.gates, this.#sort));
		drawUnmet(this.#root, mostOftenUnmet(this.#shown, this.#catalog), this.#shown.length);
	}

	#onClick(event: MouseEvent): void {
		const target = event.target as HTMLElement;
		const sorter = target.closest<HTMLElement>('[data-sort]');
		if (sorter) {
			const column = sorter.dataset['sort'] as PortfolioColumn;
			this.#sort = nextSort(this.#sort, column);
			this.#draw();
			// The table was drawn again: keep the reader's place on the same heading.
			this.#root.querySelector<HTMLElement>(`[data-sort="${column}"]`)?.focus();
			return;
		}
		const control = target.closest<HTMLElement>('[data-action]');
		const action = control?.dataset['action'];
		if (action) target.closest('details[data-menu]')?.removeAttribute('open');
		switch (action) {
			case 'remove': {
				const removed = Number(control?.dataset['index']);
				this.#files = this.#files.filter((_, index) => index !== removed);
				this.#update();
				// The list was drawn again: the reader's place moves to the next file, or the list's summary.
				const next = this.#root.querySelectorAll<HTMLElement>('[data-action="remove"]')[removed];
				return (next ?? part(this.#root, 'loaded-summary')).focus();
			}
			case 'clear':
				this.#files = [];
				part(this.#root, 'problems').hidden = true;
				return this.#update();
			case 'print':
				return window.print();
			case 'csv':
			case 'markdown': {
				const [rows, summary] = [this.#shown, part(this.#root, 'summary').textContent];
				void import('./portfolio-export.client.ts').then((module) =>
					module.exportPortfolio(action, rows, this.#catalog, summary),
				);
				return;
			}
		}
	}
}

defineWorkspace((root, catalog, storage) => new PortfolioView(root, catalog, storage));
