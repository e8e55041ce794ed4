import { describe, expect, test } from 'vitest';
import {
	growthExponent,
	PDP_BUILD_STEPS,
	readRoutes,
	runTimed,
	splitSteps,
} from '../../../scripts/lib/build-steps.ts';

/** A real build's log (the lines that matter, and some that do not), with arrival times. */
const LOG = [
	[0, '> astro build'],
	[1_000, '23:45:45 [pdp:content-integrity] content check passed (./content)'],
	[5_000, '23:45:50 [content] Syncing content'],
	[5_500, '23:45:50 [content] Synced content'],
	[6_000, '23:45:50 [build] Building static entrypoints...'],
	[8_000, '23:45:53 [vite] ✓ built in 2.12s'],
	[8_200, ' generating static routes '],
	[13_000, '23:45:58 ✓ Completed in 4.89s.'],
	[13_100, '23:45:58 [build] ✓ Completed in 7.28s.'],
	[14_000, '23:45:59 [starlight:pagefind] Finished building search index in 0.85s.'],
	[14_500, '23:45:59 [pdp:link-integrity] internal links checked: 223 pages, none broken'],
	[14_800, '23:45:59 [build] Complete!'],
].map(([atMs, text]) => ({ atMs: Number(atMs), text: String(text) }));

describe('splitSteps', () => {
	test('times each step from the end of the one before, with its peak memory', () => {
		const memory = [
			{ atMs: 500, rssMb: 100 },
			{ atMs: 3_000, rssMb: 900 },
			{ atMs: 10_000, rssMb: 2_000 },
			{ atMs: 14_200, rssMb: 300 },
		];
		const steps = splitSteps(PDP_BUILD_STEPS, LOG, memory);
		expect(steps.map((step) => [step.name, step.seconds])).toEqual([
			['Content check', 1],
			['Content sync', 4.5],
			['Vite (entrypoints)', 2.7],
			['Route generation', 4.8],
			['Pagefind', 1],
			['Link check', 0.5],
			['Headers and finish', 0.3],
		]);
		expect(steps.find((step) => step.name === 'Route generation')?.peakMemoryMb).toBe(2_000);
		expect(steps.find((step) => step.name === 'Content sync')?.peakMemoryMb).toBe(900);
		expect(steps.find((step) => step.name === 'Link check')?.peakMemoryMb).toBe(300);
		// No sample falls in its 0.3 s: the last one before its end stands for it.
		expect(steps.find((step) => step.name === 'Headers and finish')?.peakMemoryMb).toBe(300);
	});

	test('the [build] summary line does not end route generation early', () => {
		const lines = LOG.filter((line) => !line.text.includes('✓ Completed in 4.89s'));
		const route = splitSteps(PDP_BUILD_STEPS, lines, []).find(
			(step) => step.name === 'Route generation',
		);
		expect(route).toBeUndefined();
	});

	test('a step a build skips is left out, and the next starts where the last seen ended', () => {
		const plain = LOG.filter((line) => !/pdp:/.test(line.text));
		const steps = splitSteps(PDP_BUILD_STEPS, plain, []);
		expect(steps.map((step) => step.name)).not.toContain('Content check');
		expect(steps[0]).toMatchObject({ name: 'Content sync', seconds: 5.5 });
		expect(steps.find((step) => step.name === 'Headers and finish')?.seconds).toBeCloseTo(0.8);
	});
});

describe('growthExponent', () => {
	test('is 1 for linear growth, 2 for quadratic, about 1.1 for a little worse than linear', () => {
		expect(growthExponent({ size: 5_000, cost: 10 }, { size: 20_000, cost: 40 })).toBeCloseTo(1);
		expect(growthExponent({ size: 5_000, cost: 10 }, { size: 20_000, cost: 160 })).toBeCloseTo(2);
		expect(growthExponent({ size: 5_000, cost: 10 }, { size: 20_000, cost: 46 })).toBeGreaterThan(
			1.09,
		);
	});

	test('has no answer for a cost of zero or a single size', () => {
		expect(growthExponent({ size: 5_000, cost: 0 }, { size: 20_000, cost: 4 })).toBeUndefined();
		expect(growthExponent({ size: 5_000, cost: 1 }, { size: 5_000, cost: 4 })).toBeUndefined();
	});
});

describe('readRoutes', () => {
	test('tells the routes Astro rendered from those it reused from the last build', () => {
		const log = [
			' generating static routes ',
			'03:34:01   ├─ /404.html (+1.02s) ',
			'03:34:03   ├─ /api/checklists/dqi.json (restored)',
			'03:34:03   ├─ /playbooks/run-the-kickoff/index.html (cached)',
			'03:34:04   └─ /playbooks/write-the-sow/index.html (+59ms) ',
			'03:34:08 ✓ Completed in 13.52s.',
		].join('\n');
		expect(readRoutes(log)).toEqual({
			rendered: ['/404.html', '/playbooks/write-the-sow/index.html'],
			reused: ['/api/checklists/dqi.json', '/playbooks/run-the-kickoff/index.html'],
		});
	});
});

describe('runTimed', () => {
	test('times log lines as they arrive and samples the memory of the process tree', async () => {
		const script = [
			"console.log('first');",
			'const hold = Buffer.alloc(64 * 1024 * 1024, 1);',
			"setTimeout(() => { console.log('second', hold.length); }, 600);",
		].join('');
		const build = await runTimed(process.execPath, ['-e', script], {
			cwd: process.cwd(),
			env: process.env,
			sampleMs: 50,
		});
		expect(build.lines.map((line) => line.text.split(' ')[0])).toEqual(['first', 'second']);
		expect(build.lines[1]!.atMs - build.lines[0]!.atMs).toBeGreaterThanOrEqual(500);
		expect(Math.max(...build.memory.map((sample) => sample.rssMb))).toBeGreaterThan(64);
		expect(build.peakMemoryMb).toBeGreaterThan(64);
	});

	test('rejects with the log when the command fails', async () => {
		await expect(
			runTimed(process.execPath, ['-e', "console.log('broken step'); process.exit(3)"], {
				cwd: process.cwd(),
				env: process.env,
			}),
		).rejects.toThrow(/broken step/);
	});
});
