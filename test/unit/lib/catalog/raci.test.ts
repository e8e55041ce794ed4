import { describe, expect, test } from 'vitest';
import { buildRaciMatrix } from '../../../../src/lib/catalog/raci.ts';

describe('buildRaciMatrix', () => {
	test('puts roles in order of first appearance and gives each cell its letters', () => {
		const matrix = buildRaciMatrix([
			{
				activity: 'Run the kickoff',
				responsible: ['em', 'consultant'],
				accountable: 'senior-pm',
				consulted: ['sponsor'],
				informed: [],
			},
			{
				activity: 'Publish status',
				responsible: ['em'],
				accountable: 'em',
				consulted: [],
				informed: ['sponsor', 'tam'],
			},
		]);
		expect(matrix.roles).toEqual(['senior-pm', 'em', 'consultant', 'sponsor', 'tam']);
		expect(matrix.rows).toEqual([
			{ activity: 'Run the kickoff', cells: [['A'], ['R'], ['R'], ['C'], []] },
			{ activity: 'Publish status', cells: [[], ['A', 'R'], [], ['I'], ['I']] },
		]);
	});

	test('leaves a row without an A when it names no accountable role', () => {
		const matrix = buildRaciMatrix([
			{
				activity: 'Plan back-to-green',
				responsible: ['em'],
				accountable: undefined,
				consulted: ['dpm'],
				informed: [],
			},
		]);
		expect(matrix).toEqual({
			roles: ['em', 'dpm'],
			rows: [{ activity: 'Plan back-to-green', cells: [['R'], ['C']] }],
		});
	});

	test('an empty RACI has no roles and no rows', () => {
		expect(buildRaciMatrix([])).toEqual({ roles: [], rows: [] });
	});
});
