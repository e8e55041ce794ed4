/**
 * Importing an engagement's work (from a record file or a share link) into this browser's stores.
 * Import only adds: runs and assessments become new entries beside the reader's own, under fresh
 * ids, and nothing the reader has is overwritten except, when asked, the engagement it replaces.
 */
import { ASSESSMENT_LIMITS, type AssessmentStore } from '../checklists/assessment-state.ts';
import { LIMITS, newRunId, type ChecklistStore } from '../checklists/state.ts';
import { ENGAGEMENT_LIMITS } from './store.ts';
import type { ChecklistLink, Engagement, EngagementStore } from './types.ts';
import type { EngagementWork } from './work.ts';

/** The stores an import reads and writes; runs and assessments by checklist id, only those read. */
export interface WorkspaceStores {
	engagements: EngagementStore;
	/** A checklist missing here has no stored runs yet. */
	runs: Map<string, ChecklistStore>;
	/** A checklist missing here has no stored assessments yet. */
	assessments: Map<string, AssessmentStore>;
}

/** How to import: as it is, beside an engagement with the same id, or in that engagement's place. */
export type ImportMode = 'add' | 'keep-both' | 'replace';

const IMPORTED = ' (imported)';

/** The engagement this browser already keeps under the imported one's id, if any. */
export function findConflict(
	stores: WorkspaceStores,
	work: EngagementWork,
): Engagement | undefined {
	return stores.engagements.engagements.find(({ id }) => id === work.engagement.id);
}

/** A random id none of `taken` has. */
function freshId(taken: readonly { id: string }[]): string {
	let id = newRunId();
	while (taken.some((entry) => entry.id === id)) id = newRunId();
	return id;
}

/**
 * Adds the work to the stores and returns them, the imported engagement's id ('' when the
 * engagement store is full and nothing was imported) and notices. `add` keeps the engagement's
 * id, unless this browser already has it, when it acts as `keep-both`: a new id and " (imported)"
 * after the name. `replace` puts the engagement in place of the one with its id; that one's runs
 * stay in their checklists, unfiled. A checklist already holding its most runs (or assessments)
 * refuses that one, with a notice; the rest import. The stores passed in are not changed.
 */
export function importWork(
	stores: WorkspaceStores,
	work: EngagementWork,
	mode: ImportMode,
	now = Date.now(),
): { stores: WorkspaceStores; engagementId: string; notices: string[] } {
	const kept = stores.engagements.engagements;
	const conflict = findConflict(stores, work);
	const replaced = mode === 'replace' ? conflict : undefined;
	if (!replaced && kept.length >= ENGAGEMENT_LIMITS.engagements) {
		const full = `This browser already keeps ${ENGAGEMENT_LIMITS.engagements} engagements, the most it can: delete one, then import again.`;
		return { stores, engagementId: '', notices: [full] };
	}
	const notices: string[] = [];
	const links = new Map<string, ChecklistLink>(
		work.engagement.checklists.map(({ checklist }) => [checklist, { checklist }]),
	);
	const linkOf = (checklist: string): ChecklistLink => {
		const link = links.get(checklist) ?? { checklist };
		links.set(checklist, link);
		return link;
	};
	const runs = new Map(stores.runs);
	for (const [checklist, run] of work.runs) {
		const store = runs.get(checklist);
		if (store && store.runs.length >= LIMITS.runs) {
			notices.push(
				`Checklist ${checklist} already keeps ${LIMITS.runs} runs, the most it can: its run was not imported.`,
			);
			continue;
		}
		const added = { ...run, id: freshId(store?.runs ?? []), checked: [...run.checked] };
		runs.set(
			checklist,
			store
				? { ...store, runs: [...store.runs, added] }
				: { version: 1, active: added.id, runs: [added] },
		);
		linkOf(checklist).run = added.id;
	}
	const assessments = new Map(stores.assessments);
	for (const [checklist, assessment] of work.assessments) {
		const store = assessments.get(checklist);
		if (store && store.assessments.length >= ASSESSMENT_LIMITS.assessments) {
			notices.push(
				`Checklist ${checklist} already keeps ${ASSESSMENT_LIMITS.assessments} assessments, the most it can: its assessment was not imported.`,
			);
			continue;
		}
		const added = {
			...assessment,
			id: freshId(store?.assessments ?? []),
			ratings: new Map(assessment.ratings),
		};
		assessments.set(
			checklist,
			store
				? { ...store, assessments: [...store.assessments, added] }
				: { version: 1, active: added.id, assessments: [added] },
		);
		linkOf(checklist).assessment = added.id;
	}
	const renamed = !replaced && (mode === 'keep-both' || conflict !== undefined);
	const name = work.engagement.name;
	const engagement: Engagement = {
		...work.engagement,
		id: renamed ? freshId(kept) : work.engagement.id,
		name: renamed
			? `${name.slice(0, ENGAGEMENT_LIMITS.nameLength - IMPORTED.length).trimEnd()}${IMPORTED}`
			: name,
		phaseDates: new Map(work.engagement.phaseDates),
		checklists: [...links.values()].filter((link) => link.run || link.assessment),
		updated: now,
	};
	if (replaced && replaced.checklists.length > 0)
		notices.push(
			'The runs and assessments the replaced engagement filed stay in their checklists, no longer filed in an engagement.',
		);
	const engagements = replaced
		? kept.map((entry) => (entry.id === replaced.id ? engagement : entry))
		: [...kept, engagement];
	return {
		stores: { engagements: { ...stores.engagements, engagements }, runs, assessments },
		engagementId: engagement.id,
		notices,
	};
}
