import { afterEach, describe, expect, test } from 'vitest';
import { buildSidebar } from '../../../../src/lib/site/navigation.ts';
import { makeContentTree, type ContentTree } from '../../../support/content-tree.ts';
import { writeFileSync, mkdirSync } from 'node:fs';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

function addPlaybooks(dir: string, count: number) {
	mkdirSync(`${dir}/playbooks/bulk`, { recursive: true });
	const source = `${dir}/playbooks/run-the-customer-kickoff.md`;
	const text = process.getBuiltinModule('node:fs').readFileSync(source, 'utf8');
	for (let index = 0; index < count; index++)
		writeFileSync(`${dir}/playbooks/bulk/playbook-${index}.md`, text);
}

describe('buildSidebar', () => {
	test('lists phases in order, processes, types and key pages', () => {
		tree = makeContentTree();
		const sidebar = buildSidebar(tree.dir);
		expect(sidebar.map((group) => group.label)).toEqual([
			'Phases',
			'Processes',
			'Browse by type',
			'Reference',
		]);
		expect(sidebar[0]?.items).toEqual([{ label: 'Launch', link: '/phases/launch/' }]);
		expect(sidebar[1]?.items).toEqual([
			{ label: 'Customer kickoff', link: '/processes/customer-kickoff/' },
		]);
	});

	test('does not grow with the number of entries', () => {
		tree = makeContentTree();
		const before = JSON.stringify(buildSidebar(tree.dir));
		addPlaybooks(tree.dir, 200);
		expect(JSON.stringify(buildSidebar(tree.dir))).toBe(before);
	});

	test('leaves draft phases out of the sidebar', () => {
		tree = makeContentTree();
		const phase = `${tree.dir}/phases/launch.md`;
		const fs = process.getBuiltinModule('node:fs');
		fs.writeFileSync(
			phase,
			fs
				.readFileSync(phase, 'utf8')
				.replace('lastReviewed: 2026-10-01', 'lastReviewed: 2026-10-01\nstatus: draft'),
		);
		expect(buildSidebar(tree.dir)[0]?.items).toEqual([]);
	});
});
