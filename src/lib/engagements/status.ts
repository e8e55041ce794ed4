/**
 * Where an engagement stands on each checklist and gate, as its page and review record show it.
 * Ticks and ratings of ids the checklist no longer has are listed apart and never counted.
 */
import type { Assessment } from '../checklists/assessment-state.ts';
import type { ChecklistRun } from '../checklists/state.ts';
import type { WorkspaceChecklist } from './types.ts';

/** How far a run has got through its checklist. */
export interface ChecklistProgress {
	checklist: string;
	required: number;
	requiredDone: number;
	total: number;
	done: number;
	/** Ticked ids the checklist no longer has. */
	unknown: string[];
}

/** The run's progress through the checklist (nothing done without a run). */
export function checklistProgress(
	checklist: WorkspaceChecklist,
	run?: ChecklistRun,
): ChecklistProgress {
	const checked = new Set(run?.checked);
	const known = new Set(checklist.items.map(({ id }) => id));
	const required = checklist.items.filter((item) => item.required);
	return {
		checklist: checklist.id,
		required: required.length,
		requiredDone: required.filter(({ id }) => checked.has(id)).length,
		total: checklist.items.length,
		done: checklist.items.filter(({ id }) => checked.has(id)).length,
		unknown: [...checked].filter((id) => !known.has(id)),
	};
}

/** Where a gate stands. */
export type GateStatus = 'not-started' | 'in-progress' | 'met' | 'not-met';

/** The words for a gate's status, on the engagement page and in the review record. */
export const GATE_STATUS_LABELS: Record<GateStatus, string> = {
	'not-started': 'Not started',
	'in-progress': 'In progress',
	met: 'Met',
	'not-met': 'Not met',
};

/**
 * A gate's status from its checklist's run and assessment:
 * - no checklist, or no tick and no rating on any of its items: not started;
 * - on an assessable checklist whose assessment rates every required item: not met when a
 *   required item is rated not met or partly, met when all are met or not applicable;
 * - otherwise ticks decide: met when every required item is ticked, else in progress.
 * A note without a rating is no rating; ids the checklist no longer has never count.
 */
export function gateStatus(
	checklist: WorkspaceChecklist | undefined,
	run?: ChecklistRun,
	assessment?: Assessment,
): GateStatus {
	if (!checklist) return 'not-started';
	const ticked = new Set(run?.checked);
	const ratingOf = (id: string) => assessment?.ratings.get(id)?.rating;
	const touched = checklist.items.some(({ id }) => ticked.has(id) || ratingOf(id));
	if (!touched) return 'not-started';
	const required = checklist.items.filter((item) => item.required);
	if (checklist.assessable && assessment && required.every(({ id }) => ratingOf(id))) {
		const short = required.some(
			({ id }) => ratingOf(id) === 'not-met' || ratingOf(id) === 'partly',
		);
		return short ? 'not-met' : 'met';
	}
	return required.every(({ id }) => ticked.has(id)) ? 'met' : 'in-progress';
}

/** Rated (or annotated) ids the checklist no longer has. */
export function staleRatings(checklist: WorkspaceChecklist, assessment?: Assessment): string[] {
	const known = new Set(checklist.items.map(({ id }) => id));
	return [...(assessment?.ratings.keys() ?? [])].filter((id) => !known.has(id));
}
