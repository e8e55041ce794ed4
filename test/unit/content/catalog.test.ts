import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { listHeadings } from '../../../src/lib/content/markdown-headings.ts';
import { toSlug } from '../../../src/lib/slug.ts';
import { readSiteEntries, type SiteEntry } from '../../support/site-content.ts';
import type { CollectionName } from '../../../src/schemas/common.ts';

const entries = readSiteEntries();
const of = (collection: CollectionName) => entries.filter((entry) => entry.collection === collection);
const list = (entry: SiteEntry, field: string) => (entry.data[field] as unknown[] | undefined) ?? [];

/** Every acronym in ../shared/source/delivery-framework.md, the catalog's source of facts. */
const SOURCE_ACRONYMS = ['APM', 'AWS', 'CAF', 'CBO', 'CDA', 'CPM', 'CSAT', 'CSM', 'D1D', 'D2S', 'DPM', 'DQI', 'EM', 'ESG', 'ESM', 'GDF', 'OQR', 'PDP', 'PESA', 'PM', 'S2D', 'SA', 'TAM', 'VP', 'WW'];

/** Roles the source's #OneTeam table and meeting requirements name; ProServe Sales's five share a page. */
const SOURCE_ROLES = ['proserve-sales', 'engagement-manager', 'engagement-lead', 'consultant', 'dpm', 'senior-pm', 'area-lead', 'vp', 'director', 'account-manager', 'tam', 'sa', 'csm', 'internal-partner'];

describe('the published catalog', () => {
	test.each([
		['phases', 4],
		['processes', 15],
		['playbooks', 22],
		// Every process has one at least, the four added for OQR, Sprint 0, KT and CBOs included.
		['runbooks', 19],
		// One RAG consideration where there were two.
		['considerations', 20],
		['checklists', 10],
		['outcomes', 4],
		['standards', 8],
		['glossary', 60],
		// What the framework leaves open, each written once.
		['questions', 30],
	] as const)('has at least the agreed number of %s (%i)', (collection, minimum) => {
		expect(of(collection).length).toBeGreaterThanOrEqual(minimum);
	});

	test('has at least 60 FAQ questions, each a heading and so its own anchor', () => {
		const questions = of('faqs').flatMap((faq) => listHeadings(faq.body, 2));
		expect(questions.length).toBeGreaterThanOrEqual(60);
		for (const question of questions) expect(question.text).toMatch(/\?$/);
	});

	test('orders the four phases S2D, Launch, Manage & Inspect, Close & D2S, each with its checklist', () => {
		const phases = of('phases').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
		expect(phases.map((phase) => phase.id)).toEqual(['s2d', 'launch', 'manage-and-inspect', 'close-and-d2s']);
		for (const phase of phases) {
			expect(phase.data['checklist']).toBe(`${phase.id}-phase`);
			expect(list(phase, 'raci').length).toBeGreaterThan(0);
		}
	});

	test('has phase, OQR, DQI, PESA, acceptance, kickoff readiness and closure checklists of 8–25 items, each item with guidance', () => {
		const ids = of('checklists').map((checklist) => checklist.id);
		expect(ids).toEqual(expect.arrayContaining(['oqr', 'dqi', 'pesa', 'deliverable-acceptance', 'kickoff-readiness', 'engagement-closure']));
		for (const checklist of of('checklists')) {
			const items = list(checklist, 'items') as { guidance?: unknown[]; role?: unknown; due?: unknown }[];
			expect(items.length, checklist.id).toBeGreaterThanOrEqual(8);
			expect(items.length, checklist.id).toBeLessThanOrEqual(25);
			for (const item of items) expect(item.guidance?.length ?? 0, `${checklist.id} item`).toBeGreaterThan(0);
		}
	});

	test('covers every role the source names, each with what it does in at least one phase', () => {
		const roles = of('roles');
		expect(roles.map((role) => role.id)).toEqual(expect.arrayContaining(SOURCE_ROLES));
		for (const role of roles) expect(list(role, 'duties').length, role.id).toBeGreaterThan(0);
	});

	test('gives ProServe Sales one page with a section, and so an anchor, for each role the source lists under it', () => {
		const sales = of('roles').filter((role) => role.data['persona'] === 'proserve-sales');
		expect(sales.map((role) => role.id)).toEqual(['proserve-sales']);
		const sections = listHeadings(sales[0]?.body ?? '', 3).map((heading) => heading.text);
		expect(sections).toEqual(['PM', 'CPM', 'ESM', 'CDA', 'APM']);
		expect(sections.map((text) => toSlug(text))).toEqual(['pm', 'cpm', 'esm', 'cda', 'apm']);
	});

	test('has no two entries of one type with the same summary: duplicates are merged and their old address redirected', () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const entry of entries) {
			const summary = entry.data['summary'];
			if (typeof summary !== 'string') continue;
			const key = `${entry.collection}:${summary}`;
			const earlier = seen.get(key);
			if (earlier) duplicates.push(`${entry.collection}/${entry.id} repeats ${earlier}`);
			else seen.set(key, `${entry.collection}/${entry.id}`);
		}
		expect(duplicates).toEqual([]);
	});

	test('explains every acronym of the source in the glossary', () => {
		const terms = new Set(of('glossary').flatMap((term) => [term.data['term'], ...list(term, 'aliases')]));
		expect(SOURCE_ACRONYMS.filter((acronym) => !terms.has(acronym))).toEqual([]);
	});

	test('gives every practice entry its phases, process, roles, outcomes and owner', () => {
		const practice = entries.filter((entry) => ['playbooks', 'runbooks', 'considerations', 'faqs', 'checklists'].includes(entry.collection));
		const incomplete = practice.filter(
			(entry) => !entry.data['process'] || !entry.data['owner'] || [list(entry, 'phases'), list(entry, 'roles'), list(entry, 'outcomes')].some((values) => values.length === 0),
		);
		expect(incomplete.map((entry) => `${entry.collection}/${entry.id}`)).toEqual([]);
	});

	test('writes runbook steps as a numbered list naming the responsible role and the expected result', () => {
		for (const runbook of of('runbooks')) {
			const tree = fromMarkdown(runbook.body);
			const stepsAt = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === 'Steps');
			const list = tree.children.slice(stepsAt + 1).find((node): node is List => node.type === 'list');
			expect(list?.ordered, runbook.id).toBe(true);
			for (const item of list?.children ?? []) {
				const paragraph = item.children[0];
				const lead = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
				expect(lead?.type, `${runbook.id}: ${toString(item).slice(0, 60)}`).toBe('strong');
				expect(toString(item), runbook.id).toMatch(/Result:/);
			}
		}
	});
});
