import { spawn } from 'node:child_process';
import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startNginx } from '../../scripts/lib/nginx.ts';
import { freePort } from '../../scripts/lib/local-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'pdp-nginx-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The ids of the running nginx processes (masters and workers), zombies left out. */
function nginxProcesses(): Set<number> {
	const pids = new Set<number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// `comm` is the name; a zombie (state Z) has ended and waits only to be reaped.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			if (/^\d+ \(nginx\) [^Z]/.test(stat)) pids.add(Number(name));
		} catch {
			// The process ended while the list was read.
		}
	}
	return pids;
}

/** The nginx processes started since `before` that are running now. */
const startedSince = (before: Set<number>): number[] =>
	[...nginxProcesses()].filter((pid) => !before.has(pid));

/** The nginx processes started since `before` that are still running after a short grace. */
async function leftRunning(before: Set<number>): Promise<number[]> {
	const deadline = Date.now() + 5_000;
	while (startedSince(before).length > 0 && Date.now() < deadline)
		await new Promise((wait) => setTimeout(wait, 100));
	return startedSince(before);
}

/** A minimal built site in `folder/dist`, with or without its home page. */
function writeSite(folder: string, withHomePage = true): string {
	const dist = join(folder, 'dist');
	mkdirSync(dist, { recursive: true });
	writeFileSync(join(dist, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
	writeFileSync(join(dist, '404.html'), '<title>404</title>');
	if (withHomePage) writeFileSync(join(dist, 'index.html'), '<title>A private checkout</title>');
	return dist;
}

describe('the local nginx (tests and npm run serve:nginx)', () => {
	test('serves a checkout inside a folder only its owner can read, as root’s home is', async () => {
		const home = join(scratch, 'home');
		mkdirSync(home, { mode: 0o700 });
		chmodSync(home, 0o700);
		const dist = writeSite(join(home, 'pdp'));
		const before = nginxProcesses();
		const server = await startNginx({ dist, port: await freePort(), timeoutMs: 5_000 });
		try {
			const response = await fetch(`${server.url}/`);
			expect(response.status).toBe(200);
			expect(await response.text()).toContain('A private checkout');
			const workers = [...nginxProcesses()].filter((pid) => !before.has(pid) && pid !== server.pid);
			expect(workers.length).toBeGreaterThan(0);
			for (const pid of workers) expect(statSync(`/proc/${pid}`).uid).toBe(process.getuid?.());
		} finally {
			await server.stop();
		}
		expect(await leftRunning(before)).toEqual([]);
	});

	test('a start that fails says what nginx answered and what its log says, and stops nginx', async () => {
		const dist = writeSite(join(scratch, 'no-home-page'), false);
		const before = nginxProcesses();
		const failure = startNginx({ dist, port: await freePort(), timeoutMs: 1_500 });
		await expect(failure).rejects.toThrow(/nginx answered 403 Forbidden/);
		await expect(failure).rejects.toThrow(/error log ends with:[\s\S]*directory index of/);
		expect(await leftRunning(before)).toEqual([]);
	});

	const starter = `
		import { startNginx } from ${JSON.stringify(join(ROOT, 'scripts/lib/nginx.ts'))};
		const [dist, port, ending] = process.argv.slice(-3);
		await startNginx({ dist, port: Number(port) });
		process.on('SIGUSR2', () => { throw new Error('a test failed badly'); });
		console.log('ready');
		setInterval(() => {}, 1000);
	`;

	test.each([
		['Ctrl+C (SIGINT)', 'SIGINT'],
		['SIGTERM', 'SIGTERM'],
		['an uncaught error', 'throw'],
	] as const)(
		'nginx does not outlive the process that started it, ended by %s',
		async (_, ending) => {
			const dist = writeSite(join(scratch, `ended-by-${ending}`));
			const before = nginxProcesses();
			const child = spawn(
				process.execPath,
				['--input-type=module', '-e', starter, '--', dist, String(await freePort()), ending],
				{ stdio: ['ignore', 'pipe', 'pipe'] },
			);
			const exited = new Promise((done) => child.once('exit', done));
			await new Promise<void>((ready, fail) => {
				child.stdout.on('data', (chunk: Buffer) => {
					if (chunk.toString().includes('ready')) ready();
				});
				child.once('exit', () => fail(new Error('the starter ended before nginx was ready')));
			});
			expect(startedSince(before).length).toBeGreaterThan(0);
			child.kill(ending === 'throw' ? 'SIGUSR2' : ending);
			await exited;
			expect(await leftRunning(before)).toEqual([]);
		},
	);
});
