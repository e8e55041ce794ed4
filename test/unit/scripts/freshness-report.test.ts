import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, test } from 'vitest';
import type { ReferenceFactory } from '../../../src/schemas/common.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';
import { listContentFiles, readContentFile } from '../../../src/lib/content/files.ts';
import {
	collectFreshness,
	countFreshness,
	DEFAULT_REVIEW_EVERY_DAYS,
	formatFreshnessJson,
	formatFreshnessTable,
} from '../../../scripts/lib/freshness-report.ts';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

/** Rewrites one front-matter line of a file in the tree. */
function rewrite(relativePath: string, from: string, to: string): void {
	const path = join(tree?.dir ?? '', relativePath);
	const text = readFileSync(path, 'utf8');
	expect(text).toContain(from);
	writeFileSync(path, text.replace(from, to));
}

/**
 * The valid fixture (every entry reviewed 2026-10-01, due 2027-03-30; glossary 2027-10-01) with
 * the playbook long overdue, the runbook due soon and owned by the sponsor, and one draft.
 */
function makeAgedTree(): string {
	tree = makeContentTree();
	rewrite(
		'playbooks/run-the-customer-kickoff.md',
		'lastReviewed: 2026-10-01',
		'lastReviewed: 2025-01-01',
	);
	rewrite(
		'runbooks/publish-the-status-report.md',
		'owner: engagement-manager\nlastReviewed: 2026-10-01',
		'owner: customer-sponsor\nlastReviewed: 2026-10-01\nreviewEveryDays: 100',
	);
	rewrite(
		'considerations/kickoff-timing.md',
		'lastReviewed: 2026-10-01',
		'lastReviewed: 2020-01-01\nstatus: draft',
	);
	return tree.dir;
}

describe('collectFreshness', () => {
	test('judges every published entry and leaves drafts out', () => {
		const dir = makeAgedTree();
		const report = collectFreshness(dir, '2027-01-01', dir);
		expect(countFreshness(report)).toEqual({
			overdue: 1,
			dueSoon: 1,
			fresh: 11,
			drafts: 1,
			skipped: 0,
		});
		expect(report.entries.slice(0, 2)).toEqual([
			{
				entry: 'runbooks/publish-the-status-report',
				path: 'runbooks/publish-the-status-report.md',
				title: 'Publish the status report',
				owner: 'customer-sponsor',
				lastReviewed: '2026-10-01',
				reviewEveryDays: 100,
				reviewDue: '2027-01-09',
				daysUntilDue: 8,
				state: 'due-soon',
				reviewedAgo: '3 months ago',
				reviewedPhrase: 'last reviewed 3 months ago',
			},
			expect.objectContaining({
				entry: 'playbooks/run-the-customer-kickoff',
				owner: 'engagement-manager',
				reviewDue: '2025-06-30',
				daysUntilDue: -550,
				state: 'overdue',
				reviewedAgo: '2 years ago',
			}),
		]);
	});

	test('gives glossary terms a year between reviews and titles them by their term', () => {
		tree = makeContentTree();
		const report = collectFreshness(tree.dir, '2027-06-01', tree.dir);
		expect(report.entries.find((entry) => entry.entry === 'glossary/em')).toMatchObject({
			title: 'EM',
			reviewEveryDays: 365,
			reviewDue: '2027-10-01',
			state: 'fresh',
		});
		expect(countFreshness(report)).toMatchObject({ overdue: 12, fresh: 2 });
	});

	test.each([
		{
			name: 'impossible-date',
			skipped: { path: 'faqs/kickoff-faq.md', reason: 'lastReviewed is not a YYYY-MM-DD date' },
		},
		{
			name: 'yaml-syntax',
			skipped: { path: 'glossary/em.yaml', reason: 'its front matter cannot be read' },
		},
	])('lists a file it cannot judge ($name) instead of failing', ({ name, skipped }) => {
		tree = makeContentTree(name);
		expect(collectFreshness(tree.dir, '2027-01-01', tree.dir).skipped).toEqual([skipped]);
	});

	test('uses the same default review intervals as the schemas', () => {
		tree = makeContentTree();
		const reference: ReferenceFactory = (collection) =>
			z.string().transform((id) => ({ collection, id }));
		const files = listContentFiles(tree.dir, tree.dir);
		expect(new Set(files.map((file) => file.collection)).size).toBe(12);
		for (const file of files) {
			const { data } = readContentFile(file);
			expect(data).not.toHaveProperty('reviewEveryDays');
			const parsed = SCHEMAS[file.collection](reference).parse(data) as { reviewEveryDays: number };
			expect([file.collection, parsed.reviewEveryDays]).toEqual([
				file.collection,
				DEFAULT_REVIEW_EVERY_DAYS[file.collection],
			]);
		}
	});
});

describe('formatFreshnessTable', () => {
	test('lists overdue and due-soon entries grouped by owner, with counts last', () => {
		const dir = makeAgedTree();
		rewrite('faqs/kickoff-faq.md', 'lastReviewed: 2026-10-01', 'lastReviewed: 2026-07-20');
		expect(formatFreshnessTable(collectFreshness(dir, '2027-01-01', dir))).toBe(
			[
				'Entries due for review on 2027-01-01 (overdue, or due within 30 days), by owner:',
				'',
				'owner               state     due         entry path                             title',
				'------------------  --------  ----------  -------------------------------------  -------------------------',
				'customer-sponsor    due-soon  2027-01-09  runbooks/publish-the-status-report.md  Publish the status report',
				'',
				'engagement-manager  overdue   2025-06-30  playbooks/run-the-customer-kickoff.md  Run the customer kickoff',
				'engagement-manager  due-soon  2027-01-16  faqs/kickoff-faq.md                    Kickoff FAQ',
				'',
				'customer-sponsor: 0 overdue, 1 due soon',
				'engagement-manager: 1 overdue, 1 due soon',
				'Total: 1 overdue, 2 due soon, 10 fresh (13 published entries checked; 1 draft left out).',
			].join('\n'),
		);
	});

	test('says so when nothing is due, and names files it could not judge', () => {
		tree = makeContentTree('impossible-date');
		expect(formatFreshnessTable(collectFreshness(tree.dir, '2026-11-01', tree.dir))).toBe(
			[
				'Nothing is due for review on 2026-11-01.',
				'Total: 0 overdue, 0 due soon, 13 fresh (13 published entries checked; 0 drafts left out).',
				'Not judged (run npm run check:content for details): 1 file',
				'  faqs/kickoff-faq.md: lastReviewed is not a YYYY-MM-DD date',
			].join('\n'),
		);
	});
});

describe('formatFreshnessJson', () => {
	test('gives the due entries, counts and the day judged as JSON', () => {
		const dir = makeAgedTree();
		const json = JSON.parse(
			formatFreshnessJson(collectFreshness(dir, '2027-01-01', dir), '2027-01-01T08:00:00.000Z'),
		) as Record<string, unknown>;
		expect(json).toEqual({
			generated: '2027-01-01T08:00:00.000Z',
			today: '2027-01-01',
			counts: { overdue: 1, dueSoon: 1, fresh: 11, drafts: 1, skipped: 0 },
			entries: [
				expect.objectContaining({ entry: 'runbooks/publish-the-status-report', state: 'due-soon' }),
				expect.objectContaining({ entry: 'playbooks/run-the-customer-kickoff', state: 'overdue' }),
			],
			skipped: [],
		});
	});
});
