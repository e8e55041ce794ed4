import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { resolveCacheDir } from '../../../src/lib/content/dir.ts';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';
import { runAstroBuild } from '../../support/astro-build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let tree: ContentTree | undefined;
afterEach(() => {
	if (tree) rmSync(resolve(ROOT, resolveCacheDir(tree.dir)), { recursive: true, force: true });
	tree?.remove();
});

/** Runs a real `astro build` of a fixture tree on a fixed date, into a throw-away folder. */
function buildTree(...cases: string[]) {
	return buildAndRead(cases, () => undefined).result;
}

/** Builds a fixture tree and lets `inspect` read built files before the output is removed. */
function buildAndRead<T>(cases: string[], inspect: (read: (path: string) => string) => T) {
	tree = makeContentTree(...cases);
	const outDir = `${tree.dir}-dist`;
	const run = runAstroBuild({ content: tree.dir, outDir });
	try {
		const result = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
		const read = (path: string) => readFileSync(`${outDir}${path}`, 'utf8');
		return { result, inspected: run.status === 0 ? inspect(read) : undefined };
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

// Astro itself only logs a dangling reference and keeps the last of two same-id files, exiting 0.
describe('astro build with a content mistake', () => {
	test('fails on a reference to a missing entry, naming file, line, field and fix', () => {
		const { status, output } = buildTree('missing-reference');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'considerations/kickoff-timing.md:6  roles.0: "engagement-manger" is not an entry of roles',
		);
		expect(output).toContain('fix: did you mean "engagement-manager"?');
		// The report is the whole story: no stack trace pointing into our integration under it.
		expect(output).not.toContain('Stack trace');
		expect(output).not.toMatch(/^\s+at /m);
	});

	test('fails on two files with the same id, and lists every problem at once', () => {
		const { status, output } = buildTree('duplicate-id', 'impossible-date');
		expect(status).not.toBe(0);
		expect(output).toContain('Content check found 2 problems');
		expect(output).toContain(
			'playbooks/run-the-customer-kickoff.md:1  id: duplicate id "run-the-customer-kickoff"',
		);
		expect(output).toContain('faqs/kickoff-faq.md:8  lastReviewed: not a real calendar date');
	});

	test('fails on a link to a missing page or #fragment in an entry body, naming the content file', () => {
		const { status, output } = buildTree('broken-link');
		expect(status).not.toBe(0);
		expect(output).toContain('Link check found 2 broken internal link(s)');
		expect(output).toMatch(
			/playbooks\/run-the-customer-kickoff\.md: link "\/checklists\/kickoff-readiness\/" is broken \(no such page\)/,
		);
		expect(output).toMatch(
			/link "\/faqs\/kickoff-faq\/#who-comes" is broken \(no element with id "who-comes" on \/faqs\/kickoff-faq\/\)/,
		);
		expect(output).not.toContain('Stack trace');
		expect(output).not.toMatch(/^\s+at /m);
	});
});

describe('astro build of entries past their review date or deprecated', () => {
	test('marks an overdue entry at the top, a deprecated one with its replacement and out of search, and leaves drafts out', () => {
		const { result, inspected } = buildAndRead(['aged-and-deprecated'], (read) => ({
			overdue: read('/playbooks/run-the-customer-kickoff/index.html'),
			deprecated: read('/runbooks/publish-the-status-report/index.html'),
			fresh: read('/considerations/kickoff-timing/index.html'),
			draftBuilt: (() => {
				try {
					read('/considerations/draft-idea/index.html');
					return true;
				} catch {
					return false;
				}
			})(),
			catalogData: read('/catalog/data.json'),
		}));
		expect(result.status, result.output).toBe(0);
		// The module size check runs on every build (src/integrations/module-size.ts).
		expect(result.output).toMatch(/\[pdp:module-size\] content store and entry index checked: largest /);
		expect(result.output).toMatch(/\[pdp:module-size\] bundled chunks checked: largest /);
		expect(inspected?.overdue).toMatch(
			/data-notice="overdue"[\s\S]*May be out of date[\s\S]*last reviewed 22 months ago; its review was due on[\s\S]*2025-07-09/,
		);
		expect(inspected?.overdue).toContain('2025-07-09</time> (overdue)');
		expect(inspected?.deprecated).toMatch(
			/data-notice="deprecated"[\s\S]*Use <a href="\/playbooks\/run-the-customer-kickoff\/">Run the customer kickoff<\/a> instead/,
		);
		expect(inspected?.deprecated).not.toContain('data-pagefind-body');
		expect(inspected?.fresh).not.toContain('data-notice=');
		expect(inspected?.draftBuilt).toBe(false);
		expect(inspected?.catalogData).not.toContain('draft-idea');
	});
});
