import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../../src/lib/content/check.ts';
import {
	countGuidanceEntries,
	generateSyntheticCatalog,
	type GeneratedFile,
} from '../../../scripts/lib/synthetic-catalog.ts';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

/** Writes generated files into a fresh temporary folder and returns its path. */
function writeTree(files: readonly GeneratedFile[]): string {
	dir = mkdtempSync(join(tmpdir(), 'pdp-synthetic-'));
	for (const file of files) {
		mkdirSync(dirname(join(dir, file.path)), { recursive: true });
		writeFileSync(join(dir, file.path), file.text);
	}
	return dir;
}

function filesOf(files: readonly GeneratedFile[], collection: string): GeneratedFile[] {
	return files.filter((file) => file.path.startsWith(`${collection}/`));
}

/** The Markdown body after the front matter. */
function bodyOf(file: GeneratedFile): string {
	return file.text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Words as a reader counts them, independent of the generator's own counter. */
function countBodyWords(file: GeneratedFile): number {
	return bodyOf(file)
		.split(/\s+/)
		.filter((word) => /[a-z]/i.test(word)).length;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((left, right) => left - right);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

describe('generateSyntheticCatalog', () => {
	test('gives byte-identical files for the same seed and count', () => {
		const first = generateSyntheticCatalog({ entries: 120, seed: 7 });
		expect(generateSyntheticCatalog({ entries: 120, seed: 7 })).toEqual(first);
	});

	test('gives different files for a different seed', () => {
		const first = generateSyntheticCatalog({ entries: 120, seed: 7 });
		const second = generateSyntheticCatalog({ entries: 120, seed: 8 });
		expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
		expect(second.map((file) => file.text)).not.toEqual(first.map((file) => file.text));
	});

	test('splits 200 entries 30/20/20/15/15 and adds the framework structure', () => {
		const files = generateSyntheticCatalog({ entries: 200, seed: 1 });
		const count = (collection: string) => filesOf(files, collection).length;
		expect({
			playbooks: count('playbooks'),
			runbooks: count('runbooks'),
			considerations: count('considerations'),
			faqs: count('faqs'),
			// The four phase checklists come on top of the guidance checklists.
			checklists: count('checklists') - 4,
			phases: count('phases'),
			processes: count('processes'),
			roles: count('roles'),
			outcomes: count('outcomes'),
			standards: count('standards'),
		}).toEqual({
			playbooks: 60,
			runbooks: 40,
			considerations: 40,
			faqs: 30,
			checklists: 30,
			phases: 4,
			processes: 15,
			roles: 19,
			outcomes: 4,
			standards: 8,
		});
		expect(count('glossary')).toBeGreaterThan(20);
		expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
	});

	test.each([0, 1, 7, 333, 1000])('countGuidanceEntries(%i) sums to the count asked for', (n) => {
		const counts = Object.values(countGuidanceEntries(n));
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(n);
	});

	test.each([50, 300])('passes the real content check with no problem for %i entries', (n) => {
		const tree = writeTree(generateSyntheticCatalog({ entries: n, seed: 42 }));
		expect(checkContent(tree, tree)).toEqual([]);
	});

	test('publishes every process once the catalog can give each one all four kinds of guidance', () => {
		const statuses = (entries: number) =>
			filesOf(generateSyntheticCatalog({ entries, seed: 5 }), 'processes').map(
				(file) => /^status: (\w+)$/m.exec(file.text)?.[1],
			);
		expect(new Set(statuses(100))).toEqual(new Set(['published']));
		expect(statuses(50)).toContain('deprecated');
	});

	test('passes the content check for a catalog too small to link within itself', () => {
		const tree = writeTree(generateSyntheticCatalog({ entries: 1, seed: 3 }));
		expect(checkContent(tree, tree)).toEqual([]);
	});

	test('writes playbooks with a median body of 900 to 1,200 words', () => {
		const playbooks = filesOf(generateSyntheticCatalog({ entries: 200, seed: 5 }), 'playbooks');
		const middle = median(playbooks.map(countBodyWords));
		expect(middle).toBeGreaterThanOrEqual(900);
		expect(middle).toBeLessThanOrEqual(1200);
	});

	test('writes runbook steps as "N. **Role** — action. *Result:* outcome."', () => {
		const [runbook] = filesOf(generateSyntheticCatalog({ entries: 20, seed: 5 }), 'runbooks');
		const steps = bodyOf(runbook ?? { path: '', text: '' })
			.split('## Steps')[1]
			?.split('\n## ')[0]
			?.trim()
			.split('\n');
		expect(steps?.length).toBeGreaterThanOrEqual(3);
		for (const step of steps ?? []) {
			expect(step).toMatch(/^\d+\. \*\*[^*]+\*\* — [A-Z].*\. \*Result:\* .+\.$/);
		}
	});

	test('gives FAQ pages 4 to 8 questions and checklists 8 to 25 items with unique ids', () => {
		const files = generateSyntheticCatalog({ entries: 200, seed: 9 });
		for (const faq of filesOf(files, 'faqs')) {
			const questions = bodyOf(faq).match(/^## .+\?$/gm) ?? [];
			expect(questions.length).toBeGreaterThanOrEqual(4);
			expect(questions.length).toBeLessThanOrEqual(8);
		}
		for (const checklist of filesOf(files, 'checklists')) {
			const { items } = parse(checklist.text) as { items: { id: string }[] };
			expect(items.length).toBeGreaterThanOrEqual(8);
			expect(items.length).toBeLessThanOrEqual(25);
			expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
		}
	});

	test.each([
		{ entries: -1, seed: 1 },
		{ entries: 2.5, seed: 1 },
		{ entries: 10, seed: Number.NaN },
	])('refuses entries $entries with seed $seed', (options) => {
		expect(() => generateSyntheticCatalog(options)).toThrow(RangeError);
	});
});
