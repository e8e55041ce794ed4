import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

function report(...args: string[]) {
	return spawnSync(process.execPath, ['scripts/report-freshness.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
	});
}

describe('npm run report:freshness', () => {
	test('prints overdue entries and still exits 0', () => {
		tree = makeContentTree();
		const result = report('--dir', tree.dir, '--today', '2027-06-01');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Entries due for review on 2027-06-01');
		expect(result.stdout).toMatch(
			/^engagement-manager +overdue +2027-03-30 +\S*playbooks\/run-the-customer-kickoff\.md +Run the/m,
		);
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
			'Total: 12 overdue, 0 due soon, 2 fresh (14 published entries checked; 0 drafts left out).',
		);
	});

	test('prints JSON with --json', () => {
		tree = makeContentTree();
		const result = report('--json', '--dir', tree.dir, '--today', '2027-06-01');
		expect(result.status).toBe(0);
		const json = JSON.parse(result.stdout) as {
			generated: string;
			today: string;
			entries: unknown[];
		};
		expect(json.today).toBe('2027-06-01');
		expect(Number.isNaN(Date.parse(json.generated))).toBe(false);
		expect(json.entries).toHaveLength(12);
	});

	test('uses the UTC date when --today is not given', () => {
		tree = makeContentTree();
		const before = new Date().toISOString().slice(0, 10);
		const result = report('--json', '--dir', tree.dir);
		const after = new Date().toISOString().slice(0, 10);
		expect(result.status).toBe(0);
		expect([before, after]).toContain((JSON.parse(result.stdout) as { today: string }).today);
	});

	test.each([
		{
			args: ['--today', '2027-02-30'],
			message: '--today "2027-02-30" is not a real date written as YYYY-MM-DD',
		},
		{ args: ['--since', '2027-01-01'], message: "Unknown option '--since'" },
	])('refuses a bad command line: $args', ({ args, message }) => {
		const result = report(...args);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')[0]).toContain(message);
	});
});
