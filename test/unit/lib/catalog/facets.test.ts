import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	FACETS,
	countFacets,
	decodeView,
	encodeView,
	facetApplies,
	filterEntries,
	fitView,
	sortApplies,
	sortEntries,
	type Facet,
	type FacetedEntry,
} from '../../../../src/lib/catalog/facets.ts';

function entry(
	title: string,
	values: Partial<Record<Facet, string[]>>,
	lastReviewed = '2026-01-01',
	phaseOrder = 1,
	runningMinutes?: number,
): FacetedEntry {
	const all = Object.fromEntries(FACETS.map((facet) => [facet, values[facet] ?? []])) as Record<
		Facet,
		string[]
	>;
	return {
		values: all,
		text: title.toLowerCase(),
		title,
		phaseOrder,
		lastReviewed,
		runningMinutes,
	};
}

const entries = [
	entry(
		'Run the kickoff',
		{ type: ['playbooks'], phase: ['launch'], role: ['em', 'sponsor'] },
		'2026-05-01',
		2,
	),
	entry(
		'Raise a change request',
		{ type: ['runbooks'], phase: ['manage'], role: ['em'] },
		'2026-03-01',
		3,
	),
	entry(
		'DQI checklist',
		{ type: ['checklists'], phase: ['manage'], role: ['em', 'consultant'], review: ['overdue'] },
		'2025-01-01',
		3,
	),
	entry(
		'Kickoff FAQ',
		{ type: ['faqs'], phase: ['launch', 'manage'], role: ['sponsor'] },
		'2026-06-01',
		2,
	),
];

describe('filterEntries', () => {
	test('ORs values within a facet and ANDs across facets', () => {
		expect(
			filterEntries(entries, { type: ['playbooks', 'faqs'] }).map((item) => item.title),
		).toEqual(['Run the kickoff', 'Kickoff FAQ']);
		expect(
			filterEntries(entries, { type: ['playbooks', 'faqs'], phase: ['manage'] }).map(
				(item) => item.title,
			),
		).toEqual(['Kickoff FAQ']);
	});

	test('narrows by every word of the text, in any order', () => {
		expect(filterEntries(entries, {}, 'kickoff').map((item) => item.title)).toEqual([
			'Run the kickoff',
			'Kickoff FAQ',
		]);
		expect(filterEntries(entries, {}, 'faq  KICKOFF').map((item) => item.title)).toEqual([
			'Kickoff FAQ',
		]);
		expect(filterEntries(entries, { role: ['consultant'] }, 'kickoff')).toEqual([]);
	});
});

describe('countFacets', () => {
	test('counts each value as if it were added, ignoring the facet’s own selection', () => {
		const counts = countFacets(entries, { phase: ['manage'] });
		expect(Object.fromEntries(counts.phase)).toEqual({ launch: 2, manage: 3 });
		expect(Object.fromEntries(counts.type)).toEqual({ runbooks: 1, checklists: 1, faqs: 1 });
		expect(Object.fromEntries(counts.review)).toEqual({ overdue: 1 });
	});

	test('agrees with filtering: a value’s count is what selecting only it would show', () => {
		const selection = { role: ['em'] };
		const counts = countFacets(entries, selection);
		for (const [value, count] of counts.phase) {
			expect(filterEntries(entries, { ...selection, phase: [value] })).toHaveLength(count);
		}
	});
});

describe('sortEntries', () => {
	test('orders by phase, title or newest review', () => {
		expect(sortEntries(entries, 'title').map((item) => item.title)[0]).toBe('DQI checklist');
		expect(sortEntries(entries, 'phase').map((item) => item.title)).toEqual([
			'Kickoff FAQ',
			'Run the kickoff',
			'DQI checklist',
			'Raise a change request',
		]);
		expect(sortEntries(entries, 'reviewed').map((item) => item.lastReviewed)).toEqual([
			'2026-06-01',
			'2026-05-01',
			'2026-03-01',
			'2025-01-01',
		]);
	});
});

describe('the play facts: difficulty, running time and its order', () => {
	const plays = [
		entry(
			'Plan Sprint 0',
			{ type: ['playbooks'], difficulty: ['hard'], running: ['1d-plus'] },
			'2026-01-01',
			1,
			4800,
		),
		entry(
			'Run the RAID review',
			{ type: ['playbooks'], difficulty: ['easy'], running: ['under-1h'] },
			'2026-01-01',
			1,
			30,
		),
		entry(
			'Hold the kickoff',
			{ type: ['playbooks'], difficulty: ['medium'], running: ['1h-4h'] },
			'2026-01-01',
			1,
			120,
		),
		entry('A playbook without facts', { type: ['playbooks'] }),
		entry('Approve a change', { type: ['runbooks'] }),
		entry(
			'Close the DQI',
			{ type: ['playbooks'], difficulty: ['medium'], running: ['1h-4h'] },
			'2026-01-01',
			1,
			90,
		),
	];

	test('filter like any facet: a difficulty keeps only the playbooks that have it', () => {
		expect(
			filterEntries(plays, { type: ['playbooks'], difficulty: ['medium', 'easy'] }).map(
				(item) => item.title,
			),
		).toEqual(['Run the RAID review', 'Hold the kickoff', 'Close the DQI']);
		expect(Object.fromEntries(countFacets(plays, { type: ['playbooks'] }).running)).toEqual({
			'1d-plus': 1,
			'under-1h': 1,
			'1h-4h': 2,
		});
	});

	test('running time orders shortest first, ties by title, entries without one last', () => {
		expect(sortEntries(plays, 'running').map((item) => item.title)).toEqual([
			'Run the RAID review',
			'Close the DQI',
			'Hold the kickoff',
			'Plan Sprint 0',
			'A playbook without facts',
			'Approve a change',
		]);
	});

	test('are offered only once a chosen type has them', () => {
		expect(facetApplies('difficulty', {})).toBe(false);
		expect(facetApplies('running', { type: ['runbooks'] })).toBe(false);
		expect(facetApplies('difficulty', { type: ['runbooks', 'playbooks'] })).toBe(true);
		expect(facetApplies('phase', {})).toBe(true);
		expect(sortApplies('running', {})).toBe(false);
		expect(sortApplies('running', { type: ['playbooks'] })).toBe(true);
		expect(sortApplies('title', {})).toBe(true);
	});

	test('a view whose types lose them drops their values and order', () => {
		const view = {
			selection: {
				type: ['runbooks'],
				difficulty: ['easy'],
				running: ['under-1h'],
				phase: ['launch'],
			},
			query: 'raid',
			sort: 'running' as const,
			page: 2,
		};
		expect(fitView(view)).toEqual({
			selection: { type: ['runbooks'], phase: ['launch'] },
			query: 'raid',
			sort: 'phase',
			page: 2,
		});
		const kept = { ...view, selection: { ...view.selection, type: ['playbooks'] } };
		expect(fitView(kept)).toEqual(kept);
	});
});

describe('views in the URL', () => {
	const known = Object.fromEntries(
		FACETS.map((facet) => [facet, new Set(entries.flatMap((item) => item.values[facet]))]),
	) as Record<Facet, Set<string>>;

	test('round-trip', () => {
		const view = {
			selection: { type: ['playbooks', 'faqs'], phase: ['launch'] },
			query: 'kick off',
			sort: 'title' as const,
			page: 3,
		};
		const params = encodeView(view);
		expect(params.toString()).toBe(
			'q=kick+off&type=playbooks&type=faqs&phase=launch&sort=title&page=3',
		);
		expect(decodeView(params, known)).toEqual(view);
	});

	test('keep a difficulty, a running time and its order with playbooks, or on the playbooks index', () => {
		const playKnown = {
			...known,
			difficulty: new Set(['easy', 'medium']),
			running: new Set(['under-1h']),
		};
		const view = {
			selection: { type: ['playbooks'], difficulty: ['easy'], running: ['under-1h'] },
			query: '',
			sort: 'running' as const,
			page: 1,
		};
		const params = encodeView(view);
		expect(params.toString()).toBe('type=playbooks&difficulty=easy&running=under-1h&sort=running');
		expect(decodeView(params, playKnown)).toEqual(view);
		expect(
			decodeView(new URLSearchParams('difficulty=easy&sort=running'), playKnown, {
				type: ['playbooks'],
			}),
		).toEqual({ ...view, selection: { type: ['playbooks'], difficulty: ['easy'] } });
		expect(decodeView(new URLSearchParams('difficulty=easy&sort=running'), playKnown)).toEqual({
			selection: {},
			query: '',
			sort: 'phase',
			page: 1,
		});
	});

	test('ignore unknown values, facets, sorts and pages', () => {
		const params = new URLSearchParams(
			'type=playbooks&type=nope&colour=red&sort=random&page=-2&phase=__proto__&role=constructor',
		);
		expect(decodeView(params, known)).toEqual({
			selection: { type: ['playbooks'] },
			query: '',
			sort: 'phase',
			page: 1,
		});
	});

	test('decode any query string without throwing, keeping only known values', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const view = decodeView(new URLSearchParams(text), known);
				for (const facet of FACETS)
					for (const value of view.selection[facet] ?? [])
						expect(known[facet].has(value)).toBe(true);
				expect(view.query.length).toBeLessThanOrEqual(200);
			}),
		);
	});
});
