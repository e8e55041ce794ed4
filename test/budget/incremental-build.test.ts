import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/site-measure.ts';
import { readRoutes, type RouteCounts } from '../../scripts/lib/build-steps.ts';
import { runAstroBuild, writeSyntheticCatalog } from '../support/astro-build.ts';

/**
 * Author rebuilds (Astro's `experimental.incrementalBuild` with our page keys): a build after one
 * change renders only the pages that change can reach, and its output is, file for file, what a
 * cold build of the changed catalog gives. Counts and bytes only; the benchmark times it.
 */
const work = mkdtempSync(join(tmpdir(), 'pdp-incremental-'));
const content = join(work, 'content');
const warmCache = join(work, 'cache-warm');
const warmOut = join(work, 'dist-warm');
const PLAYBOOK = 'playbooks/p-00001.md';
const RUNBOOK = 'runbooks/r-00002.md';

writeSyntheticCatalog(content, 50);

/** What a build rendered or reused, and how many bodies and pages its checks read again. */
interface BuildWork extends RouteCounts {
	bodiesChecked: number;
	pagesRead: number;
}

/** Builds the catalog into `outDir` with `cacheDir` as Astro's cache. */
function build(outDir: string, cacheDir: string): BuildWork {
	const run = runAstroBuild({ content, outDir, cacheDir });
	if (run.status !== 0)
		throw new Error(`build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
	const count = (pattern: RegExp) => Number(pattern.exec(run.stdout)?.[1] ?? Number.NaN);
	return {
		...readRoutes(run.stdout),
		bodiesChecked: count(/content check passed .*: (\d+) bod(?:y|ies) checked/),
		pagesRead: count(/internal links checked: \d+ pages \((\d+) read/),
	};
}

/** A cold build of the catalog as it is now, in a cache of its own: the output to match. */
function coldBuild(name: string): string {
	const outDir = join(work, `dist-${name}`);
	build(outDir, join(work, `cache-${name}`));
	return outDir;
}

/** Every file of an output folder with its bytes, for comparing two builds. */
function snapshot(outDir: string): Map<string, Buffer> {
	return new Map(
		listFiles(outDir).map((file) => [file.path, readFileSync(join(outDir, file.path))]),
	);
}

function expectSameOutput(actual: string, expected: string): void {
	const [got, want] = [snapshot(actual), snapshot(expected)];
	expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
	const differing = [...want].filter(([path, bytes]) => !got.get(path)?.equals(bytes));
	expect(differing.map(([path]) => path)).toEqual([]);
}

function edit(path: string, change: (text: string) => string): void {
	const file = join(content, path);
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Three builds of 50 entries and a cold one to compare with: minutes on a busy 2-core machine. */
const BUILDS_TIMEOUT = 600_000;
const ENTRY_PAGE =
	/^\/(playbooks|runbooks|considerations|faqs|checklists|phases|processes|roles|glossary)\/[^/]+\/index\.html$/;

describe('an author’s rebuild', () => {
	let first: BuildWork;
	beforeAll(() => {
		first = build(warmOut, warmCache);
	});

	test('the first build renders every page, and its checks read every body and page', () => {
		expect(first.reused).toEqual([]);
		expect(first.rendered.length).toBeGreaterThan(100);
		expect(first.bodiesChecked).toBeGreaterThan(50);
		expect(first.pagesRead).toBeGreaterThan(first.rendered.length * 0.8);
	});

	test(
		'after a change to one entry’s body, renders that entry’s page and the pages no entry keys, and matches a cold build',
		() => {
			edit(PLAYBOOK, (text) => `${text}\nA paragraph added for the rebuild test.\n`);
			const rebuild = build(warmOut, warmCache);
			expect(rebuild.rendered).toContain('/playbooks/p-00001/index.html');
			// Every other entry page and listing is reused; only routes without a key (home, search,
			// the catalog's data, feeds of the whole site) render again.
			expect(rebuild.rendered.filter((path) => ENTRY_PAGE.test(path))).toEqual([
				'/playbooks/p-00001/index.html',
			]);
			expect(rebuild.reused.length).toBeGreaterThan(first.rendered.length * 0.8);
			// The content check parses only the edited file's body; the link check reads only pages
			// whose HTML changed (at most those rendered again), not the whole site.
			expect(rebuild.bodiesChecked).toBe(1);
			expect(rebuild.pagesRead).toBeGreaterThan(0);
			expect(rebuild.pagesRead).toBeLessThanOrEqual(rebuild.rendered.length);
			expect(readFileSync(join(warmOut, 'playbooks/p-00001/index.html'), 'utf8')).toContain(
				'A paragraph added for the rebuild test.',
			);
			expectSameOutput(warmOut, coldBuild('body-edit'));
		},
		BUILDS_TIMEOUT,
	);

	test(
		'after a change to front matter other pages show, renders them again and matches a cold build',
		() => {
			edit(RUNBOOK, (text) =>
				text.replace(/^title: .*$/m, 'title: A title changed for the rebuild test'),
			);
			const rebuild = build(warmOut, warmCache);
			expect(rebuild.reused).toEqual([]);
			expectSameOutput(warmOut, coldBuild('title-edit'));
		},
		BUILDS_TIMEOUT,
	);
});
