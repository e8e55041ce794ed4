import { getPublishedEntries, loadCatalog } from './catalog.ts';
import { loadQualityGates } from './quality-gates.ts';
import { entryPath } from '../lib/catalog/entry-types.ts';
import { qualityGatePath } from '../lib/catalog/quality-gates.ts';
import { fingerprintItems } from '../lib/checklists/state.ts';
import type { WorkspaceCatalog, WorkspaceChecklist } from '../lib/engagements/types.ts';

/**
 * What the engagement workspace knows of the catalog, written into its pages: the phases in
 * framework order, every published checklist with its items, and the gates with their checklists.
 */
export async function loadWorkspaceCatalog(): Promise<WorkspaceCatalog> {
	const graph = await loadCatalog();
	const phases = graph.entriesOf('phases').filter((phase) => phase.status === 'published');
	const phaseIndex = new Map(phases.map((phase, index) => [phase.id, index]));
	const checklists = (await getPublishedEntries('checklists'))
		.map((entry): WorkspaceChecklist => ({
			id: entry.id,
			title: entry.data.title,
			url: entryPath('checklists', entry.id),
			phases: entry.data.phases
				.map((phase) => phase.id)
				.filter((id) => phaseIndex.has(id))
				.sort((left, right) => (phaseIndex.get(left) ?? 0) - (phaseIndex.get(right) ?? 0)),
			assessable: entry.data.kind === 'quality-gate',
			fingerprint: fingerprintItems(entry.data.items.map((item) => item.id)),
			items: entry.data.items.map((item) => ({
				id: item.id,
				text: item.text,
				required: item.required,
				due: item.due,
				role: graph.get({ collection: 'roles', id: item.role.id })?.title ?? item.role.id,
				section: item.section,
				guidance: item.guidance.flatMap((link) => {
					const target = graph.get(link);
					return target
						? [{ title: target.title, url: entryPath(link.collection, link.id, link.fragment) }]
						: [];
				}),
			})),
		}))
		// Phase order first, then the phase checklist before procedures and gates, then title.
		.sort(
			(left, right) =>
				(phaseIndex.get(left.phases[0] ?? '') ?? 99) -
					(phaseIndex.get(right.phases[0] ?? '') ?? 99) || left.title.localeCompare(right.title),
		);
	const gates = (await loadQualityGates()).map(({ gate }) => ({
		id: gate.id,
		name: gate.name,
		url: qualityGatePath(gate.id),
		checklist: gate.checklist?.id,
	}));
	return {
		phases: phases.map((phase) => ({
			id: phase.id,
			title: phase.title,
			url: entryPath('phases', phase.id),
		})),
		checklists,
		gates,
	};
}
