import { describe, expect, test } from 'vitest';
import { buildCatalogGraph, toCatalogEntry } from '../../../../src/lib/catalog/graph.ts';
import { buildCatalogData, CATALOG_PAGE_SIZE } from '../../../../src/lib/catalog/data.ts';
import {
	buildListingView,
	createListingViews,
	listingPageHref,
	type ListingView,
} from '../../../../src/lib/catalog/listing.ts';
import type { CollectionName } from '../../../../src/schemas/common.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const base = { owner: ref('roles', 'em'), reviewEveryDays: 180, status: 'published', tags: [] };
const PHASES = ['s2d', 'launch', 'manage'];
const entry = (collection: 'playbooks' | 'runbooks', index: number) =>
	toCatalogEntry(collection, `${collection}-${String(index)}`, {
		...base,
		title: `${collection} ${String(index)}`,
		summary: 'A summary.',
		lastReviewed: '2026-10-01',
		// Listed last phase first, so the view's phase order is visible.
		phases: [ref('phases', PHASES[2 - (index % 3)] ?? 's2d')],
		roles: [ref('roles', index % 2 ? 'em' : 'pm')],
		// Every tenth playbook gives its play facts: 30, 90 and 600 minutes in turn.
		...(collection === 'playbooks' &&
			index % 10 === 0 && {
				play: { difficulty: index % 20 ? 'hard' : 'easy', running: [30, 90, 600][index % 3] },
			}),
	});
const graph = buildCatalogGraph([
	...PHASES.map((id, order) =>
		toCatalogEntry('phases', id, {
			...base,
			title: id,
			summary: 'A phase.',
			lastReviewed: '2026-10-01',
			order: order + 1,
			roles: [],
		}),
	),
	...Array.from({ length: 120 }, (_, index) => entry('playbooks', index)),
	...Array.from({ length: 30 }, (_, index) => entry('runbooks', index)),
]);
const data = buildCatalogData(graph, () => false);

describe('the catalog data of play facts', () => {
	test('a playbook with play facts carries its difficulty and running minutes; others carry nothing', () => {
		const withFacts = data.entries.filter((item) => item.p);
		expect(withFacts.map((item) => item.u).sort()).toEqual(
			Array.from(
				{ length: 12 },
				(_, index) => `/playbooks/playbooks-${String(index * 10)}/`,
			).sort(),
		);
		expect(data.entries.find((item) => item.u === '/playbooks/playbooks-10/')?.p).toEqual({
			d: 'hard',
			m: 90,
		});
		expect(data.entries.find((item) => item.u === '/runbooks/runbooks-0/')).not.toHaveProperty('p');
		expect(data.labels.difficulty).toEqual({ easy: 'Easy', medium: 'Medium', hard: 'Hard' });
		expect(Object.keys(data.labels.running)).toEqual(['under-1h', '1h-4h', '4h-1d', '1d-plus']);
	});

	test('the playbooks index counts difficulties and running-time buckets', () => {
		const view = buildListingView(graph, data, 'playbooks');
		expect(view.totals.difficulty).toEqual({ easy: 6, hard: 6 });
		expect(view.totals.running).toEqual({ 'under-1h': 4, '1h-4h': 4, '1d-plus': 4 });
	});
});

describe('a catalog listing view', () => {
	test('the whole catalog: every entry once (the phases too), in phase order, in pages of the page size', () => {
		const view = buildListingView(graph, data);
		const listed = view.pages
			.flatMap((page) => page.entries)
			.filter((item) => item.collection !== 'phases');
		expect(listed).toHaveLength(150);
		expect(new Set(listed.map((item) => item.id)).size).toBe(150);
		expect(view.pages).toHaveLength(Math.ceil(153 / CATALOG_PAGE_SIZE));
		const order = listed.map((item) => PHASES.indexOf(item.phases[0] ?? ''));
		expect(order).toEqual([...order].sort((left, right) => left - right));
		expect(view.pages.map((page) => page.current)).toEqual([1, 2, 3, 4]);
		expect(view.total).toBe(153);
		expect(view.totals.type).toEqual({ phases: 3, playbooks: 120, runbooks: 30 });
		expect(view.totals.role).toEqual({ em: 75, pm: 75 });
	});

	test('one type: only its entries, counted under the type it is fixed to', () => {
		const view = buildListingView(graph, data, 'runbooks');
		expect(view.preset).toEqual({ type: ['runbooks'] });
		expect(view.total).toBe(30);
		expect(view.pages).toHaveLength(1);
		expect(view.totals.type).toEqual({ runbooks: 30 });
		expect(view.totals.phase).toEqual({ s2d: 10, launch: 10, manage: 10 });
	});

	test('page 1 is the index itself; later pages live under page/<n>/', () => {
		expect(listingPageHref('/catalog/', 1)).toBe('/catalog/');
		expect(listingPageHref('/playbooks/', 3)).toBe('/playbooks/page/3/');
	});
});

describe('listing views are built once per view, not once per page', () => {
	test('every page of two views asks; each view is built once', async () => {
		const built: (CollectionName | undefined)[] = [];
		const load = createListingViews((type) => {
			built.push(type);
			return Promise.resolve(buildListingView(graph, data, type));
		});
		const catalogPages = buildListingView(graph, data).pages.length;
		const playbookPages = buildListingView(graph, data, 'playbooks').pages.length;
		const views: ListingView[] = [];
		for (let page = 1; page <= catalogPages; page += 1) views.push(await load());
		for (let page = 1; page <= playbookPages; page += 1) views.push(await load('playbooks'));
		expect(catalogPages + playbookPages).toBeGreaterThan(2);
		expect(built).toEqual([undefined, 'playbooks']);
		expect(new Set(views).size).toBe(2);
	});

	test('pages asking at the same time share the one build', async () => {
		let builds = 0;
		const load = createListingViews((type) => {
			builds += 1;
			return Promise.resolve(buildListingView(graph, data, type));
		});
		await Promise.all([load('runbooks'), load('runbooks'), load('runbooks')]);
		expect(builds).toBe(1);
	});
});
