import { cleanIds, cleanRunName, fingerprintItems, LIMITS } from './state.ts';

/** One checklist item as exports show it. */
export interface ExportItem {
	id: string;
	text: string;
	role: string;
	required: boolean;
	due: string;
	/** The section the item stands in, when the checklist has sections. */
	section?: string | undefined;
}

/** A run of a checklist, ready to export. */
export interface ExportRun {
	checklistId: string;
	title: string;
	/** The checklist page's address, without query or fragment. */
	url: string;
	runName: string;
	/** The export date, YYYY-MM-DD. */
	date: string;
	items: readonly ExportItem[];
	checked: ReadonlySet<string>;
	/** A link that opens exactly this run's state (its share link), when there is one. */
	stateUrl?: string | undefined;
}

/** "3 of 17 done · required 3 of 16": what a reviewer reads first. */
export function summariseRun(items: readonly ExportItem[], checked: ReadonlySet<string>): string {
	const done = items.filter((item) => checked.has(item.id)).length;
	const required = items.filter((item) => item.required);
	const requiredDone = required.filter((item) => checked.has(item.id)).length;
	return `${done} of ${items.length} done · required ${requiredDone} of ${required.length}`;
}

/** Escapes text for Markdown inline content (brackets, emphasis, pipes, backslashes, `<`). */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`);
}

/**
 * A GitHub-flavoured task list with a link to every item, under the checklist's section
 * headings, and a link to the exact state exported, for pasting into a review document.
 */
export function toMarkdown(run: ExportRun): string {
	const version = fingerprintItems(run.items.map((item) => item.id));
	const lines: string[] = [];
	let section: string | undefined;
	for (const item of run.items) {
		if (item.section && item.section !== section)
			lines.push('', `#### ${escapeMarkdown(item.section)}`, '');
		section = item.section;
		const box = run.checked.has(item.id) ? '[x]' : '[ ]';
		const kind = item.required ? 'required' : 'optional';
		lines.push(
			`- ${box} [${escapeMarkdown(item.text)}](${run.url}#${item.id}) — ${escapeMarkdown(item.role)}, ${kind}, due ${escapeMarkdown(item.due)}`,
		);
	}
	return [
		`### ${escapeMarkdown(run.title)}: ${escapeMarkdown(run.runName)}`,
		'',
		`${summariseRun(run.items, run.checked)} · ${run.date} · checklist version ${version}`,
		...(run.stateUrl ? ['', `[Open this run as exported](${run.stateUrl})`] : []),
		'',
		...(lines[0] === '' ? lines.slice(1) : lines),
		'',
	].join('\n');
}

/** One CSV field: quoted when it holds a quote, comma or line break; a leading formula character defused. */
export function csvField(value: string): string {
	// A leading = + - @ would make spreadsheets run the cell as a formula.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per item: id, text, role, required, due, done. */
export function toCsv(run: ExportRun): string {
	const rows = [
		['id', 'text', 'role', 'required', 'due', 'done'],
		...run.items.map((item) => [
			item.id,
			item.text,
			item.role,
			item.required ? 'yes' : 'no',
			item.due,
			run.checked.has(item.id) ? 'yes' : 'no',
		]),
	];
	return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The run as JSON that `parseImport` reads back. */
export function toJson(run: ExportRun): string {
	return `${JSON.stringify(
		{
			schemaVersion: 1,
			checklist: run.checklistId,
			version: fingerprintItems(run.items.map((item) => item.id)),
			run: run.runName,
			exported: run.date,
			checked: run.items.filter((item) => run.checked.has(item.id)).map((item) => item.id),
		},
		null,
		2,
	)}\n`;
}

/** The outcome of reading an imported file. */
export type ImportResult =
	{ ok: true; name: string; checked: string[] } | { ok: false; message: string };

/** Reads a file made by `toJson`; says plainly what is wrong with anything else. */
export function parseImport(text: string, checklistId: string): ImportResult {
	if (text.length > LIMITS.storedChars)
		return { ok: false, message: 'The file is too large to be a checklist export.' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return {
			ok: false,
			message: 'The file is not JSON: choose a file exported from this checklist.',
		};
	}
	const record = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
	if (record['schemaVersion'] !== 1 || !Array.isArray(record['checked'])) {
		return { ok: false, message: 'The file is not a checklist export from this site.' };
	}
	if (record['checklist'] !== checklistId) {
		return {
			ok: false,
			message: `The file is an export of another checklist (${String(record['checklist']).slice(0, 60)}).`,
		};
	}
	const name = cleanRunName(record['run']) ?? 'Imported run';
	return { ok: true, name, checked: cleanIds(record['checked']) };
}
