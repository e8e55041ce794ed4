import { describe, expect, test } from 'vitest';
import {
	WORDS_PER_MINUTE,
	buildOnboardingPath,
	countMarkdownWords,
	countWords,
	estimateReadingMinutes,
	formatReadingTime,
	groupStepsByPhase,
	type OnboardingPhaseSource,
	type OnboardingPlaybookSource,
} from '../../../../src/lib/catalog/onboarding.ts';
import { readSiteEntries } from '../../../support/site-content.ts';
import { readOnboardingPath } from '../../../support/onboarding-content.ts';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

function phase(
	id: string,
	order: number,
	playbooks?: string[],
	body = words(10),
): OnboardingPhaseSource {
	return {
		id,
		title: `Phase ${id}`,
		order,
		body,
		text: [],
		onboarding: playbooks && {
			learn: `What ${id} is for.`,
			playbooks: playbooks.map((playbookId) => ({ id: playbookId, learn: `Learn ${playbookId}.` })),
		},
	};
}

function playbook(id: string, body = words(10)): OnboardingPlaybookSource {
	return { id, title: `Playbook ${id}`, body, text: [] };
}

describe('buildOnboardingPath', () => {
	const playbooks = ['a', 'b', 'c', 'd'].map((id) => playbook(id));

	test('orders phases by their order field, each guide followed by its playbooks as listed', () => {
		const steps = buildOnboardingPath(
			[phase('launch', 2, ['c', 'b']), phase('s2d', 1, ['a']), phase('close', 4, ['d'])],
			playbooks,
		);
		expect(steps.map((step) => step.key)).toEqual([
			'phases/s2d',
			'playbooks/a',
			'phases/launch',
			'playbooks/c',
			'playbooks/b',
			'phases/close',
			'playbooks/d',
		]);
		expect(steps.map((step) => step.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(steps[3]).toMatchObject({
			collection: 'playbooks',
			id: 'c',
			title: 'Playbook c',
			href: '/playbooks/c/',
			learn: 'Learn c.',
			phase: { id: 'launch', title: 'Phase launch' },
		});
	});

	test('links each step to its neighbours, and the ends to nothing', () => {
		const steps = buildOnboardingPath([phase('s2d', 1, ['a', 'b'])], playbooks);
		expect(steps.map((step) => [step.previous?.key, step.next?.key])).toEqual([
			[undefined, 'playbooks/a'],
			['phases/s2d', 'playbooks/b'],
			['playbooks/a', undefined],
		]);
		expect(steps[1]?.next).toEqual({
			key: 'playbooks/b',
			collection: 'playbooks',
			id: 'b',
			title: 'Playbook b',
			href: '/playbooks/b/',
		});
	});

	test('leaves out phases without an onboarding block, unpublished playbooks and repeats', () => {
		const steps = buildOnboardingPath(
			[phase('s2d', 1, ['a', 'missing', 'a']), phase('launch', 2), phase('close', 3, ['a', 'b'])],
			playbooks,
		);
		expect(steps.map((step) => step.key)).toEqual([
			'phases/s2d',
			'playbooks/a',
			'phases/close',
			'playbooks/b',
		]);
		expect(steps.at(-1)?.position).toBe(4);
	});

	test('is empty when no phase has an onboarding block', () => {
		expect(buildOnboardingPath([phase('s2d', 1)], playbooks)).toEqual([]);
	});

	test('estimates each step’s reading time from its body and the prose its page shows', () => {
		const [guide, first] = buildOnboardingPath(
			[{ ...phase('s2d', 1, ['a'], words(150)), text: [words(100)] }],
			[playbook('a', words(WORDS_PER_MINUTE * 3 + 1))],
		);
		expect(guide?.readingMinutes).toBe(2);
		expect(first?.readingMinutes).toBe(4);
	});

	test('groups steps by phase, in path order', () => {
		const groups = groupStepsByPhase(
			buildOnboardingPath([phase('s2d', 1, ['a']), phase('launch', 2, ['b', 'c'])], playbooks),
		);
		expect(groups.map((group) => [group.phase.id, group.steps.map((step) => step.id)])).toEqual([
			['s2d', ['s2d', 'a']],
			['launch', ['launch', 'b', 'c']],
		]);
	});
});

describe('reading time', () => {
	test.each([
		[0, 1],
		[1, 1],
		[200, 1],
		[201, 2],
		[999, 5],
		[1000, 5],
		[1001, 6],
	])('%i words take %i min at 200 words a minute, rounded up, at least 1', (count, minutes) => {
		expect(WORDS_PER_MINUTE).toBe(200);
		expect(estimateReadingMinutes(count)).toBe(minutes);
	});

	test('counts words with inner hyphens, apostrophes and dots as one, and skips punctuation', () => {
		expect(countWords("The sponsor's 30-minute pre-meeting — v1.2, #OneTeam & more…")).toBe(7);
		expect(countWords('  — , ; ')).toBe(0);
	});

	test('counts the prose of Markdown, not its code blocks, HTML tags, link addresses or markup', () => {
		const markdown = [
			'## Steps to take',
			'',
			'1. Read the [handover pack](/playbooks/hand-over-from-sales-to-delivery/) **first**.',
			'2. Run `npm run check`.',
			'',
			'```sh',
			'echo these words are code and not read as prose',
			'```',
			'',
			'<span>two words</span>',
			'',
			'| Who | When |',
			'| --- | ---- |',
			'| EM  | Now  |',
		].join('\n');
		// Steps to take (3) + Read the handover pack first (5) + Run npm run check (4)
		// + two words (2, inline HTML's text is a text node) + Who When EM Now (4).
		expect(countMarkdownWords(markdown)).toBe(18);
	});

	test.each([
		[5, '5 min'],
		[60, '1 h'],
		[65, '1 h 5 min'],
		[130, '2 h 10 min'],
	])('%i minutes read as "%s"', (minutes, text) => {
		expect(formatReadingTime(minutes)).toBe(text);
	});
});

describe('the onboarding path of the real content', () => {
	const entries = readSiteEntries();
	const steps = readOnboardingPath(entries);

	test('goes through the four phase guides in order, S2D first, each with key playbooks', () => {
		const guides = steps.filter((step) => step.collection === 'phases').map((step) => step.id);
		expect(guides).toEqual(['s2d', 'launch', 'manage-and-inspect', 'close-and-d2s']);
		for (const group of groupStepsByPhase(steps)) {
			expect(group.steps.length, group.phase.id).toBeGreaterThan(1);
		}
	});

	test('has a step for every guide and every playbook the phases list', () => {
		const listed = entries
			.filter((entry) => entry.collection === 'phases')
			.reduce((total, entry) => {
				const onboarding = entry.data['onboarding'] as { playbooks: unknown[] } | undefined;
				return total + (onboarding ? 1 + onboarding.playbooks.length : 0);
			}, 0);
		expect(steps).toHaveLength(listed);
		expect(steps.every((step) => step.readingMinutes >= 1 && step.learn.length > 0)).toBe(true);
	});
});
