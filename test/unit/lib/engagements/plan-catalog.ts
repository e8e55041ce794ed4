import type {
	DuePoint,
	WorkspaceCatalog,
	WorkspaceChecklist,
	WorkspaceItem,
} from '../../../../src/lib/engagements/types.ts';

/** An item due at `due`, with the id and text tests look for. */
export function item(id: string, due: DuePoint, text = `Item ${id}`): WorkspaceItem {
	return { id, text, required: true, due, role: 'Delivery manager', guidance: [] };
}

/** A checklist over `phases`, at `/checklists/<id>/`. */
export function checklist(
	id: string,
	phases: string[],
	items: WorkspaceItem[],
	title = `Checklist ${id}`,
): WorkspaceChecklist {
	return {
		id,
		title,
		url: `/checklists/${id}/`,
		phases,
		assessable: false,
		fingerprint: 'test',
		items,
	};
}

/**
 * The four delivery phases, a Launch checklist with one item per due point, a governance
 * checklist spanning Launch to Close, an S2D checklist and the five gates.
 */
export function planCatalog(overrides: Partial<WorkspaceCatalog> = {}): WorkspaceCatalog {
	return {
		phases: [
			{ id: 's2d', title: 'Sales to Delivery', url: '/phases/s2d/' },
			{ id: 'launch', title: 'Launch', url: '/phases/launch/' },
			{ id: 'manage-and-inspect', title: 'Manage and Inspect', url: '/phases/manage-and-inspect/' },
			{ id: 'close-and-d2s', title: 'Close and D2S', url: '/phases/close-and-d2s/' },
		],
		checklists: [
			checklist(
				'launch-readiness',
				['launch'],
				[
					item('kickoff-booked', 'before-phase'),
					item('kickoff-held', 'phase-start'),
					item('sprint-zero', 'first-two-weeks'),
					item('raid-log', 'ongoing'),
					item('exit-review', 'before-exit'),
					item('launch-signed-off', 'phase-exit'),
				],
			),
			checklist(
				'governance',
				['launch', 'manage-and-inspect', 'close-and-d2s'],
				[
					item('steering', 'ongoing'),
					item('handover-plan', 'before-exit'),
					item('lessons', 'phase-exit'),
				],
			),
			checklist(
				'opportunity',
				['s2d'],
				[item('qualify', 'phase-start'), item('proposal', 'phase-exit')],
			),
		],
		gates: [
			{
				id: 'oqr',
				name: 'Opportunity Quality Review',
				url: '/gates/oqr/',
				checklist: 'opportunity',
			},
			{ id: 'pesa', name: 'Pre-Engagement Security Assessment', url: '/gates/pesa/' },
			{ id: 'dqi', name: 'Delivery Quality Inspection', url: '/gates/dqi/' },
			{
				id: 'deliverable-acceptance',
				name: 'Deliverable acceptance',
				url: '/gates/deliverable-acceptance/',
			},
			{ id: 'csat', name: 'Customer satisfaction', url: '/gates/csat/' },
		],
		...overrides,
	};
}

/** The phase ids of `planCatalog`, in order. */
export const PHASE_IDS = ['s2d', 'launch', 'manage-and-inspect', 'close-and-d2s'] as const;
