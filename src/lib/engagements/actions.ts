/**
 * An engagement's improvement plan: every item that falls short at a gate becomes an action the
 * reader gives an owner, a due date, a status and a note. Which items fall short is worked out
 * from the runs and assessments each time; only what the reader decided is kept
 * (`Engagement.actions`), so an item that comes good leaves the plan unless a decision on it is
 * kept. Pure and DOM-free.
 */
import { ENGAGEMENT_LIMITS as LIMITS } from '../../schemas/storage-limits.ts';
import { isOverdue, type EngagementPlan } from './plan.ts';
import { gateStatus } from './status.ts';
import { cleanAction } from './store.ts';
import type {
	ActionEntry,
	ActionStatus,
	Engagement,
	WorkspaceCatalog,
	WorkspaceChecklist,
	WorkspaceItem,
} from './types.ts';
import type { EngagementWork } from './work.ts';

/** Why an item is in the plan: rated partly or not met, or required and not ticked at a gate. */
export type ShortBecause = 'partly' | 'not-met' | 'unticked';

/** The words for why an item is in the plan. */
export const SHORT_LABELS: Record<ShortBecause, string> = {
	partly: 'Rated partly',
	'not-met': 'Rated not met',
	unticked: 'Required, not ticked',
};

/** The words for an action's status. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
	open: 'Open',
	'in-progress': 'In progress',
	done: 'Done',
	'wont-do': 'Won’t do',
};

/** One action of the plan. */
export interface PlanAction {
	checklist: WorkspaceChecklist;
	item: WorkspaceItem;
	/** Why it is in the plan; undefined when the item no longer falls short and only the decision keeps it. */
	because: ShortBecause | undefined;
	/** The reader's decision, or a fresh open one. */
	entry: ActionEntry;
	/** The due date in force: the reader's, else the item's own in this engagement. */
	due: string;
	/** Due before today and neither done nor dropped. */
	overdue: boolean;
}

/** The key an action is kept under. */
export function actionKey(checklist: string, item: string): string {
	return `${checklist}/${item}`;
}

/** True while an action still asks for work. */
export function isOpenAction(entry: Pick<ActionEntry, 'status'>): boolean {
	return entry.status === 'open' || entry.status === 'in-progress';
}

/** A fresh, open action on an item. */
function freshEntry(checklist: string, item: string): ActionEntry {
	return { checklist, item, owner: '', due: '', status: 'open', reason: '', note: '', updated: 0 };
}

/** The checklists a plan is drawn from: each gate's and each one assessed item by item. */
function gateChecklists(catalog: WorkspaceCatalog): WorkspaceChecklist[] {
	const ofGates = new Set(catalog.gates.flatMap(({ checklist }) => (checklist ? [checklist] : [])));
	return catalog.checklists.filter(({ id, assessable }) => assessable || ofGates.has(id));
}

/**
 * Why each item of a gate's checklist falls short, by item id. An item rated partly or not met
 * falls short; so does a required item neither ticked nor rated met or not applicable, once the
 * gate has been started or its window has closed (a gate not reached yet asks for nothing).
 */
export function shortItems(
	checklist: WorkspaceChecklist,
	work: Pick<EngagementWork, 'runs' | 'assessments'>,
	windowClosed: boolean,
): Map<string, ShortBecause> {
	const run = work.runs.get(checklist.id);
	const assessment = work.assessments.get(checklist.id);
	const reached = windowClosed || gateStatus(checklist, run, assessment) !== 'not-started';
	const ticked = new Set(run?.checked);
	const short = new Map<string, ShortBecause>();
	for (const item of checklist.items) {
		const rating = assessment?.ratings.get(item.id)?.rating;
		if (rating === 'partly' || rating === 'not-met') short.set(item.id, rating);
		else if (
			reached &&
			item.required &&
			!ticked.has(item.id) &&
			rating !== 'met' &&
			rating !== 'na'
		)
			short.set(item.id, 'unticked');
	}
	return short;
}

/** True when the window of the gate worked through `checklist` ended before today. */
function windowClosed(
	checklist: WorkspaceChecklist,
	catalog: WorkspaceCatalog,
	plan: EngagementPlan,
	today: string,
): boolean {
	const gate = catalog.gates.find((candidate) => candidate.checklist === checklist.id);
	const window = gate && plan.gates.find(({ id }) => id === gate.id);
	return Boolean(window && isOverdue(window.end, today));
}

/**
 * The improvement plan of an engagement on `today`: one action per item that falls short, plus
 * the kept decisions on items that no longer do, ordered by due date (then the checklists' own
 * order). Decisions on items the catalog no longer has are left out.
 */
export function improvementPlan(
	work: EngagementWork,
	catalog: WorkspaceCatalog,
	plan: EngagementPlan,
	today: string,
): PlanAction[] {
	const kept = new Map(
		work.engagement.actions.map((entry) => [actionKey(entry.checklist, entry.item), entry]),
	);
	const dueOf = new Map(plan.items.map((due) => [actionKey(due.checklist, due.item), due.due]));
	const actions: PlanAction[] = [];
	for (const checklist of gateChecklists(catalog)) {
		const short = shortItems(checklist, work, windowClosed(checklist, catalog, plan, today));
		for (const item of checklist.items) {
			const key = actionKey(checklist.id, item.id);
			const entry = kept.get(key);
			const because = short.get(item.id);
			if (!because && !entry) continue;
			const chosen = entry ?? freshEntry(checklist.id, item.id);
			const due = chosen.due || dueOf.get(key) || work.engagement.end;
			actions.push({
				checklist,
				item,
				because,
				entry: chosen,
				due,
				overdue: isOpenAction(chosen) && isOverdue(due, today),
			});
		}
	}
	// A stable sort: the checklists' own order stands among actions due the same day.
	return actions.sort((left, right) => left.due.localeCompare(right.due));
}

/** What the reader can set on an action. */
export type ActionFields = Pick<ActionEntry, 'owner' | 'due' | 'status' | 'reason' | 'note'>;

/**
 * The engagement's decisions with one action set (cleaned and bounded as the store keeps it), or
 * why not. A decision set back to a fresh open action is forgotten; a new one beyond the bound is
 * refused with the words to show.
 */
export function setAction(
	engagement: Engagement,
	checklist: string,
	item: string,
	fields: ActionFields,
	now = Date.now(),
): { ok: true; actions: ActionEntry[] } | { ok: false; reason: string } {
	const key = actionKey(checklist, item);
	const others = engagement.actions.filter(
		(entry) => actionKey(entry.checklist, entry.item) !== key,
	);
	const entry = cleanAction({ ...fields, checklist, item, updated: now });
	if (!entry) return { ok: false, reason: 'This item cannot hold an action.' };
	const fresh =
		!entry.owner && !entry.due && entry.status === 'open' && !entry.reason && !entry.note;
	if (fresh) return { ok: true, actions: others };
	if (others.length === engagement.actions.length && others.length >= LIMITS.actionsPerEngagement)
		return {
			ok: false,
			reason: `This engagement keeps decisions on at most ${String(LIMITS.actionsPerEngagement)} actions: mark an action done in place of a new one, or set one back to open with no owner, date or note.`,
		};
	return { ok: true, actions: [...others, entry] };
}
