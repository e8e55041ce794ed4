import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { resolveCacheDir } from '../../../src/lib/content-dir.ts';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let tree: ContentTree | undefined;
afterEach(() => {
	if (tree) rmSync(resolve(ROOT, resolveCacheDir(tree.dir)), { recursive: true, force: true });
	tree?.remove();
});

/** Runs a real `astro build` of a fixture tree, into a throw-away output folder. */
function buildTree(...cases: string[]) {
	tree = makeContentTree(...cases);
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			PDP_CONTENT_DIR: tree.dir,
			PDP_OUT_DIR: `${tree.dir}-dist`,
			NO_COLOR: '1',
		},
	});
	rmSync(`${tree.dir}-dist`, { recursive: true, force: true });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
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
	});
});
