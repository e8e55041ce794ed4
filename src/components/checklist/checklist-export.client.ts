import { toLocalCalendarDate } from '../../schemas/calendar-date.ts';
import {
	parseImport,
	toCsv,
	toJson,
	toMarkdown,
	type ExportItem,
	type ExportRun,
	type ImportResult,
} from '../../lib/checklists/export.ts';
import { encodeShare } from '../../lib/checklists/share-link.ts';
import { downloadText, showOutput } from '../shared/output.client.ts';

/** The query parameter of a share link: `…/checklists/<id>/?shared=<run>`. */
export const SHARE_PARAM = 'shared';

/** A run as it leaves the page: its name and the ids of the items it has ticked. */
interface RunTicks {
	name: string;
	checked: readonly string[];
}

/** The exports the toolbar offers besides the share link. */
export type ExportFormat = 'markdown' | 'csv' | 'json';

/** The link that opens `run` as a shared view of the checklist on `root`. */
export function checklistShareUrl(root: HTMLElement, run: RunTicks): string {
	const url = new URL(location.href);
	url.hash = '';
	url.searchParams.set(
		SHARE_PARAM,
		encodeShare({
			name: run.name,
			checked: [...run.checked],
			fingerprint: root.dataset['version'] ?? '',
		}),
	);
	return url.href;
}

/** Takes the share link's parameter out of the address, in place (no history entry). */
export function dropShareParam(): void {
	const url = new URL(location.href);
	url.searchParams.delete(SHARE_PARAM);
	history.replaceState(null, '', url);
}

/**
 * Exports the run on screen: Markdown into the output box (and the clipboard), CSV or JSON as a
 * download named after the checklist and the run. Each carries the run's share link.
 */
export function exportRun(
	root: HTMLElement,
	items: readonly ExportItem[],
	run: RunTicks,
	format: ExportFormat,
): void {
	const exported: ExportRun = {
		checklistId: root.dataset['checklistId'] ?? '',
		title: root.dataset['title'] ?? '',
		url: `${location.origin}${location.pathname}`,
		runName: run.name,
		date: toLocalCalendarDate(new Date()),
		items,
		checked: new Set(run.checked),
		stateUrl: checklistShareUrl(root, run),
	};
	if (format === 'markdown') return void showOutput(root, 'Markdown', toMarkdown(exported));
	const [text, type] =
		format === 'csv' ? [toCsv(exported), 'text/csv'] : [toJson(exported), 'application/json'];
	const slug = run.name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	downloadText(
		`${root.dataset['checklistId'] ?? 'checklist'}-${slug || 'run'}.${format}`,
		text,
		type,
	);
}

/**
 * Reads the JSON file chosen in the import field as a run of this checklist, or says what is
 * wrong with it; undefined when no file was chosen. The field is emptied, so the same file can
 * be chosen again.
 */
export async function readImport(
	input: HTMLInputElement,
	checklistId: string,
): Promise<ImportResult | undefined> {
	const file = input.files?.[0];
	input.value = '';
	if (!file) return undefined;
	return parseImport(await file.text(), checklistId);
}
