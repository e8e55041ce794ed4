import { describe, expect, test } from 'vitest';
import { phaseSchema } from '../../../src/schemas/phases.ts';
import { plainReference } from '../../../src/schemas/common.ts';

const reference = plainReference;
const schema = phaseSchema(reference);

/** A key playbook on the path, with a `learn` line long enough to pass. */
const keyPlaybook = (id: string) => ({
	playbook: id,
	learn: `How to use ${id} on a real engagement.`,
});

/** The smallest phase the schema accepts, with an onboarding block. */
function validPhase(): Record<string, unknown> {
	return {
		title: 'Launch',
		shortName: 'Launch',
		order: 2,
		summary: 'Sprint 0, the customer kickoff and the governance the engagement runs on.',
		goals: ['Hold the customer kickoff'],
		entryCriteria: ['The statement of work is signed'],
		exitCriteria: ['Governance is running'],
		roles: ['engagement-manager'],
		owner: 'area-lead',
		lastReviewed: '2026-10-01',
		changes: [{ date: '2026-10-01', type: 'major', note: 'First published.' }],
		onboarding: {
			learn: 'How an engagement starts, from Sprint 0 to the first status report.',
			playbooks: [keyPlaybook('plan-and-run-sprint-0'), keyPlaybook('run-the-customer-kickoff')],
		},
	};
}

function issuesOf(input: Record<string, unknown>) {
	const result = schema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const withOnboarding = (change: Record<string, unknown>) => ({
	onboarding: { ...(validPhase()['onboarding'] as object), ...change },
});

describe('phaseSchema onboarding', () => {
	test('accepts an onboarding block and keeps its playbooks in order, as references', () => {
		const result = schema.parse(validPhase());
		expect(result.onboarding?.playbooks.map((step) => step.playbook)).toEqual([
			{ collection: 'playbooks', id: 'plan-and-run-sprint-0' },
			{ collection: 'playbooks', id: 'run-the-customer-kickoff' },
		]);
	});

	test('is optional: a phase without it is off the onboarding path', () => {
		const phase = validPhase();
		delete phase['onboarding'];
		expect(schema.parse(phase).onboarding).toBeUndefined();
	});

	test.each([
		{
			change: withOnboarding({ playbooks: [] }),
			path: 'onboarding.playbooks',
			message: 'empty list: name at least one key playbook for new hires to read',
		},
		{
			change: withOnboarding({
				playbooks: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => keyPlaybook(`playbook-${id}`)),
			}),
			path: 'onboarding.playbooks',
			message: 'too many playbooks: pick at most 6, so the onboarding path stays short',
		},
		{
			change: withOnboarding({ learn: 'Kickoff.' }),
			path: 'onboarding.learn',
			message: 'too short: say in one full sentence what a new hire learns from this step',
		},
		{
			change: withOnboarding({ learn: `${'A long sentence that goes on. '.repeat(9)}` }),
			path: 'onboarding.learn',
			message:
				'too long: keep it to one sentence under 240 characters; the page itself has the detail',
		},
		{
			change: withOnboarding({ playbooks: [{ playbook: 'run-the-customer-kickoff' }] }),
			path: 'onboarding.playbooks.0.learn',
			message: 'Invalid input: expected string, received undefined',
		},
		{
			change: withOnboarding({ playbooks: [{ ...keyPlaybook('x-y'), learn: 'Short.' }] }),
			path: 'onboarding.playbooks.0.learn',
			message: 'too short: say in one full sentence what a new hire learns from this step',
		},
		{
			change: withOnboarding({ playbooks: [{ ...keyPlaybook('x-y'), why: 'because' }] }),
			path: 'onboarding.playbooks.0',
			message: 'Unrecognized key: "why"',
		},
		{
			change: withOnboarding({ steps: [] }),
			path: 'onboarding',
			message: 'Unrecognized key: "steps"',
		},
		{
			change: { onboarding: ['run-the-customer-kickoff'] },
			path: 'onboarding',
			message: 'Invalid input: expected object, received array',
		},
	])('rejects $path: $message', ({ change, path, message }) => {
		expect(issuesOf({ ...validPhase(), ...change })).toContainEqual({ path, message });
	});
});
