import { describe, expect, test } from 'vitest';
import { describeTraceGaps } from '../../../../src/lib/catalog/traceability-gaps.ts';
import {
	buildTraceabilityReport,
	type TracedEntry,
} from '../../../../src/lib/catalog/traceability.ts';
import type { CollectionName } from '../../../../src/schemas/common.ts';

const entry = (collection: CollectionName, id: string, title: string, owner: string) =>
	({ collection, id, title, owner, status: 'published' }) satisfies TracedEntry;

const entries = [
	entry('checklists', 'oqr', 'OQR checklist', 'senior-pm'),
	entry('roles', 'sales', 'ProServe Sales', 'senior-pm'),
	entry('roles', 'senior-pm', 'Senior PM', 'senior-pm'),
	entry('roles', 'director', 'Director', 'senior-pm'),
	entry('playbooks', 'prepare', 'Prepare for the OQR', 'senior-pm'),
	entry('faqs', 'oqr-faq', 'OQR FAQ', 'senior-pm'),
	entry('considerations', 'scope', 'Scope', 'director'),
	entry('runbooks', 'unused', 'An unused runbook', 'director'),
];
const report = buildTraceabilityReport({
	entries,
	checklists: [
		{
			id: 'oqr',
			items: [
				{
					id: 'scheduled',
					text: 'The OQR is scheduled.',
					role: { id: 'sales' },
					required: true,
					guidance: [
						{ collection: 'playbooks', id: 'prepare' },
						{ collection: 'faqs', id: 'oqr-faq', fragment: 'when' },
						{ collection: 'considerations', id: 'scope' },
					],
				},
				{
					id: 'scope-signed',
					text: 'The scope is signed.',
					role: { id: 'sales' },
					required: true,
					guidance: [],
				},
			],
		},
	],
	gates: [],
});
const titles = new Map(
	entries.map((traced) => [`${traced.collection}/${traced.id}`, traced.title]),
);
const lookup = {
	titleOf: (reference: { collection: CollectionName; id: string }) =>
		titles.get(`${reference.collection}/${reference.id}`) ?? reference.id,
	fileOf: (checklist: string) => `content/checklists/${checklist}.yaml`,
};

describe('describeTraceGaps', () => {
	test('words each list with its count, what it is out of, and a line per finding', () => {
		const [unguided, roles, unlinked] = describeTraceGaps(report, lookup);
		expect(unguided).toMatchObject({
			id: 'unguided',
			count: 1,
			of: 'of 2 required items',
			summary: '1 required item has no guidance.',
			rows: [
				{
					href: '/checklists/oqr/#scope-signed',
					label: 'The scope is signed.',
					detail: 'OQR checklist · ProServe Sales',
					file: { path: 'content/checklists/oqr.yaml', field: 'items.1.guidance' },
				},
			],
		});
		expect(roles).toMatchObject({
			id: 'roles',
			of: 'of 1 role responsible for items',
			summary: '1 role owns none of its items’ guidance.',
			rows: [
				{
					href: '/roles/sales/#checklist-items',
					label: 'ProServe Sales',
					detail:
						'Responsible for 2 items on 1 checklist, which link 3 entries: 2 owned by Senior PM, 1 by Director.',
				},
			],
		});
		expect(unlinked).toMatchObject({
			id: 'unlinked',
			of: 'of 4 playbooks, runbooks, considerations and FAQs',
			summary: '1 entry is linked by no checklist item.',
			rows: [
				{
					href: '/runbooks/unused/',
					label: 'An unused runbook',
					detail: 'Runbook · owned by Director',
				},
			],
		});
	});

	test('gives no file where the checklist has none, and plural counts', () => {
		const unguided = describeTraceGaps(
			{ ...report, unguidedItems: [...report.unguidedItems, ...report.unguidedItems] },
			{ ...lookup, fileOf: () => undefined },
		)[0];
		expect(unguided?.summary).toBe('2 required items have no guidance.');
		expect(unguided?.rows[0]).not.toHaveProperty('file');
	});
});
