import { describe, expect, test } from 'vitest';
import {
	buildTraceabilityReport,
	type TraceabilityInput,
	type TracedEntry,
	type TracedItem,
} from '../../../../src/lib/catalog/traceability.ts';
import type { CollectionName } from '../../../../src/schemas/common.ts';

const entry = (
	collection: CollectionName,
	id: string,
	owner: string,
	status: TracedEntry['status'] = 'published',
): TracedEntry => ({ collection, id, title: id, owner, status });

const item = (id: string, role: string, guidance: string[], required = true): TracedItem => ({
	id,
	text: `${id} is done.`,
	role: { id: role },
	required,
	guidance: guidance.map((link) => {
		const [path = '', fragment] = link.split('#');
		const [collection, entryId = ''] = path.split('/') as [CollectionName, string];
		return fragment ? { collection, id: entryId, fragment } : { collection, id: entryId };
	}),
});

/** A small catalog: the OQR checklist, one procedure checklist and the guidance they link. */
const catalog = (): TraceabilityInput => ({
	entries: [
		entry('checklists', 'oqr', 'senior-pm'),
		entry('checklists', 'kickoff', 'em'),
		entry('playbooks', 'prepare-oqr', 'senior-pm'),
		entry('faqs', 'oqr-faq', 'senior-pm'),
		entry('runbooks', 'run-kickoff', 'em'),
		entry('considerations', 'scope', 'director'),
		entry('playbooks', 'unused', 'em'),
		entry('runbooks', 'retired', 'em', 'deprecated'),
		entry('faqs', 'coming', 'em', 'draft'),
		entry('templates', 'raid-log', 'em'),
		entry('processes', 'oqr-process', 'director'),
	],
	checklists: [
		{
			id: 'oqr',
			items: [
				item('scheduled', 'sales', ['playbooks/prepare-oqr', 'faqs/oqr-faq#when']),
				item('scope-signed', 'sales', []),
				item('reviewed', 'sales', ['faqs/oqr-faq#who', 'processes/oqr-process']),
				item('notes-shared', 'lead', [], false),
			],
		},
		{
			id: 'kickoff',
			items: [
				item('held', 'em', ['runbooks/run-kickoff', 'considerations/scope']),
				item('room-booked', 'lead', ['considerations/scope'], false),
			],
		},
	],
	gates: [
		{ id: 'oqr', name: 'Opportunity Quality Review', checklist: { id: 'oqr' } },
		{ id: 'csat', name: 'Customer satisfaction' },
	],
});

describe('buildTraceabilityReport', () => {
	test('counts the published checklists, their items, the roles and the guidance', () => {
		expect(buildTraceabilityReport(catalog()).counts).toEqual({
			checklists: 2,
			items: 6,
			required: 4,
			roles: 3,
			// Playbooks, runbooks, considerations and FAQs that are published: not the deprecated
			// runbook, the draft FAQ, the template or the process.
			guidance: 5,
		});
	});

	test('lists a required item with no guidance, and no item with guidance or that is optional', () => {
		const { unguidedItems } = buildTraceabilityReport(catalog());
		expect(unguidedItems.map(({ checklist, index, item }) => [checklist, index, item.id])).toEqual([
			['oqr', 1, 'scope-signed'],
		]);
	});

	test('lists a role whose items link guidance it owns none of, with that guidance once and its owners', () => {
		const [gap, ...others] = buildTraceabilityReport(catalog()).unownedRoles;
		expect(others.map((role) => role.role)).toEqual(['lead']);
		expect(gap?.role).toBe('sales');
		expect(gap?.items.map(({ item }) => item.id)).toEqual([
			'scheduled',
			'scope-signed',
			'reviewed',
		]);
		// The FAQ, linked at two questions, counts once.
		expect(gap?.guidance.map((target) => target.id)).toEqual([
			'prepare-oqr',
			'oqr-faq',
			'oqr-process',
		]);
		expect(gap?.owners).toEqual([
			{ role: 'senior-pm', count: 2 },
			{ role: 'director', count: 1 },
		]);
	});

	test('leaves out a role that owns one of its items’ guidance, and one whose items link none', () => {
		const input = catalog();
		input.checklists = [
			{
				id: 'kickoff',
				items: [
					// em owns the runbook, not the consideration: one is enough.
					item('held', 'em', ['runbooks/run-kickoff', 'considerations/scope']),
					item('agenda-sent', 'consultant', []),
				],
			},
		];
		expect(buildTraceabilityReport(input).unownedRoles).toEqual([]);
	});

	test('lists published guidance no item links, by type then title, and links by fragment count', () => {
		const report = buildTraceabilityReport(catalog());
		expect(report.unlinkedGuidance.map((target) => `${target.collection}/${target.id}`)).toEqual([
			'playbooks/unused',
		]);
		const input = catalog();
		input.entries = [...input.entries, entry('faqs', 'a-late-faq', 'em')];
		expect(buildTraceabilityReport(input).unlinkedGuidance.map((target) => target.id)).toEqual([
			'unused',
			'a-late-faq',
		]);
	});

	test('traces nothing from a draft or deprecated checklist', () => {
		for (const status of ['draft', 'deprecated'] as const) {
			const input = catalog();
			input.entries = input.entries.map((candidate) =>
				candidate.id === 'kickoff' ? { ...candidate, status } : candidate,
			);
			const report = buildTraceabilityReport(input);
			expect(report.counts).toMatchObject({ checklists: 1, items: 4 });
			// Only the kickoff checklist linked these, and it no longer counts.
			expect(report.unlinkedGuidance.map((target) => target.id)).toEqual([
				'unused',
				'run-kickoff',
				'scope',
			]);
			expect(report.unownedRoles.map((role) => role.role)).toEqual(['sales']);
		}
	});

	test("traces each gate's required items with their guidance, and counts its optional ones", () => {
		const [oqr, csat] = buildTraceabilityReport(catalog()).gates;
		expect(oqr?.checklist).toBe('oqr');
		expect(oqr?.optional).toBe(1);
		expect(
			oqr?.rows.map(({ place, guidance }) => [
				place.item.id,
				place.item.role.id,
				guidance.map(({ link, entry: target }) => `${link.fragment ?? ''}→${target?.id ?? '?'}`),
			]),
		).toEqual([
			['scheduled', 'sales', ['→prepare-oqr', 'when→oqr-faq']],
			['scope-signed', 'sales', []],
			['reviewed', 'sales', ['who→oqr-faq', '→oqr-process']],
		]);
		expect(csat).toEqual({
			id: 'csat',
			name: 'Customer satisfaction',
			checklist: undefined,
			rows: [],
			optional: 0,
		});
	});

	test('a gate whose checklist is a draft has nothing to trace', () => {
		const input = catalog();
		input.entries = input.entries.map((candidate) =>
			candidate.id === 'oqr' ? { ...candidate, status: 'draft' as const } : candidate,
		);
		expect(buildTraceabilityReport(input).gates[0]).toMatchObject({
			checklist: undefined,
			rows: [],
		});
	});
});
