import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	improvementPlan,
	setAction,
	shortItems,
	type PlanAction,
} from '../../../../src/lib/engagements/actions.ts';
import { actionsCsv, actionsMarkdown } from '../../../../src/lib/engagements/actions-export.ts';
import { planEngagement } from '../../../../src/lib/engagements/plan.ts';
import { cleanEngagement, engagementToJson } from '../../../../src/lib/engagements/store.ts';
import type { EngagementWork } from '../../../../src/lib/engagements/record.ts';
import type { ActionFields } from '../../../../src/lib/engagements/actions.ts';
import type { WorkspaceChecklist } from '../../../../src/lib/engagements/types.ts';
import { ENGAGEMENT_LIMITS } from '../../../../src/schemas/storage-limits.ts';
import { arbitraryWork, catalog, sampleWork } from './fixtures.ts';

const oqr = catalog.checklists.find(({ id }) => id === 'oqr') as WorkspaceChecklist;
const SITE = 'https://pdp.example.com';

/** The sample work with no decisions kept, so the plan is what the ratings and ticks make it. */
function undecided(): EngagementWork {
	const work = sampleWork();
	return { ...work, engagement: { ...work.engagement, actions: [] } };
}

const planOf = (work: EngagementWork, today: string) =>
	improvementPlan(work, catalog, planEngagement(work.engagement, catalog), today);
const keys = (actions: PlanAction[]) =>
	actions.map((action) => `${action.checklist.id}/${action.item.id}`);

describe('shortItems', () => {
	test('items rated partly or not met fall short; a required item unticked once the gate is started', () => {
		const work = undecided();
		// scope-agreed is met and ticked; risks-logged is rated partly.
		expect(shortItems(oqr, work, false)).toEqual(new Map([['risks-logged', 'partly']]));
		work.runs.set('oqr', { id: 'run2', name: 'Run', checked: [], updated: 0 });
		work.assessments.set('oqr', {
			id: 'ass1',
			name: 'A',
			ratings: new Map([['raid-current', { rating: 'not-met', note: '' }]]),
			updated: 0,
		});
		// Started (a rating): both required items are unticked and unrated; the optional one is rated not met.
		expect(shortItems(oqr, work, false)).toEqual(
			new Map([
				['scope-agreed', 'unticked'],
				['risks-logged', 'unticked'],
				['raid-current', 'not-met'],
			]),
		);
	});

	test('a gate not reached asks for nothing; once its window has closed, every required item unticked does', () => {
		const work = undecided();
		work.runs.delete('oqr');
		work.assessments.delete('oqr');
		expect(shortItems(oqr, work, false).size).toBe(0);
		expect([...shortItems(oqr, work, true)]).toEqual([
			['scope-agreed', 'unticked'],
			['risks-logged', 'unticked'],
		]);
	});

	test('a required item rated met or not applicable is not unticked work', () => {
		const work = undecided();
		work.runs.set('oqr', { id: 'run2', name: 'Run', checked: [], updated: 0 });
		work.assessments.set('oqr', {
			id: 'ass1',
			name: 'A',
			ratings: new Map([
				['scope-agreed', { rating: 'met', note: '' }],
				['risks-logged', { rating: 'na', note: '' }],
			]),
			updated: 0,
		});
		expect(shortItems(oqr, work, false).size).toBe(0);
	});
});

describe('improvementPlan', () => {
	test('one open action per item that falls short, due on the item’s own date, flagged once it has passed', () => {
		const work = undecided();
		const plan = planEngagement(work.engagement, catalog);
		const itemDue = plan.items.find(({ item }) => item === 'risks-logged')!.due;
		const [action, ...rest] = planOf(work, itemDue);
		expect(rest).toEqual([]);
		expect(action).toMatchObject({
			because: 'partly',
			due: itemDue,
			overdue: false,
			entry: { status: 'open', owner: '' },
		});
		expect(action!.item.id).toBe('risks-logged');
		const dayAfter = new Date(Date.parse(itemDue) + 86_400_000).toISOString().slice(0, 10);
		expect(planOf(work, dayAfter)[0]!.overdue).toBe(true);
	});

	test('the reader’s decision gives the owner and due date; done or won’t do is never overdue', () => {
		const work = sampleWork();
		const [action] = planOf(work, '2027-05-01');
		expect(action).toMatchObject({ due: '2027-04-30', overdue: true });
		expect(action!.entry.owner).toBe('Dana Reyes');
		for (const status of ['done', 'wont-do'] as const) {
			work.engagement.actions[0]!.status = status;
			expect(planOf(work, '2027-05-01')[0]!.overdue).toBe(false);
		}
	});

	test('an item that comes good leaves the plan, unless a decision on it is kept', () => {
		const work = undecided();
		work.assessments.get('oqr')!.ratings.set('risks-logged', { rating: 'met', note: '' });
		work.runs.get('oqr')!.checked.push('risks-logged');
		expect(planOf(work, '2027-03-01')).toEqual([]);
		const kept = sampleWork();
		kept.assessments.get('oqr')!.ratings.set('risks-logged', { rating: 'met', note: '' });
		kept.runs.get('oqr')!.checked.push('risks-logged');
		expect(planOf(kept, '2027-03-01').map(({ because }) => because)).toEqual([undefined]);
	});

	test('decisions on items the catalog no longer has are left out', () => {
		const work = sampleWork();
		work.engagement.actions.push({ ...work.engagement.actions[0]!, item: 'retired-item' });
		expect(keys(planOf(work, '2027-03-01'))).toEqual(['oqr/risks-logged']);
	});

	test('for any work: ordered by due date, one action per item, every short item in it', () => {
		fc.assert(
			fc.property(arbitraryWork, fc.integer({ min: 0, max: 3_000 }), (work, offset) => {
				const today = new Date(Date.parse(work.engagement.start) + offset * 86_400_000)
					.toISOString()
					.slice(0, 10);
				const actions = planOf(work, today);
				const dues = actions.map(({ due }) => due);
				expect(dues).toEqual([...dues].sort());
				expect(new Set(keys(actions)).size).toBe(actions.length);
				const listed = new Set(keys(actions));
				for (const [item] of shortItems(oqr, work, true))
					if (work.assessments.get('oqr')?.ratings.get(item)?.rating)
						expect(listed.has(`oqr/${item}`)).toBe(true);
				for (const action of actions)
					if (action.overdue) expect(['open', 'in-progress']).toContain(action.entry.status);
			}),
		);
	});
});

describe('setAction', () => {
	const fields = (change: Partial<ActionFields> = {}): ActionFields => ({
		owner: 'Sam',
		due: '2027-05-01',
		status: 'open',
		reason: '',
		note: '',
		...change,
	});

	test('keeps one cleaned decision per item, stamped with the time', () => {
		const { engagement } = sampleWork();
		const result = setAction(
			engagement,
			'oqr',
			'risks-logged',
			fields({ owner: '  Sam Lee\u0000 ', status: 'wont-do', reason: 'Out of scope' }),
			42,
		);
		expect(result).toEqual({
			ok: true,
			actions: [
				{
					checklist: 'oqr',
					item: 'risks-logged',
					owner: 'Sam Lee',
					due: '2027-05-01',
					status: 'wont-do',
					reason: 'Out of scope',
					note: '',
					updated: 42,
				},
			],
		});
	});

	test('a decision set back to a fresh open action is forgotten', () => {
		const { engagement } = sampleWork();
		expect(setAction(engagement, 'oqr', 'risks-logged', fields({ owner: '', due: '' }))).toEqual({
			ok: true,
			actions: [],
		});
	});

	test('a date outside 2000–2100 is dropped, and an unknown status reads as open', () => {
		const { engagement } = sampleWork();
		const result = setAction(engagement, 'oqr', 'scope-agreed', {
			...fields({ due: '1999-12-31' }),
			status: 'later' as ActionFields['status'],
		});
		expect(result.ok && result.actions.at(-1)).toMatchObject({ due: '', status: 'open' });
	});

	test('a new decision beyond the bound is refused with words to show; changing a kept one is not', () => {
		const { engagement } = sampleWork();
		engagement.actions = Array.from({ length: ENGAGEMENT_LIMITS.actionsPerEngagement }, (_, n) => ({
			...engagement.actions[0]!,
			item: `item-${String(n)}`,
		}));
		const refused = setAction(engagement, 'oqr', 'scope-agreed', fields());
		expect(refused).toEqual({
			ok: false,
			reason: expect.stringContaining('at most 300 actions') as string,
		});
		expect(setAction(engagement, 'oqr', 'item-7', fields({ status: 'done' })).ok).toBe(true);
	});

	test('the store keeps decisions through its codec, bounded, one per item', () => {
		const { engagement } = sampleWork();
		const json = engagementToJson(engagement);
		const repeated = { ...json, actions: [...engagement.actions, ...engagement.actions] };
		expect(cleanEngagement(repeated)?.actions).toEqual(engagement.actions);
		const many = {
			...json,
			actions: Array.from({ length: 400 }, (_, n) => ({
				...engagement.actions[0],
				item: `i-${String(n)}`,
			})),
		};
		expect(cleanEngagement(many)?.actions).toHaveLength(ENGAGEMENT_LIMITS.actionsPerEngagement);
	});
});

describe('exports', () => {
	const input = () => {
		const work = sampleWork();
		work.engagement.actions[0]!.note = 'Call =SUM(A1) | today';
		return {
			engagement: work.engagement,
			actions: planOf(work, '2027-05-01'),
			siteUrl: SITE,
			today: '2027-05-01',
		};
	};

	test('CSV: the columns trackers import, the item’s link in the description, formulas defused', () => {
		const csv = actionsCsv(input());
		const [head, row] = csv.split('\r\n');
		expect(head).toBe('Title,Description,Owner,Due date,Status');
		expect(row).toMatch(/^Operational quality review: Item risks-logged,"Rated partly/);
		expect(csv).toContain(`Checklist item: ${SITE}/checklists/oqr/#risks-logged`);
		expect(csv).toContain('Note: Call =SUM(A1) | today');
		expect(csv).toMatch(/,Dana Reyes,2027-04-30,In progress\r\n$/);
		const hostile = input();
		hostile.actions[0]!.entry.owner = '=HYPERLINK("x")';
		expect(actionsCsv(hostile)).toContain(`"'=HYPERLINK(""x"")"`);
	});

	test('Markdown: a table by due date with counts, overdue marked, text escaped', () => {
		const markdown = actionsMarkdown(input());
		expect(markdown).toContain('# Improvement plan: Acme migration');
		expect(markdown).toContain('1 action, 1 open, 1 overdue · 2027-05-01');
		expect(markdown).toContain(`[Item risks-logged](${SITE}/checklists/oqr/#risks-logged)`);
		expect(markdown).toContain('2027-04-30 **overdue**');
		expect(markdown).toContain('Call =SUM(A1) \\| today');
	});

	test('Markdown says so when nothing falls short', () => {
		expect(actionsMarkdown({ ...input(), actions: [] })).toContain(
			'Nothing falls short at the gates so far.',
		);
	});
});
