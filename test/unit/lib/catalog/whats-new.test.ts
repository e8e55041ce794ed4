import { describe, expect, test } from 'vitest';
import { toCatalogEntry } from '../../../../src/lib/catalog/graph.ts';
import { listRecentChanges } from '../../../../src/lib/catalog/whats-new.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (id: string, phase: string, changes: unknown[], status = 'published') =>
	toCatalogEntry('playbooks', id, {
		title: id.replace(/-/g, ' '),
		summary: 'A playbook.',
		phases: [ref('phases', phase)],
		owner: ref('roles', 'em'),
		lastReviewed: '2026-10-01',
		status,
		changes,
	});

const entries = [
	entry('run-kickoff', 'launch', [
		{ date: '2026-10-01', type: 'major', note: 'First published.' },
		{ date: '2026-12-02', type: 'major', note: 'Added the agenda.' },
		{ date: '2026-11-15', type: 'minor', note: 'Fixed a link.' },
	]),
	entry('plan-sprint-0', 'launch', [
		{ date: '2026-11-20', type: 'major', note: 'First published.' },
	]),
	entry('close-out', 'close-and-d2s', [{ date: '2026-11-25', type: 'major', note: 'Rewritten.' }]),
	entry('old-way', 'launch', [{ date: '2026-12-01', type: 'major', note: 'Replaced.' }], 'draft'),
];

describe('listRecentChanges', () => {
	test('lists every major change of a published entry, newest first, and no minor one', () => {
		expect(
			listRecentChanges(entries).map(
				({ entry, change }) => `${change.date} ${entry.id}: ${change.note}`,
			),
		).toEqual([
			'2026-12-02 run-kickoff: Added the agenda.',
			'2026-11-25 close-out: Rewritten.',
			'2026-11-20 plan-sprint-0: First published.',
			'2026-10-01 run-kickoff: First published.',
		]);
	});

	test("keeps to one phase's entries, and to the limit", () => {
		expect(
			listRecentChanges(entries, { phase: 'launch', limit: 2 }).map(({ change }) => change.note),
		).toEqual(['Added the agenda.', 'First published.']);
	});

	test('an entry page reads its history newest first', () => {
		expect(entries[0]?.changes.map((change) => change.date)).toEqual([
			'2026-12-02',
			'2026-11-15',
			'2026-10-01',
		]);
	});
});
