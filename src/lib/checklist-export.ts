import { cleanIds, cleanRunName, fingerprintItems, LIMITS } from './checklist-state.ts';

/** One checklist item as exports show it. */
export interface ExportItem {
	id: string;
	text: string;
	role: string;
	required: boolean;
	due: string;
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
}

function summary(run: ExportRun): string {
	const done = run.items.filter((item) => run.checked.has(item.id)).length;
	return `${done} of ${run.items.length} done`;
}

/** Escapes text for Markdown inline content (brackets, emphasis, pipes, backslashes, `<`). */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`);
}

/** A GitHub-flavoured task list with a link to every item, for pasting into a review document. */
export function toMarkdown(run: ExportRun): string {
	const version = fingerprintItems(run.items.map((item) => item.id));
	const lines = run.items.map((item) => {
		const box = run.checked.has(item.id) ? '[x]' : '[ ]';
		const kind = item.required ? 'required' : 'optional';
		return `- ${box} [${escapeMarkdown(item.text)}](${run.url}#${item.id}) — ${escapeMarkdown(item.role)}, ${kind}, due ${escapeMarkdown(item.due)}`;
	});
	return [
		`### ${escapeMarkdown(run.title)}: ${escapeMarkdown(run.runName)}`,
		'',
		`${summary(run)} · ${run.date} · checklist version ${version}`,
		'',
		...lines,
		'',
	].join('\n');
}

function csvField(value: string): string {
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
