import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * One step of an Astro build as its log shows it: a step runs from the end of the one before it
 * (or the start of the build) to the first log line its `endsWith` matches.
 */
export interface BuildStep {
	name: string;
	endsWith: RegExp;
}

/** PDP's build, step by step, in the order the steps log their end. */
export const PDP_BUILD_STEPS: readonly BuildStep[] = [
	{ name: 'Content check', endsWith: /\[pdp:content-integrity\] content check passed/ },
	{ name: 'Content sync', endsWith: /\[content\] Synced content/ },
	{ name: 'Vite (entrypoints)', endsWith: /generating static routes/ },
	// Astro's own line after the routes: "✓ Completed in 4.89s." without a [build] tag.
	{ name: 'Route generation', endsWith: /^\S+ ✓ Completed in / },
	{ name: 'Pagefind', endsWith: /\[starlight:pagefind\] Finished building search index/ },
	{ name: 'Link check', endsWith: /\[pdp:link-integrity\] internal links checked/ },
	{ name: 'Headers and finish', endsWith: /\[build\] Complete!/ },
];

/** The routes a build's log lists: those Astro rendered, and those it reused from the last build. */
export interface RouteCounts {
	rendered: string[];
	reused: string[];
}

/**
 * Reads Astro's route lines (`├─ /path/index.html (+12ms)`): with `experimental.incrementalBuild`
 * a route copied from the previous build ends in `(cached)` or `(restored)` instead of a time.
 */
export function readRoutes(log: string): RouteCounts {
	const routes = [...log.matchAll(/[├└]─ (\S+)(.*)$/gm)].map(([, path, rest]) => ({
		path: path ?? '',
		reused: /\((?:cached|restored)\)/.test(rest ?? ''),
	}));
	return {
		rendered: routes.filter((route) => !route.reused).map((route) => route.path),
		reused: routes.filter((route) => route.reused).map((route) => route.path),
	};
}

/** A log line and when it arrived, in milliseconds from the build's start. */
export interface TimedLine {
	atMs: number;
	text: string;
}

/** A memory sample: the build's whole process tree, in MB, at a moment from its start. */
export interface MemorySample {
	atMs: number;
	rssMb: number;
}

/** What one step took: seconds, and the peak memory sampled while it ran. */
export interface StepResult {
	name: string;
	seconds: number;
	peakMemoryMb: number;
}

/**
 * Splits a build into steps by its log. A step whose end never shows (a build that skips it) is
 * left out, and the next step starts where the last one seen ended.
 */
export function splitSteps(
	steps: readonly BuildStep[],
	lines: readonly TimedLine[],
	memory: readonly MemorySample[],
): StepResult[] {
	const results: StepResult[] = [];
	let startMs = 0;
	let from = 0;
	for (const step of steps) {
		const index = lines.findIndex((line, at) => at >= from && step.endsWith.test(line.text));
		if (index < 0) continue;
		const endMs = lines[index]?.atMs ?? startMs;
		const during = memory.filter((sample) => sample.atMs >= startMs && sample.atMs <= endMs);
		// A step shorter than the sampling interval has no sample of its own: the last one before
		// its end stands for it.
		const last = memory.filter((sample) => sample.atMs <= endMs).at(-1);
		results.push({
			name: step.name,
			seconds: (endMs - startMs) / 1000,
			peakMemoryMb: Math.max(
				0,
				...(during.length ? during : last ? [last] : []).map((s) => s.rssMb),
			),
		});
		startMs = endMs;
		from = index + 1;
	}
	return results;
}

/**
 * How a cost grows with size: the exponent k in cost ∝ size^k between two sizes. 1 is linear;
 * 2 quadratic. Undefined when either cost is not positive.
 */
export function growthExponent(
	smaller: { size: number; cost: number },
	larger: { size: number; cost: number },
): number | undefined {
	if (smaller.cost <= 0 || larger.cost <= 0 || larger.size === smaller.size) return undefined;
	return Math.log(larger.cost / smaller.cost) / Math.log(larger.size / smaller.size);
}

/** The resident memory of a process and all its descendants, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
	let kb = 0;
	const visit = (id: number) => {
		try {
			const status = readFileSync(`/proc/${id}/status`, 'utf8');
			kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
			for (const task of readdirSync(`/proc/${id}/task`)) {
				const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8');
				for (const child of children.split(' ').filter(Boolean)) visit(Number(child));
			}
		} catch {
			// The process ended between listing and reading: it holds no memory now.
		}
	};
	visit(pid);
	return kb / 1024;
}

/** A finished build: its log with arrival times, memory samples and totals. */
export interface TimedBuild {
	wallSeconds: number;
	cpuSeconds: number;
	peakMemoryMb: number;
	lines: TimedLine[];
	memory: MemorySample[];
}

/**
 * Runs a command under GNU time, timing each log line as it arrives and sampling the process
 * tree's memory every `sampleMs`. Rejects with the log's tail when the command fails.
 */
export function runTimed(
	command: string,
	args: readonly string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number },
): Promise<TimedBuild> {
	const started = Date.now();
	const child = spawn('/usr/bin/time', ['-v', command, ...args], {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const lines: TimedLine[] = [];
	const memory: MemorySample[] = [];
	let stderr = '';
	let pending = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		const parts = (pending + chunk).split('\n');
		pending = parts.pop() ?? '';
		for (const text of parts) lines.push({ atMs: Date.now() - started, text });
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const sampler = setInterval(() => {
		if (child.pid) memory.push({ atMs: Date.now() - started, rssMb: treeRssMb(child.pid) });
	}, options.sampleMs ?? 250);
	return new Promise((done, fail) => {
		child.on('close', (code) => {
			clearInterval(sampler);
			if (pending) lines.push({ atMs: Date.now() - started, text: pending });
			if (code !== 0) {
				const log = lines.map((line) => line.text).join('\n');
				fail(new Error(`build failed:\n${log.slice(-3000)}\n${stderr.slice(-3000)}`));
				return;
			}
			const field = (name: string) => stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim() ?? '0';
			const [minutes, seconds] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
				.split(':')
				.slice(-2)
				.map(Number);
			done({
				wallSeconds: (minutes ?? 0) * 60 + (seconds ?? 0),
				cpuSeconds:
					Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
				peakMemoryMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
				lines,
				memory,
			});
		});
	});
}
