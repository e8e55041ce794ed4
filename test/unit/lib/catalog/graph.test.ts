import { describe, expect, test } from 'vitest';
import { buildCatalogGraph, toCatalogEntry } from '../../../../src/lib/catalog/graph.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const base = {
	owner: ref('roles', 'em'),
	lastReviewed: '2026-10-01',
	reviewEveryDays: 180,
	status: 'published',
	tags: [],
};

const entries = [
	toCatalogEntry('phases', 'launch', {
		...base,
		title: 'Launch',
		summary: 'Second phase.',
		order: 2,
		roles: [ref('roles', 'em')],
	}),
	toCatalogEntry('phases', 's2d', {
		...base,
		title: 'Sales to Delivery',
		summary: 'First phase.',
		order: 1,
		roles: [],
	}),
	toCatalogEntry('processes', 'kickoff', {
		...base,
		title: 'Kickoff',
		summary: 'The kickoff.',
		phases: [ref('phases', 'launch')],
		roles: [],
	}),
	toCatalogEntry('playbooks', 'run-kickoff', {
		...base,
		title: 'Run the kickoff',
		summary: 'How.',
		phases: [ref('phases', 'launch')],
		process: ref('processes', 'kickoff'),
		roles: [ref('roles', 'em')],
		related: [{ collection: 'checklists', id: 'ready', fragment: 'room' }],
	}),
	toCatalogEntry('checklists', 'ready', {
		...base,
		title: 'Ready',
		summary: 'Readiness.',
		phases: [ref('phases', 'launch')],
		process: ref('processes', 'kickoff'),
		roles: [],
		items: [
			{ id: 'room', guidance: [ref('playbooks', 'run-kickoff'), ref('playbooks', 'run-kickoff')] },
		],
	}),
	toCatalogEntry('glossary', 'em', {
		term: 'EM',
		definition: 'Engagement Manager.',
		owner: ref('roles', 'em'),
		lastReviewed: '2026-10-01',
	}),
];
const graph = buildCatalogGraph(entries);

describe('buildCatalogGraph', () => {
	test('orders phases by their order field, other types by title', () => {
		expect(graph.entriesOf('phases').map((entry) => entry.id)).toEqual(['s2d', 'launch']);
	});

	test('gathers the guidance of a process and of a phase', () => {
		expect(graph.inProcess('kickoff').map((entry) => entry.id)).toEqual(['ready', 'run-kickoff']);
		expect(graph.inPhase('launch').map((entry) => `${entry.collection}/${entry.id}`)).toEqual([
			'processes/kickoff',
			'checklists/ready',
			'playbooks/run-kickoff',
		]);
		expect(graph.inPhase('s2d')).toEqual([]);
	});

	test('backlinks list each linking entry once, never the entry itself', () => {
		expect(graph.linksTo(ref('playbooks', 'run-kickoff')).map((entry) => entry.id)).toEqual([
			'ready',
		]);
		expect(graph.linksTo(ref('checklists', 'ready')).map((entry) => entry.id)).toEqual([
			'run-kickoff',
		]);
		expect(
			graph
				.linksTo(ref('roles', 'em'))
				.map((entry) => entry.id)
				.sort(),
		).toEqual(['em', 'kickoff', 'launch', 'ready', 'run-kickoff', 's2d']);
	});

	test('normalises glossary terms to a title and summary', () => {
		expect(graph.get(ref('glossary', 'em'))).toMatchObject({
			title: 'EM',
			summary: 'Engagement Manager.',
		});
	});
});

describe('findBodyLinks', () => {
	test('finds links to entries in Markdown, skipping code, other sites and other paths', async () => {
		const { findBodyLinks } = await import('../../../../src/lib/catalog/entry-references.ts');
		const markdown = [
			'See [the kickoff](/playbooks/run-kickoff/) and [who attends](/faqs/kickoff-faq/#who-attends).',
			'`[not a link](/playbooks/in-code/)` and [elsewhere](https://example.com/playbooks/x/), [home](/), [assets](/_astro/x.js).',
		].join('\n');
		expect(findBodyLinks(markdown).map((found) => found.reference)).toEqual([
			{ collection: 'playbooks', id: 'run-kickoff' },
			{ collection: 'faqs', id: 'kickoff-faq', fragment: 'who-attends' },
		]);
	});
});
