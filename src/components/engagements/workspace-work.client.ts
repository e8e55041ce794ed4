import { addRun } from '../checklist/checklist-runs.ts';
import {
	LIMITS,
	newRunId,
	type ChecklistRun,
	type ChecklistStore,
} from '../../lib/checklists/state.ts';
import {
	ASSESSMENT_LIMITS,
	createAssessment,
	type Assessment,
	type AssessmentStore,
} from '../../lib/checklists/assessment-state.ts';
import { fileInEngagement, linkOf, updateEngagement } from '../../lib/engagements/store.ts';
import type { EngagementWork, WorkspaceStores } from '../../lib/engagements/record.ts';
import type { Engagement, EngagementStore, WorkspaceCatalog } from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';

/** The runs and assessments an engagement files, as they are stored now (deleted ones left out). */
export function workOf(storage: WorkspaceStorage, engagement: Engagement): EngagementWork {
	const runs = new Map<string, ChecklistRun>();
	const assessments = new Map<string, Assessment>();
	for (const link of engagement.checklists) {
		const run = link.run && storage.runs(link.checklist)?.runs.find(({ id }) => id === link.run);
		if (run) runs.set(link.checklist, run);
		const assessment =
			link.assessment &&
			storage.assessments(link.checklist)?.assessments.find(({ id }) => id === link.assessment);
		if (assessment) assessments.set(link.checklist, assessment);
	}
	return { engagement, runs, assessments };
}

/** Every store the workspace may change on an import, read now. */
export function readStores(storage: WorkspaceStorage, catalog: WorkspaceCatalog): WorkspaceStores {
	const runs = new Map<string, ChecklistStore>();
	const assessments = new Map<string, AssessmentStore>();
	for (const { id } of catalog.checklists) {
		const run = storage.runs(id);
		if (run) runs.set(id, run);
		const assessment = storage.assessments(id);
		if (assessment) assessments.set(id, assessment);
	}
	return { engagements: storage.engagements(), runs, assessments };
}

/** Writes every store of `stores` back. */
export function writeStores(storage: WorkspaceStorage, stores: WorkspaceStores): void {
	for (const [id, store] of stores.runs) storage.saveRuns(id, store);
	for (const [id, store] of stores.assessments) storage.saveAssessments(id, store);
	storage.saveEngagements(stores.engagements);
}

/**
 * Makes the engagement's run (or assessment) of a checklist the one its page shows, first
 * starting one named after the engagement and filing it there when it has none. Returns the
 * engagements as they are now, or a reason when the checklist keeps as many as it can.
 */
export function openForEngagement(
	storage: WorkspaceStorage,
	store: EngagementStore,
	engagement: Engagement,
	checklist: string,
	kind: 'run' | 'assessment',
): { store: EngagementStore } | { refused: string } {
	const link = linkOf(engagement, checklist);
	if (kind === 'run') {
		const runs = storage.runs(checklist);
		const filed = runs?.runs.find(({ id }) => id === link?.run);
		if (runs && filed) {
			storage.saveRuns(checklist, { ...runs, active: filed.id });
			return { store };
		}
		if (runs && runs.runs.length >= LIMITS.runs) {
			return {
				refused: `This checklist already keeps ${String(LIMITS.runs)} runs, the most it can: delete one on its page first.`,
			};
		}
		const run: ChecklistRun = {
			id: newRunId(),
			name: engagement.name,
			checked: [],
			updated: Date.now(),
		};
		storage.saveRuns(
			checklist,
			runs ? addRun(runs, run) : { version: 1, active: run.id, runs: [run] },
		);
		const next = updateEngagement(store, engagement.id, (current) =>
			fileInEngagement(current, checklist, { run: run.id }),
		);
		storage.saveEngagements(next);
		return { store: next };
	}
	const assessments = storage.assessments(checklist);
	const filed = assessments?.assessments.find(({ id }) => id === link?.assessment);
	if (assessments && filed) {
		storage.saveAssessments(checklist, { ...assessments, active: filed.id });
		return { store };
	}
	if (assessments && assessments.assessments.length >= ASSESSMENT_LIMITS.assessments) {
		return {
			refused: `This checklist already keeps ${String(ASSESSMENT_LIMITS.assessments)} assessments, the most it can: delete one on its page first.`,
		};
	}
	const assessment = createAssessment(engagement.name);
	storage.saveAssessments(
		checklist,
		assessments
			? {
					...assessments,
					assessments: [...assessments.assessments, assessment],
					active: assessment.id,
				}
			: { version: 1, active: assessment.id, assessments: [assessment] },
	);
	const next = updateEngagement(store, engagement.id, (current) =>
		fileInEngagement(current, checklist, { assessment: assessment.id }),
	);
	storage.saveEngagements(next);
	return { store: next };
}
