import {
	decodeRecord,
	findConflict,
	importWork,
	type EngagementWork,
	type ImportMode,
} from '../../lib/engagements/record.ts';
import { ENGAGEMENT_LIMITS } from '../../lib/engagements/store.ts';
import type { WorkspaceCatalog } from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';
import { readStores, writeStores } from './workspace-work.client.ts';
import { engagementPath, part, showNotice } from './workspace-ui.client.ts';

/** Adds an engagement to this browser, as `mode` says, and tells the reader what happened. */
function add(
	root: HTMLElement,
	catalog: WorkspaceCatalog,
	storage: WorkspaceStorage,
	work: EngagementWork,
	mode: ImportMode,
	notices: readonly string[],
): string {
	const result = importWork(readStores(storage, catalog), work, mode);
	writeStores(storage, result.stores);
	showNotice(root, [...notices, ...result.notices].join(' '));
	return result.engagementId;
}

/**
 * Imports an engagement record file: refused unread past its size bound, then decoded (anything
 * wrong is refused or trimmed with a notice). An engagement this browser already has is never
 * overwritten unasked: the reader chooses to keep both or replace theirs.
 */
export async function importFile(
	root: HTMLElement,
	catalog: WorkspaceCatalog,
	storage: WorkspaceStorage,
	file: File,
	done: () => void,
): Promise<void> {
	if (file.size > ENGAGEMENT_LIMITS.recordBytes) {
		return showNotice(
			root,
			`“${file.name}” is larger than 5 MB, so it is not an engagement record: nothing was imported.`,
		);
	}
	const decoded = decodeRecord(await file.text(), catalog);
	if (!decoded.ok) return showNotice(root, `“${file.name}” was not imported: ${decoded.reason}`);
	const conflict = findConflict(readStores(storage, catalog), decoded.work);
	if (!conflict) {
		add(root, catalog, storage, decoded.work, 'add', [
			`Imported “${decoded.work.engagement.name}”.`,
			...decoded.notices,
		]);
		return done();
	}
	const box = part(root, 'conflict');
	part(root, 'conflict-text').textContent =
		`This browser already has “${conflict.name}”, the engagement in “${file.name}”. Keep both, or replace yours with the file's? Replacing keeps your runs and assessments on their checklists.`;
	box.hidden = false;
	const choose = (event: Event) => {
		const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset[
			'action'
		];
		if (!action || !['keep-both', 'replace-mine', 'cancel-import'].includes(action)) return;
		box.hidden = true;
		box.removeEventListener('click', choose);
		if (action === 'cancel-import') return showNotice(root, 'Nothing was imported.');
		add(root, catalog, storage, decoded.work, action === 'keep-both' ? 'keep-both' : 'replace', [
			`Imported “${decoded.work.engagement.name}”.`,
			...decoded.notices,
		]);
		done();
	};
	box.addEventListener('click', choose);
}

/** Saves a shared engagement as the reader's own (a copy, when they have it already) and opens it. */
export function saveShared(
	root: HTMLElement,
	catalog: WorkspaceCatalog,
	storage: WorkspaceStorage,
	work: EngagementWork,
): void {
	const conflict = findConflict(readStores(storage, catalog), work);
	const id = add(root, catalog, storage, work, conflict ? 'keep-both' : 'add', []);
	location.assign(engagementPath(id));
}
