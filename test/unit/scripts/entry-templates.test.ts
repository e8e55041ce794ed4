import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../../src/lib/content/check.ts';
import { listContentFiles, readContentFile } from '../../../src/lib/content/files.ts';
import {
	chooseTemplateLinks,
	generateEntryTemplate,
	toEntryId,
	type ExistingEntry,
} from '../../../scripts/lib/entry-templates.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/schemas/common.ts';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';

let tree: ContentTree | undefined;
afterEach(() => {
	tree?.remove();
	tree = undefined;
});

/** Generates an entry from the links found in a fresh valid tree, and writes it there. */
function writeTemplate(collection: CollectionName, title: string) {
	tree ??= makeContentTree();
	const existing = listContentFiles(tree.dir, tree.dir).map((file) => ({
		collection: file.collection,
		id: file.id,
		data: readContentFile(file).data,
	}));
	const template = generateEntryTemplate({
		collection,
		title,
		today: '2026-06-01',
		links: chooseTemplateLinks(existing),
	});
	mkdirSync(join(tree.dir, collection), { recursive: true });
	writeFileSync(join(tree.dir, collection, template.fileName), template.text);
	const [file] = listContentFiles(tree.dir, tree.dir).filter(
		(found) => found.collection === collection && found.id === template.id,
	);
	if (!file) throw new Error(`${template.fileName} was not written`);
	return { template, parsed: readContentFile(file) };
}

describe('generateEntryTemplate', () => {
	test.each(COLLECTIONS)('writes a %s entry that passes the content check', (collection) => {
		const { template, parsed } = writeTemplate(collection, 'Plan the quarterly review');
		expect(template.id).toBe('plan-the-quarterly-review');
		expect(parsed.data).toMatchObject({ lastReviewed: '2026-06-01', status: 'draft' });
		expect(checkContent(tree?.dir ?? '', tree?.dir)).toEqual([]);
	});

	test('writes every collection into one tree without a single problem, whatever the title', () => {
		const title = 'Sprint 0: the #OneTeam way, "quoted" & done';
		for (const collection of COLLECTIONS) {
			const { parsed } = writeTemplate(collection, title);
			expect(parsed.data).toMatchObject(collection === 'glossary' ? { term: title } : { title });
		}
		expect(checkContent(tree?.dir ?? '', tree?.dir)).toEqual([]);
	});

	test('gives a playbook every required section, each with a line saying what to write', () => {
		const { template } = writeTemplate('playbooks', 'Try the scaffolder');
		const body = template.text.split('\n---\n')[1] ?? '';
		expect(body.match(/^## .*/gm)).toEqual([
			'## Purpose',
			'## When to use',
			'## Roles',
			'## Inputs',
			'## Steps',
			'## Outputs',
			'## Pitfalls',
			'## Related',
		]);
		expect(body.match(/^Replace .*/gm)).toHaveLength(8);
		expect(template.text).toContain(
			'phases: [launch]\nprocess: customer-kickoff\nroles: [engagement-manager]\n',
		);
	});

	test('gives a runbook its five sections and an entry of frequent questions one question', () => {
		expect(
			writeTemplate('runbooks', 'Restart the pipeline').template.text.match(/^## .*/gm),
		).toEqual(['## Trigger', '## Prerequisites', '## Steps', '## Verification', '## Escalation']);
		expect(writeTemplate('faqs', 'Pipeline questions').template.text.match(/^## .*/gm)).toEqual([
			'## Question?',
		]);
	});

	test('writes checklists and glossary terms as plain YAML, with the allowed values as comments', () => {
		const { template } = writeTemplate('checklists', 'Close the sprint');
		expect(template.fileName).toBe('close-the-sprint.yaml');
		expect(template.text).not.toContain('---');
		expect(template.text).toContain('kind: procedure # one of: phase, quality-gate, procedure\n');
		expect(parse(template.text)).toMatchObject({
			items: [{ id: 'replace-with-an-item-id', role: 'engagement-manager', due: 'phase-start' }],
		});
		const glossary = writeTemplate('glossary', 'Sprint review').template;
		expect(glossary.fileName).toBe('sprint-review.yaml');
		expect(parse(glossary.text)).toMatchObject({ term: 'Sprint review', reviewEveryDays: 365 });
	});

	test('gives a new phase the next order and a short name of whole words', () => {
		const { parsed } = writeTemplate('phases', 'Hypercare and the long tail of support');
		expect(parsed.data).toMatchObject({ order: 2, shortName: 'Hypercare and the long' });
	});

	test('lets the first role own itself, and leaves out duties when there is no phase', () => {
		const template = generateEntryTemplate({
			collection: 'roles',
			title: 'Delivery lead',
			today: '2026-06-01',
			links: { nextPhaseOrder: 1 },
		});
		expect(parse(template.text.split('---\n')[1] ?? '')).toMatchObject({
			owner: 'delivery-lead',
			duties: [],
		});
	});

	test('says what to add first when there is nothing to link to', () => {
		expect(() =>
			generateEntryTemplate({
				collection: 'playbooks',
				title: 'Try it',
				today: '2026-06-01',
				links: { roles: 'engagement-manager', nextPhaseOrder: 1 },
			}),
		).toThrow('there is no entry in phases/ for the new playbooks entry to link to: add one first');
	});
});

describe('chooseTemplateLinks', () => {
	const entry = (collection: CollectionName, id: string, data: object = {}): ExistingEntry => ({
		collection,
		id,
		data,
	});

	test('prefers launch, engagement-manager and a process of that phase', () => {
		expect(
			chooseTemplateLinks([
				entry('phases', 's2d', { order: 1 }),
				entry('phases', 'launch', { order: 2 }),
				entry('processes', 'change-control', { phases: ['manage'] }),
				entry('processes', 'sprint-0', { phases: ['launch'] }),
				entry('roles', 'area-lead'),
				entry('roles', 'engagement-manager'),
			]),
		).toEqual({
			phases: 'launch',
			processes: 'sprint-0',
			roles: 'engagement-manager',
			nextPhaseOrder: 3,
		});
	});

	test('falls back to the first published entry of each kind in any other catalog', () => {
		expect(
			chooseTemplateLinks([
				entry('phases', 'alpha', { status: 'draft' }),
				entry('phases', 'discovery', { order: 7 }),
				entry('processes', 'triage', { phases: ['beta'] }),
				entry('processes', 'intake', { phases: ['beta'] }),
				entry('roles', 'owner'),
				entry('roles', 'analyst', { status: 'draft' }),
			]),
		).toEqual({ phases: 'discovery', processes: 'intake', roles: 'owner', nextPhaseOrder: 8 });
	});

	test('uses drafts when nothing else exists, and leaves out what is missing', () => {
		expect(chooseTemplateLinks([entry('roles', 'lead', { status: 'draft' })])).toEqual({
			roles: 'lead',
			nextPhaseOrder: 1,
		});
	});
});

describe('toEntryId', () => {
	test.each([
		['Try the scaffolder', 'try-the-scaffolder'],
		['  Run the #OneTeam kickoff!  ', 'run-the-oneteam-kickoff'],
		["Don't skip Sprint 0", 'dont-skip-sprint-0'],
		['Café – résumé & naïve', 'cafe-resume-naive'],
		['SOW', 'sow'],
		['!!!', ''],
	])('%s → %s', (title, id) => {
		expect(toEntryId(title)).toBe(id);
	});
});
