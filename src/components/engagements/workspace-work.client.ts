import type { ChecklistRun, ChecklistStore } from '../../lib/checklists/state.ts';
import type { Assessment, AssessmentStore } from '../../lib/checklists/assessment-state.ts';
import type { EngagementWork, WorkspaceStores } from '../../lib/engagements/record.ts';
import type { Engagement, WorkspaceCatalog } from '../../lib/engagements/types.ts';
import type { WorkspaceStorage } from './workspace-storage.client.ts';

/**
 * The runs and assessments an engagement files, from stores read once for the whole page
 * (`readStores`); runs and assessments deleted since are left out.
 */
export function workOf(
	stores: Pick<WorkspaceStores, 'runs' | 'assessments'>,
	engagement: Engagement,
): EngagementWork {
	const runs = new Map<string, ChecklistRun>();
	const assessments = new Map<string, Assessment>();
	for (const link of engagement.checklists) {
		const run = stores.runs.get(link.checklist)?.runs.find(({ id }) => id === link.run);
		if (run) runs.set(link.checklist, run);
		const assessment = stores.assessments
			.get(link.checklist)
			?.assessments.find(({ id }) => id === link.assessment);
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
