import { describe, expect, test } from 'vitest';
import type { ChecklistStore } from '../../../../src/lib/checklists/state.ts';
import {
	activeRun,
	addRun,
	deleteRun,
	resetRun,
	updateActiveRun,
} from '../../../../src/components/checklist/checklist-runs.ts';

const store = (): ChecklistStore => ({
	version: 1,
	active: 'b',
	runs: [
		{ id: 'a', name: 'Acme', checked: ['kickoff-held'], updated: 1 },
		{ id: 'b', name: 'Globex', checked: ['scope-confirmed', 'raid-log-open'], updated: 2 },
	],
});

describe('activeRun', () => {
	test('is the run the store marks active', () => {
		expect(activeRun(store()).name).toBe('Globex');
	});

	test('falls back to the first run when the active id is unknown', () => {
		expect(activeRun({ ...store(), active: 'gone' }).name).toBe('Acme');
	});
});

describe('updateActiveRun', () => {
	test('changes only the active run, and stamps it', () => {
		const updated = updateActiveRun(store(), () => ({ name: 'Globex 2' }), 99);
		expect(updated.runs).toEqual([
			store().runs[0],
			{ id: 'b', name: 'Globex 2', checked: ['scope-confirmed', 'raid-log-open'], updated: 99 },
		]);
	});
});

describe('addRun', () => {
	test('adds the run at the end and makes it active', () => {
		const run = { id: 'c', name: 'Initech', checked: [], updated: 3 };
		const added = addRun(store(), run);
		expect(added.runs.map((candidate) => candidate.id)).toEqual(['a', 'b', 'c']);
		expect(added.active).toBe('c');
	});
});

describe('deleteRun', () => {
	test('removes the run and makes the first one left active', () => {
		const deleted = deleteRun(store(), 'b');
		expect(deleted.runs.map((run) => run.id)).toEqual(['a']);
		expect(deleted.active).toBe('a');
	});

	test('starts afresh once the last run has gone', () => {
		const deleted = deleteRun(deleteRun(store(), 'a'), 'b');
		expect(deleted.runs).toHaveLength(1);
		expect(deleted.runs[0]).toMatchObject({ name: 'My run', checked: [] });
		expect(deleted.active).toBe(deleted.runs[0]?.id);
	});
});

describe('resetRun', () => {
	test('clears the ticks of that run only', () => {
		const reset = resetRun(store(), 'b');
		expect(reset.runs.map((run) => run.checked)).toEqual([['kickoff-held'], []]);
		expect(reset.active).toBe('b');
	});
});
