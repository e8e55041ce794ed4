import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

function runNew(...args: string[]) {
	return spawnSync(process.execPath, ['scripts/new-entry.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
	});
}

describe('npm run new', () => {
	test('writes a draft that passes the content check and says what to do next', () => {
		tree = makeContentTree();
		const result = runNew('playbooks', 'Try the scaffolder', '--dir', tree.dir);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const path = join(tree.dir, 'playbooks', 'try-the-scaffolder.md');
		expect(result.stdout.split('\n')[0]).toBe(`Wrote ${path}, a draft in playbooks.`);
		expect(result.stdout).toContain(`npm run check:content -- ${tree.dir}`);
		expect(result.stdout).toContain(`PDP_CONTENT_DIR=${tree.dir} npm run dev`);
		expect(result.stdout).toContain('http://localhost:4321/playbooks/try-the-scaffolder/');
		const text = readFileSync(path, 'utf8');
		expect(text).toMatch(/^lastReviewed: \d{4}-\d{2}-\d{2}$/m);
		expect(text).toContain('status: draft');
		expect(checkContent(tree.dir, tree.dir)).toEqual([]);
	});

	test('writes checklists as YAML and takes an unquoted title word by word', () => {
		tree = makeContentTree();
		expect(runNew('checklists', 'Close', 'the', 'sprint', '--dir', tree.dir).status).toBe(0);
		expect(existsSync(join(tree.dir, 'checklists', 'close-the-sprint.yaml'))).toBe(true);
		expect(checkContent(tree.dir, tree.dir)).toEqual([]);
	});

	test.each([
		{
			args: ['playbook', 'Try it'],
			message: /^Unknown type "playbook" \(did you mean "playbooks"\?\)\. usage: /,
		},
		{ args: ['widgets', 'Try it'], message: /^Unknown type "widgets"\. usage: / },
		{ args: [], message: /^No type given\. usage: / },
		{ args: ['faqs'], message: /^No title given\. usage: / },
		{ args: ['faqs', '   '], message: /^No title given\. usage: / },
		{
			args: ['faqs', '?!'],
			message: /^The title "\?!" has no letters or digits to make an id from\.$/,
		},
		{
			args: ['faqs', 'Kickoff FAQ'],
			message:
				/faqs\/kickoff-faq\.md already has the id "kickoff-faq" in faqs: choose another title\.$/,
		},
		{ args: ['faqs', 'Try it', '--folder', 'x'], message: /^Unknown option '--folder'/ },
	])('refuses $args with one line', ({ args, message }) => {
		tree = makeContentTree();
		const before = checkContent(tree.dir, tree.dir);
		const result = runNew(...args, '--dir', tree.dir);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr.trimEnd()).toMatch(message);
		expect(checkContent(tree.dir, tree.dir)).toEqual(before);
	});

	test('refuses an id used anywhere under the collection folder, whatever the extension', () => {
		tree = makeContentTree();
		mkdirSync(join(tree.dir, 'runbooks', 'archive'));
		renameSync(
			join(tree.dir, 'runbooks', 'publish-the-status-report.md'),
			join(tree.dir, 'runbooks', 'archive', 'publish-the-status-report.txt'),
		);
		const result = runNew('runbooks', 'Publish the status report', '--dir', tree.dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'runbooks/archive/publish-the-status-report.txt already has the id',
		);
	});

	test('refuses a content folder that does not exist', () => {
		const result = runNew('faqs', 'Try it', '--dir', '/nonexistent/pdp-content');
		expect(result.status).toBe(1);
		expect(result.stderr.trimEnd()).toBe(
			'No content folder at /nonexistent/pdp-content: pass --dir <content dir>.',
		);
	});
});
