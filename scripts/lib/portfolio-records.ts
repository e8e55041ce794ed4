/**
 * Engagements for the portfolio's benchmark, browser tests and screenshots: `count` valid ones for
 * a catalog (the one the built page carries), with varied names, customers, dates, runs,
 * assessments and improvement-plan decisions, drawn from a seeded PRNG; as record files, or as
 * the browser storage that keeps them. Tooling only.
 */
import {
	assessmentStorageKey,
	encodeAssessmentStore,
} from '../../src/lib/checklists/assessment-state.ts';
import { encodeStore, storageKey } from '../../src/lib/checklists/state.ts';
import {
	encodeRecord,
	importWork,
	type EngagementWork,
	type WorkspaceStores,
} from '../../src/lib/engagements/record.ts';
import {
	ENGAGEMENT_STORAGE_KEY,
	emptyEngagementStore,
	encodeEngagementStore,
} from '../../src/lib/engagements/store.ts';
import type { ActionEntry, WorkspaceCatalog } from '../../src/lib/engagements/types.ts';
import { calendarDay, formatCalendarDay } from '../../src/schemas/calendar-date.ts';
import { ACTION_STATUSES } from '../../src/schemas/storage-limits.ts';
import { createRandom } from './synthetic-catalog.ts';

const KINDS = [
	'Cloud migration',
	'Data platform',
	'Security uplift',
	'ERP rollout',
	'App modernisation',
];
const CUSTOMERS = [
	'Acme Ltd',
	'Globex',
	'Initech',
	'Umbrella Health',
	'Stark Logistics',
	'Wayne Retail',
];
const OWNERS = ['Dana Reyes', 'Sam Okafor', 'Priya Nair', 'Lee Chen', ''];
/** Ratings as assessments give them: mostly met. */
const RATED = ['met', 'met', 'met', 'met', 'partly', 'not-met', 'na'] as const;
/** Every record says it was exported at this moment, so the same seed gives the same bytes. */
const EXPORTED = new Date('2026-07-01T09:00:00Z');

/** The workspace's catalog as a built workspace page carries it (its `data-catalog` JSON). */
export function workspaceCatalogOf(html: string): WorkspaceCatalog {
	const json = /<script type="application\/json" data-catalog>([\s\S]*?)<\/script>/.exec(html)?.[1];
	if (!json) throw new Error('the page carries no workspace catalog');
	return JSON.parse(json) as WorkspaceCatalog;
}

/** What to make: how many engagements, from which seed, as seen on which day. */
export interface PortfolioWorkOptions {
	count: number;
	seed: number;
	/** `YYYY-MM-DD`: engagements start between 500 days before it and 60 days after. */
	today: string;
}

/** Engagements for the catalog: each with runs on most checklists, some assessed, a few decisions. */
export function generateWorks(
	catalog: WorkspaceCatalog,
	options: PortfolioWorkOptions,
): EngagementWork[] {
	const random = createRandom(options.seed);
	const today = calendarDay(options.today) ?? 0;
	return Array.from({ length: options.count }, (_, index): EngagementWork => {
		const start = today - random.int(-60, 500);
		const id = `e${index.toString(36)}s${String(options.seed)}`;
		const runs: EngagementWork['runs'] = new Map();
		const assessments: EngagementWork['assessments'] = new Map();
		const actions: ActionEntry[] = [];
		catalog.checklists.forEach((checklist, place) => {
			const ids = checklist.items.map((item) => item.id);
			if (random.chance(0.8))
				runs.set(checklist.id, {
					id: `${id}r${String(place)}`,
					name: `Run ${String(index + 1)}`,
					checked: random.sample(ids, random.int(Math.floor(ids.length / 2), ids.length)),
					updated: 0,
				});
			if (!checklist.assessable || !random.chance(0.6)) return;
			// Half the assessments rate every item, so gates come out met and not met too.
			const rated = random.chance(0.5) ? ids : random.sample(ids, random.int(1, ids.length));
			assessments.set(checklist.id, {
				id: `${id}a${String(place)}`,
				name: `Assessment ${String(index + 1)}`,
				ratings: new Map(rated.map((item) => [item, { rating: random.pick(RATED), note: '' }])),
				updated: 0,
			});
			for (const item of random.sample(rated, random.int(0, 3)))
				actions.push({
					checklist: checklist.id,
					item,
					owner: random.pick(OWNERS),
					due: '',
					status: random.pick(ACTION_STATUSES),
					reason: '',
					note: '',
					updated: 0,
				});
		});
		const engagement = {
			id,
			name: `${random.pick(KINDS)} ${String(index + 1)}`,
			customer: random.pick(CUSTOMERS),
			start: formatCalendarDay(start),
			end: formatCalendarDay(start + random.int(120, 540)),
			sow: `SOW-${String(1000 + index)}`,
			notes: '',
			archived: random.chance(0.05),
			phaseDates: new Map(),
			checklists: catalog.checklists
				.filter(({ id: checklist }) => runs.has(checklist) || assessments.has(checklist))
				.map(({ id: checklist }) => ({
					checklist,
					run: runs.get(checklist)?.id,
					assessment: assessments.get(checklist)?.id,
				})),
			actions,
			milestones: [],
			created: 0,
			updated: 0,
		};
		return { engagement, runs, assessments };
	});
}

/** Each engagement as a record file, named after it. */
export function recordFiles(
	works: readonly EngagementWork[],
	catalog: WorkspaceCatalog,
): { name: string; text: string }[] {
	return works.map((work, index) => ({
		name: `engagement-${String(index + 1).padStart(3, '0')}.json`,
		text: encodeRecord(work, catalog, EXPORTED),
	}));
}

/** The localStorage entries of a browser that keeps these engagements, by key. */
export function browserStorage(works: readonly EngagementWork[]): Record<string, string> {
	let stores: WorkspaceStores = {
		engagements: emptyEngagementStore(),
		runs: new Map(),
		assessments: new Map(),
	};
	for (const work of works) stores = importWork(stores, work, 'add', 0).stores;
	const entries: [string, string][] = [
		[ENGAGEMENT_STORAGE_KEY, encodeEngagementStore(stores.engagements)],
		...[...stores.runs].map(([id, store]): [string, string] => [
			storageKey(id),
			encodeStore(store),
		]),
		...[...stores.assessments].map(([id, store]): [string, string] => [
			assessmentStorageKey(id),
			encodeAssessmentStore(store),
		]),
	];
	return Object.fromEntries(entries);
}
