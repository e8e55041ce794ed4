import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { buildCatalogApi, buildChecklistApi } from '../../../../src/lib/catalog/api.ts';
import { buildCatalogGraph, toCatalogEntry } from '../../../../src/lib/catalog/graph.ts';
import { assessFreshness } from '../../../../src/lib/catalog/freshness.ts';
import {
	catalogApiSchema,
	checklistApiSchema,
	toPublishedJsonSchema,
} from '../../../../src/schemas/api.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const base = { owner: ref('roles', 'em'), reviewEveryDays: 180, status: 'published', tags: [] };
const graph = buildCatalogGraph([
	toCatalogEntry('phases', 'launch', {
		...base,
		title: 'Launch',
		summary: 'The second phase.',
		lastReviewed: '2026-10-01',
		order: 2,
		roles: [],
	}),
	toCatalogEntry('playbooks', 'run-kickoff', {
		...base,
		title: 'Run the kickoff',
		summary: 'How to run it.',
		lastReviewed: '2025-01-15',
		phases: [ref('phases', 'launch')],
		process: ref('processes', 'kickoff'),
		roles: [ref('roles', 'em')],
		outcomes: [ref('outcomes', 'operational-efficiency')],
	}),
	toCatalogEntry('glossary', 'em', {
		term: 'EM',
		definition: 'Engagement Manager.',
		owner: ref('roles', 'em'),
		lastReviewed: '2026-01-01',
	}),
]);
const today = '2026-11-30';
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', /^https?:\/\/\S+$/);

describe('the catalog API', () => {
	const api = buildCatalogApi(graph, {
		siteUrl: 'https://pdp.example.com',
		today,
		freshnessOf: (entry) =>
			assessFreshness({
				lastReviewed: entry.lastReviewed,
				reviewEveryDays: entry.reviewEveryDays,
				today,
			}),
	});

	test('lists published entries (not glossary terms) with absolute URLs and freshness', () => {
		expect(api.entries.map((entry) => entry.id)).toEqual(['launch', 'run-kickoff']);
		expect(api.entries[1]).toMatchObject({
			type: 'playbooks',
			url: 'https://pdp.example.com/playbooks/run-kickoff/',
			process: 'kickoff',
			owner: 'em',
			reviewDue: '2025-07-14',
			overdue: true,
		});
	});

	test('validates against the JSON Schema published beside it', () => {
		const validate = ajv.compile(
			toPublishedJsonSchema(catalogApiSchema, 'https://pdp.example.com/api/catalog.schema.json'),
		);
		expect(validate(JSON.parse(JSON.stringify(api))), JSON.stringify(validate.errors)).toBe(true);
		expect(validate({ ...api, entries: [{ ...api.entries[0], overdue: 'no' }] })).toBe(false);
	});
});

describe('the checklist API', () => {
	const api = buildChecklistApi(
		{
			id: 'kickoff-ready',
			title: 'Kickoff readiness',
			phases: [{ id: 'launch' }],
			process: { id: 'kickoff' },
			items: [
				{
					id: 'agenda',
					text: 'The agenda is agreed.',
					role: { id: 'em' },
					required: true,
					due: 'before-phase',
					guidance: [{ collection: 'faqs', id: 'kickoff-faq', fragment: 'who-attends' }],
				},
				{
					id: 'room',
					text: 'The room is booked.',
					role: { id: 'consultant' },
					required: false,
					due: 'phase-start',
					section: 'Logistics',
					guidance: [],
				},
			],
		},
		'https://pdp.example.com',
	);

	test('carries ids, roles, required, due and absolute guidance links', () => {
		expect(api.items[0]).toEqual({
			id: 'agenda',
			text: 'The agenda is agreed.',
			role: 'em',
			required: true,
			due: 'before-phase',
			section: null,
			guidance: ['https://pdp.example.com/faqs/kickoff-faq/#who-attends'],
		});
		expect(api.url).toBe('https://pdp.example.com/checklists/kickoff-ready/');
	});

	test('validates against its published JSON Schema', () => {
		const validate = ajv.compile(
			toPublishedJsonSchema(
				checklistApiSchema,
				'https://pdp.example.com/api/checklist.schema.json',
			),
		);
		expect(validate(JSON.parse(JSON.stringify(api))), JSON.stringify(validate.errors)).toBe(true);
		expect(validate({ ...api, items: [{ ...api.items[0], due: 'someday' }] })).toBe(false);
	});
});
