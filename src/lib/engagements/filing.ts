/**
 * Filing a checklist's run (or assessment) in an engagement from the checklist page's request.
 * Its own module, loaded by the engagements list only.
 */
import { fileInEngagement, linkOf } from './store.ts';
import type { EngagementStore } from './types.ts';

/**
 * The store with a run (or assessment) of a checklist filed in engagement `target`, and taken
 * out of any other engagement that filed it: a run belongs to one engagement at most. A link left
 * with neither a run nor an assessment is dropped.
 */
export function moveFiling(
	store: EngagementStore,
	checklist: string,
	filed: { run: string } | { assessment: string },
	target: string,
	now = Date.now(),
): EngagementStore {
	const kind = 'run' in filed ? 'run' : 'assessment';
	const id = 'run' in filed ? filed.run : filed.assessment;
	const engagements = store.engagements.map((engagement) => {
		if (engagement.id === target) {
			return { ...engagement, ...fileInEngagement(engagement, checklist, filed), updated: now };
		}
		const link = linkOf(engagement, checklist);
		if (link?.[kind] !== id) return engagement;
		const rest = { ...link, [kind]: undefined };
		const others = engagement.checklists.filter((candidate) => candidate !== link);
		return {
			...engagement,
			checklists: rest.run || rest.assessment ? [...others, rest] : others,
			updated: now,
		};
	});
	return { ...store, engagements };
}
