import { describe, expect, test } from 'vitest';
import type { Assessment, Rating } from '../../../../src/lib/checklists/assessment-state.ts';
import type { ChecklistRun } from '../../../../src/lib/checklists/state.ts';
import {
	checklistProgress,
	gateStatus,
	staleRatings,
} from '../../../../src/lib/engagements/status.ts';
import type { WorkspaceChecklist } from '../../../../src/lib/engagements/types.ts';
import { catalog } from './fixtures.ts';

const [kickoff, oqr] = catalog.checklists as [WorkspaceChecklist, WorkspaceChecklist];

const run = (...checked: string[]): ChecklistRun => ({ id: 'r', name: 'Run', checked, updated: 0 });

function assessment(ratings: Record<string, Rating | undefined>): Assessment {
	return {
		id: 'a',
		name: 'Assessment',
		ratings: new Map(
			Object.entries(ratings).map(([id, rating]) => [
				id,
				rating ? { rating, note: '' } : { note: 'Evidence' },
			]),
		),
		updated: 0,
	};
}

describe('checklistProgress', () => {
	test('counts required and all items done, and lists ticks the checklist no longer has', () => {
		expect(checklistProgress(kickoff, run('agenda-agreed', 'room-booked', 'retired'))).toEqual({
			checklist: 'kickoff-ready',
			required: 2,
			requiredDone: 1,
			total: 3,
			done: 2,
			unknown: ['retired'],
		});
	});

	test('without a run nothing is done', () => {
		expect(checklistProgress(oqr)).toEqual({
			checklist: 'oqr',
			required: 2,
			requiredDone: 0,
			total: 4,
			done: 0,
			unknown: [],
		});
	});
});

describe('gateStatus', () => {
	const allRequired = { 'scope-agreed': 'met', 'risks-logged': 'met' } as const;
	test.each<
		[
			string,
			WorkspaceChecklist | undefined,
			ChecklistRun | undefined,
			Assessment | undefined,
			string,
		]
	>([
		['no checklist', undefined, run('scope-agreed'), undefined, 'not-started'],
		['no run and no assessment', oqr, undefined, undefined, 'not-started'],
		['no ticks and no ratings', oqr, run(), assessment({}), 'not-started'],
		[
			'only ids the checklist no longer has',
			oqr,
			run('retired'),
			assessment({ retired: 'met' }),
			'not-started',
		],
		[
			'a note without a rating',
			oqr,
			undefined,
			assessment({ 'scope-agreed': undefined }),
			'not-started',
		],
		['one tick', oqr, run('raid-current'), undefined, 'in-progress'],
		['one rating', oqr, undefined, assessment({ 'scope-agreed': 'met' }), 'in-progress'],
		['every required item ticked', oqr, run('scope-agreed', 'risks-logged'), undefined, 'met'],
		['every required item rated met', oqr, undefined, assessment(allRequired), 'met'],
		[
			'required items met or not applicable',
			oqr,
			undefined,
			assessment({ 'scope-agreed': 'met', 'risks-logged': 'na' }),
			'met',
		],
		[
			'a required item rated partly',
			oqr,
			undefined,
			assessment({ ...allRequired, 'risks-logged': 'partly' }),
			'not-met',
		],
		[
			'a required item rated not met',
			oqr,
			undefined,
			assessment({ ...allRequired, 'scope-agreed': 'not-met' }),
			'not-met',
		],
		[
			'ratings decide over ticks once every required item is rated',
			oqr,
			run('scope-agreed', 'risks-logged'),
			assessment({ ...allRequired, 'scope-agreed': 'not-met' }),
			'not-met',
		],
		[
			'an optional item rated not met does not fail the gate',
			oqr,
			undefined,
			assessment({ ...allRequired, 'raid-current': 'not-met' }),
			'met',
		],
		[
			'a required item not yet rated leaves it to the ticks',
			oqr,
			run('scope-agreed'),
			assessment({ 'scope-agreed': 'not-met' }),
			'in-progress',
		],
		[
			'ticks decide when a required item is not rated',
			oqr,
			run('scope-agreed', 'risks-logged'),
			assessment({ 'scope-agreed': 'not-met' }),
			'met',
		],
		[
			'a rating of a retired item does not count',
			oqr,
			undefined,
			assessment({ 'scope-agreed': 'met', retired: 'met' }),
			'in-progress',
		],
		[
			'ratings on a checklist that is not assessable do not decide',
			kickoff,
			run('agenda-agreed'),
			assessment({ 'agenda-agreed': 'met', 'team-named': 'met' }),
			'in-progress',
		],
	])('%s', (_, checklist, ticked, assessed, status) => {
		expect(gateStatus(checklist, ticked, assessed)).toBe(status);
	});
});

describe('staleRatings', () => {
	test('lists rated or annotated ids the checklist no longer has', () => {
		expect(
			staleRatings(oqr, assessment({ 'scope-agreed': 'met', retired: 'met', gone: undefined })),
		).toEqual(['retired', 'gone']);
		expect(staleRatings(oqr)).toEqual([]);
	});
});
