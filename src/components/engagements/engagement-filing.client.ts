import { engagementFiling } from '../../lib/engagements/store.ts';
import { moveFiling } from '../../lib/engagements/filing.ts';
import type { WorkspaceCatalog, WorkspaceChecklist } from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';
import { engagementPath, link, part } from './workspace-ui.client.ts';

/** A run or assessment a checklist page sent to be filed (`?file=<checklist>:<run|assessment>:<id>`). */
export interface FilingRequest {
	checklist: WorkspaceChecklist;
	filed: { run: string } | { assessment: string };
	/** "run" or "assessment", as the page names it. */
	noun: string;
	/** The name the reader gave it. */
	name: string;
}

/**
 * The request in the page's address, when it names a checklist of the catalog and a run (or
 * assessment) this browser keeps; undefined otherwise (a stale or hand-made address files nothing).
 */
export function readFilingRequest(
	catalog: WorkspaceCatalog,
	storage: WorkspaceStorage,
): FilingRequest | undefined {
	const match = /^([a-z0-9-]{1,80}):(run|assessment):([a-z0-9]{1,24})$/.exec(
		new URLSearchParams(location.search).get('file') ?? '',
	);
	const checklist = catalog.checklists.find(({ id }) => id === match?.[1]);
	if (!match || !checklist) return undefined;
	const [, , noun = '', id = ''] = match;
	const name =
		noun === 'run'
			? storage.runs(checklist.id)?.runs.find((run) => run.id === id)?.name
			: storage.assessments(checklist.id)?.assessments.find((kept) => kept.id === id)?.name;
	if (!name) return undefined;
	return { checklist, filed: noun === 'run' ? { run: id } : { assessment: id }, noun, name };
}

/**
 * Shows the form that files a checklist's run (or assessment) in an engagement, or moves it from
 * the one it is in; `done` redraws the page once it is filed. The reader may also start a new
 * engagement below: it is filed there as it is created (`fileInNew`).
 */
export function showFiling(
	root: HTMLElement,
	storage: WorkspaceStorage,
	request: FilingRequest,
	done: () => void,
): void {
	const form = part<HTMLFormElement>(root, 'filing');
	const store = storage.engagements();
	const choices = store.engagements.filter(({ archived }) => !archived);
	const current = engagementFiling(store, request.checklist.id, request.filed);
	const text = part(root, 'filing-text');
	text.replaceChildren(
		`File the ${request.noun} “${request.name}” of ${request.checklist.title} in an engagement.`,
	);
	if (current) text.append(' It is in ', link(engagementPath(current.id), current.name), ' now.');
	if (choices.length === 0) text.append(' Start one below: the new engagement files it.');
	part(root, 'filing-choice').hidden = part(root, 'filing-submit').hidden = choices.length === 0;
	part<HTMLSelectElement>(root, 'filing-select').replaceChildren(
		...choices.map(({ id, name }) => new Option(name, id, false, id === current?.id)),
	);
	part<HTMLAnchorElement>(root, 'filing-back').href =
		`${request.checklist.url}${'assessment' in request.filed ? '#assess' : ''}`;
	form.hidden = false;
	form.onsubmit = (event) => {
		event.preventDefault();
		const target = part<HTMLSelectElement>(root, 'filing-select').value;
		fileInto(storage, request, target);
		const filed = storage.engagements().engagements.find(({ id }) => id === target);
		text.replaceChildren(`Filed the ${request.noun} “${request.name}” in `);
		if (filed) text.append(link(engagementPath(filed.id), filed.name), '.');
		part(root, 'filing-choice').hidden = part(root, 'filing-submit').hidden = true;
		done();
	};
}

/** Files the requested run (or assessment) in engagement `target`, out of any other. */
export function fileInto(storage: WorkspaceStorage, request: FilingRequest, target: string): void {
	storage.saveEngagements(
		moveFiling(storage.engagements(), request.checklist.id, request.filed, target),
	);
}
