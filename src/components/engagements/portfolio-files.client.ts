import {
	decodeRecord,
	RECORD_TOO_LARGE,
	type DecodedRecord,
	type EngagementWork,
} from '../../lib/engagements/record.ts';
import { ENGAGEMENT_LIMITS } from '../../lib/engagements/store.ts';
import { PORTFOLIO_FILES } from '../../lib/engagements/portfolio.ts';
import type { WorkspaceCatalog } from '../../lib/engagements/types.ts';
import { make, part } from './workspace-ui.client.ts';

/** A record file the portfolio shows, with what reading it left out or shortened. */
export interface LoadedFile {
	name: string;
	work: EngagementWork;
	notices: string[];
}

/** What one batch of files gave: the files that loaded and, by name, why the others did not. */
export interface ReadFiles {
	loaded: LoadedFile[];
	problems: { name: string; reason: string }[];
}

/**
 * A file's record, or why it is refused: past the size bound unread, as a file that cannot be read
 * (removed or changed since it was chosen), or as `decodeRecord` says. Its size is asked once:
 * Chromium may look a chosen file's size up on disk, on the page's own thread.
 */
async function readFile(file: File, catalog: WorkspaceCatalog): Promise<DecodedRecord> {
	if (file.size > ENGAGEMENT_LIMITS.recordBytes) return { ok: false, reason: RECORD_TOO_LARGE };
	const text = await file.text().catch(() => undefined);
	if (text === undefined) return { ok: false, reason: 'The file could not be read.' };
	return decodeRecord(text, catalog);
}

/**
 * Reads the files given against the catalog, locally (nothing leaves the browser). Files whose
 * names are already loaded replace them; new ones are taken while fewer than `PORTFOLIO_FILES`
 * are kept, and the rest are named as skipped. Each bad file is reported by its name and skipped;
 * the others load.
 */
export async function readRecordFiles(
	files: readonly File[],
	kept: readonly Pick<LoadedFile, 'name'>[],
	catalog: WorkspaceCatalog,
): Promise<ReadFiles> {
	const names = new Set(kept.map(({ name }) => name));
	let room = PORTFOLIO_FILES - kept.length;
	const taken: File[] = [];
	const skipped: ReadFiles['problems'] = [];
	for (const file of files) {
		if (names.has(file.name)) taken.push(file);
		else if (room > 0) {
			room -= 1;
			names.add(file.name);
			taken.push(file);
		} else
			skipped.push({
				name: file.name,
				reason: `Skipped: the portfolio holds at most ${String(PORTFOLIO_FILES)} files.`,
			});
	}
	// Each file is decoded as soon as it is read, while the browser still reads the others.
	const results = await Promise.all(taken.map((file) => readFile(file, catalog)));
	const loaded: LoadedFile[] = [];
	const refused: ReadFiles['problems'] = [];
	for (const [index, result] of results.entries()) {
		const name = taken[index]?.name ?? '';
		if (result.ok) loaded.push({ name, work: result.work, notices: result.notices });
		else refused.push({ name, reason: result.reason });
	}
	return { loaded, problems: [...refused, ...skipped] };
}

/** The files kept after a batch: a file loaded again takes the place of the one of that name. */
export function mergeFiles(
	kept: readonly LoadedFile[],
	loaded: readonly LoadedFile[],
): LoadedFile[] {
	// A Map keeps the first place of a name and the last file given under it.
	const byName = new Map(kept.map((file) => [file.name, file]));
	for (const file of loaded) byName.set(file.name, file);
	return [...byName.values()];
}

/** How many refused or skipped files the notice names; the rest are counted. */
const PROBLEMS_NAMED = 100;

/** Says which of the files given did not load, each by name with why; hidden when all did. */
export function showProblems(
	root: HTMLElement,
	problems: ReadFiles['problems'],
	given: number,
): void {
	part(root, 'problems').hidden = problems.length === 0;
	const refused = problems.length;
	part(root, 'problems-text').textContent =
		given === 1
			? 'The file was not loaded.'
			: `${String(refused)} of ${String(given)} files ${refused === 1 ? 'was' : 'were'} not loaded${refused < given ? '; the others were' : ''}.`;
	const lines = problems
		.slice(0, PROBLEMS_NAMED)
		.map(({ name, reason }) => make('li', '', `“${name}”: ${reason}`));
	if (problems.length > PROBLEMS_NAMED)
		lines.push(make('li', '', `and ${String(problems.length - PROBLEMS_NAMED)} more.`));
	part(root, 'problems-list').replaceChildren(...lines);
}

/** The files in the portfolio, each with its engagement, what reading it changed and "Remove". */
export function drawFiles(root: HTMLElement, files: readonly LoadedFile[]): void {
	part(root, 'loaded').hidden = files.length === 0;
	part(root, 'loaded-summary').textContent =
		`${String(files.length)} ${files.length === 1 ? 'file' : 'files'} in the portfolio`;
	const items = files.map((file, index) => {
		const item = make('li', 'pdp-pf__file');
		const remove = make('button', 'pdp-button pdp-ws__small', 'Remove');
		remove.type = 'button';
		remove.dataset['action'] = 'remove';
		remove.dataset['index'] = String(index);
		remove.setAttribute('aria-label', `Remove “${file.name}”`);
		item.append(make('span', '', `${file.name} · ${file.work.engagement.name}`), ' ', remove);
		if (file.notices.length > 0)
			item.append(make('span', 'pdp-ws__meta pdp-pf__notices', file.notices.join(' ')));
		return item;
	});
	part(root, 'loaded-list').replaceChildren(...items);
}
