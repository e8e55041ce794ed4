import { afterEach, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../../src/lib/content/check.ts';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

function check(...cases: string[]) {
	tree = makeContentTree(...cases);
	return checkContent(tree.dir, tree.dir);
}

describe('the onboarding path in the content check', () => {
	test('reports a playbook listed twice on the path, at the second place', () => {
		expect(check('onboarding-duplicate')).toEqual([
			{
				file: 'phases/launch.md',
				line: 22,
				field: 'onboarding.playbooks.1.playbook',
				message:
					'playbook "run-the-customer-kickoff" is already on the onboarding path (phases/launch.md, onboarding.playbooks.0)',
				fix: 'list each playbook once on the whole path: remove this one, or pick another key playbook',
			},
		]);
	});

	test('reports a deprecated playbook on the path', () => {
		expect(check('onboarding-deprecated')).toEqual([
			{
				file: 'phases/launch.md',
				line: 20,
				field: 'onboarding.playbooks.0.playbook',
				message:
					'playbook "run-the-customer-kickoff" is deprecated, so new hires would read replaced guidance',
				fix: 'put the playbook that replaces it (its supersededBy) on the path instead',
			},
		]);
	});

	test('reports a playbook that does not exist, with the closest id', () => {
		tree = makeContentTree('onboarding-duplicate');
		const fs = process.getBuiltinModule('node:fs');
		const phase = `${tree.dir}/phases/launch.md`;
		fs.writeFileSync(
			phase,
			fs
				.readFileSync(phase, 'utf8')
				.replace('playbook: run-the-customer-kickoff', 'playbook: run-the-customer-kickof'),
		);
		expect(checkContent(tree.dir, tree.dir)).toEqual([
			{
				file: 'phases/launch.md',
				line: 20,
				field: 'onboarding.playbooks.0.playbook',
				message: '"run-the-customer-kickof" is not an entry of playbooks',
				fix: 'did you mean "run-the-customer-kickoff"?',
			},
		]);
	});

	test('accepts a path that lists each published playbook once', () => {
		tree = makeContentTree('onboarding-deprecated');
		const fs = process.getBuiltinModule('node:fs');
		fs.cpSync(
			resolve(import.meta.dirname, '../../fixtures/valid/playbooks/run-the-customer-kickoff.md'),
			`${tree.dir}/playbooks/run-the-customer-kickoff.md`,
		);
		expect(checkContent(tree.dir, tree.dir)).toEqual([]);
	});
});
