import fc from 'fast-check';
import type {
	Assessment,
	ItemAssessment,
} from '../../../../src/lib/checklists/assessment-state.ts';
import { fingerprintItems, type ChecklistRun } from '../../../../src/lib/checklists/state.ts';
import type { EngagementWork } from '../../../../src/lib/engagements/record.ts';
import type {
	Engagement,
	WorkspaceCatalog,
	WorkspaceChecklist,
	WorkspaceItem,
} from '../../../../src/lib/engagements/types.ts';
import { cleanStoredName } from '../../../../src/lib/browser/stored-record.ts';
import { cleanNote, RATINGS } from '../../../../src/lib/checklists/assessment-state.ts';
import { cleanStoredText } from '../../../../src/lib/browser/stored-text.ts';
import { ACTION_STATUSES } from '../../../../src/schemas/storage-limits.ts';

function item(id: string, required: boolean, role = 'Engagement manager'): WorkspaceItem {
	return { id, text: `Item ${id}`, required, due: 'phase-exit', role, guidance: [] };
}

function checklist(
	id: string,
	title: string,
	phases: string[],
	assessable: boolean,
	items: WorkspaceItem[],
): WorkspaceChecklist {
	const fingerprint = fingerprintItems(items.map((entry) => entry.id));
	return { id, title, url: `/checklists/${id}/`, phases, assessable, fingerprint, items };
}

/** Four phases, an assessable quality-gate checklist (`oqr`) and a phase checklist. */
export const catalog: WorkspaceCatalog = {
	phases: [
		{ id: 's2d', title: 'Sell to deliver', url: '/phases/s2d/' },
		{ id: 'launch', title: 'Launch', url: '/phases/launch/' },
		{ id: 'manage-and-inspect', title: 'Manage and inspect', url: '/phases/manage-and-inspect/' },
		{ id: 'close-and-d2s', title: 'Close and deliver to sell', url: '/phases/close-and-d2s/' },
	],
	checklists: [
		checklist('kickoff-ready', 'Kickoff readiness', ['launch'], false, [
			item('agenda-agreed', true),
			item('room-booked', false, 'Consultant'),
			item('team-named', true),
		]),
		checklist('oqr', 'Operational quality review', ['manage-and-inspect'], true, [
			item('scope-agreed', true),
			item('risks-logged', true, 'Project manager'),
			item('raid-current', false),
			item('constructor', false),
		]),
	],
	gates: [
		{ id: 'oqr', name: 'Operational quality review', url: '/gates/oqr/', checklist: 'oqr' },
		{ id: 'csat', name: 'Customer satisfaction', url: '/gates/csat/' },
	],
};

/** An engagement with a run on both checklists and an assessment of `oqr`. */
export function sampleWork(): EngagementWork {
	const engagement: Engagement = {
		id: 'eng1',
		name: 'Acme migration',
		customer: 'Acme',
		start: '2027-01-04',
		end: '2027-06-30',
		sow: 'SOW-7',
		notes: 'Line one\nline two',
		archived: false,
		phaseDates: new Map([['launch', { start: '2027-01-04', end: '2027-02-01' }]]),
		checklists: [
			{ checklist: 'kickoff-ready', run: 'run1', assessment: undefined },
			{ checklist: 'oqr', run: 'run2', assessment: 'ass1' },
		],
		actions: [
			{
				checklist: 'oqr',
				item: 'risks-logged',
				owner: 'Dana Reyes',
				due: '2027-04-30',
				status: 'in-progress',
				reason: '',
				note: 'Log the remaining risks with the customer.',
				updated: 6,
			},
		],
		milestones: [
			{
				id: 'ms1',
				checklist: 'oqr',
				label: 'OQR day 60',
				date: '2027-03-05',
				ratings: new Map([
					['scope-agreed', 'partly'],
					['risks-logged', 'not-met'],
				]),
				created: 7,
			},
		],
		created: 1,
		updated: 2,
	};
	const runs = new Map<string, ChecklistRun>([
		[
			'kickoff-ready',
			{ id: 'run1', name: 'Acme migration', checked: ['agenda-agreed'], updated: 3 },
		],
		[
			'oqr',
			{ id: 'run2', name: 'Acme OQR', checked: ['scope-agreed', 'retired-item'], updated: 4 },
		],
	]);
	const assessments = new Map<string, Assessment>([
		[
			'oqr',
			{
				id: 'ass1',
				name: 'Acme OQR',
				ratings: new Map<string, ItemAssessment>([
					['scope-agreed', { rating: 'met', note: 'Signed on 4 January.' }],
					['risks-logged', { rating: 'partly', note: 'Half the risks.' }],
					['constructor', { note: 'A note before a rating.' }],
				]),
				updated: 5,
			},
		],
	]);
	return { engagement, runs, assessments };
}

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2000, 0, 1) / DAY_MS;
const LAST = Date.UTC(2100, 11, 31) / DAY_MS;
const day = (offset: number) => new Date((FIRST + offset) * DAY_MS).toISOString().slice(0, 10);

/** A name as the cleaners keep it. */
export const arbitraryName = (max: number) =>
	fc.string({ minLength: 1, maxLength: max + 5 }).map((text) => cleanStoredName(text, max) ?? 'x');

const arbitraryNote = (max: number) =>
	fc.string({ maxLength: max + 20 }).map((text) => cleanNote(text).slice(0, max));

const stableId = fc.stringMatching(/^[a-z0-9]{1,24}$/);

const arbitraryItemIds = (ids: string[]) =>
	fc.uniqueArray(fc.oneof(fc.constantFrom(...ids), fc.constantFrom('retired-item', 'gone')));

/** Any work this catalog can hold, links consistent with what it files. */
export const arbitraryWork: fc.Arbitrary<EngagementWork> = fc
	.record({
		id: stableId,
		name: arbitraryName(80),
		customer: fc.oneof(fc.constant(''), arbitraryName(80)),
		sow: fc.oneof(fc.constant(''), arbitraryName(80)),
		notes: arbitraryNote(2_000),
		archived: fc.boolean(),
		start: fc.integer({ min: 0, max: LAST - FIRST - 1 }),
		length: fc.integer({ min: 1, max: 2_000 }),
		phaseDates: fc.uniqueArray(fc.constantFrom(...catalog.phases.map(({ id }) => id))),
		kickoff: fc.option(
			fc.record({
				id: stableId,
				name: arbitraryName(80),
				checked: arbitraryItemIds(['agenda-agreed', 'room-booked']),
			}),
			{ nil: undefined },
		),
		oqr: fc.option(
			fc.record({
				id: stableId,
				name: arbitraryName(80),
				checked: arbitraryItemIds(['scope-agreed', 'constructor']),
			}),
			{ nil: undefined },
		),
		assessment: fc.option(
			fc.record({
				id: stableId,
				name: arbitraryName(80),
				ratings: fc.uniqueArray(
					fc.tuple(
						fc.constantFrom('scope-agreed', 'risks-logged', 'constructor', 'retired-item'),
						fc.constantFrom(...RATINGS),
						arbitraryNote(500),
					),
					{ selector: ([id]) => id },
				),
			}),
			{ nil: undefined },
		),
		actions: fc.uniqueArray(
			fc.record({
				checklist: fc.constantFrom('oqr', 'kickoff-ready'),
				item: fc.constantFrom('scope-agreed', 'risks-logged', 'agenda-agreed', 'constructor'),
				owner: fc.oneof(fc.constant(''), arbitraryName(80)),
				due: fc.oneof(
					fc.constant(''),
					fc.integer({ min: 0, max: LAST - FIRST }).map((offset) => day(offset)),
				),
				status: fc.constantFrom(...ACTION_STATUSES),
				reason: fc.string({ maxLength: 320 }).map((text) => cleanStoredText(text, 300)),
				note: fc.string({ maxLength: 1_020 }).map((text) => cleanStoredText(text, 1_000)),
				updated: fc.integer(),
			}),
			{ selector: ({ checklist, item }) => `${checklist}/${item}`, maxLength: 6 },
		),
		milestones: fc.uniqueArray(
			fc.record({
				id: stableId,
				checklist: fc.constant('oqr'),
				label: arbitraryName(60),
				date: fc.integer({ min: 0, max: LAST - FIRST }).map((offset) => day(offset)),
				ratings: fc.uniqueArray(
					fc.tuple(
						fc.constantFrom('scope-agreed', 'risks-logged', 'constructor', 'retired-item'),
						fc.constantFrom(...RATINGS),
					),
					{ selector: ([id]) => id },
				),
				created: fc.integer(),
			}),
			{ selector: ({ id }) => id, maxLength: 4 },
		),
		created: fc.integer(),
		updated: fc.integer(),
	})
	.map((value) => {
		const end = Math.min(value.start + value.length, LAST - FIRST);
		const runs = new Map<string, ChecklistRun>();
		if (value.kickoff) runs.set('kickoff-ready', { ...value.kickoff, updated: value.updated });
		if (value.oqr) runs.set('oqr', { ...value.oqr, updated: value.updated });
		const assessments = new Map<string, Assessment>();
		if (value.assessment)
			assessments.set('oqr', {
				id: value.assessment.id,
				name: value.assessment.name,
				ratings: new Map(
					value.assessment.ratings.map(([id, rating, note]) => [id, { rating, note }]),
				),
				updated: value.created,
			});
		const checklists = catalog.checklists
			.map(({ id }) => ({
				checklist: id,
				run: runs.get(id)?.id,
				assessment: assessments.get(id)?.id,
			}))
			.filter((link) => link.run || link.assessment);
		const engagement: Engagement = {
			id: value.id,
			name: value.name,
			customer: value.customer,
			start: day(value.start),
			end: day(end),
			sow: value.sow,
			notes: value.notes,
			archived: value.archived,
			phaseDates: new Map(
				value.phaseDates.map((phase) => [phase, { start: day(value.start), end: day(end) }]),
			),
			checklists,
			actions: value.actions,
			milestones: value.milestones.map((milestone) => ({
				...milestone,
				ratings: new Map(milestone.ratings),
			})),
			created: value.created,
			updated: value.updated,
		};
		return { engagement, runs, assessments };
	});
