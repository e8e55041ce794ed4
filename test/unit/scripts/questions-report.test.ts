import { afterEach, describe, expect, test } from 'vitest';
import {
	collectQuestions,
	formatQuestionsJson,
	formatQuestionsTable,
} from '../../../scripts/lib/questions-report.ts';
import { makeContentTree, type ContentTree } from '../../support/content-tree.ts';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

describe('npm run report:questions', () => {
	test('counts each open question and the pages naming it, by owner', () => {
		tree = makeContentTree();
		const questions = collectQuestions(tree.dir, tree.dir);
		expect(questions).toEqual([
			{
				id: 'em-role-name',
				title: 'What does EM stand for?',
				owner: 'engagement-manager',
				answered: false,
				usedBy: ['glossary/em'],
			},
		]);
		expect(formatQuestionsTable(questions)).toBe(
			[
				'Open questions for the content owners, by owner (uses = pages naming it):',
				'',
				'engagement-manager:',
				'    1 use   em-role-name: What does EM stand for?',
				'',
				'Total: 1 open, 0 answered; the open ones are named by 1 page.',
			].join('\n'),
		);
	});

	test('counts an answered question apart, in the table and the JSON', () => {
		tree = makeContentTree('answered-question');
		const questions = collectQuestions(tree.dir, tree.dir);
		expect(formatQuestionsTable(questions).split('\n').at(-1)).toBe(
			'Total: 0 open, 1 answered; the open ones are named by 0 pages.',
		);
		expect(JSON.parse(formatQuestionsJson(questions, '2026-12-02T00:00:00.000Z'))).toMatchObject({
			counts: { open: 0, answered: 1, pagesNamingOpen: 0 },
			questions: [{ id: 'em-role-name', answered: true, usedBy: ['glossary/em'] }],
		});
	});
});
