import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../scripts/lib/nginx.ts';
import { freePort, waitForHttp } from '../../scripts/lib/local-server.ts';
import { resolveOutDir } from '../../src/lib/content/dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** Which server the site is served by: nginx (as deployed) or astro preview. */
		server: 'nginx' | 'preview';
	}
}

/**
 * Serves the built site on 127.0.0.1 for the browser tests, then stops it: with nginx and the
 * production configuration (security headers, CSP) by default, or with `astro preview` when
 * PDP_E2E_SERVER=preview.
 */
export default async function setup(project: TestProject) {
	const dist = resolve(ROOT, resolveOutDir());
	if (!existsSync(resolve(dist, 'index.html'))) {
		throw new Error(
			`${dist} has no built site: run \`npm run build\` before the browser tests (npm test does).`,
		);
	}
	const port = await freePort();
	if (process.env['PDP_E2E_SERVER'] !== 'preview') {
		const nginx = await startNginx({ dist, port });
		project.provide('baseUrl', nginx.url);
		project.provide('server', 'nginx');
		return () => nginx.stop();
	}
	project.provide('server', 'preview');
	const server = spawn(
		process.execPath,
		[
			'node_modules/astro/bin/astro.mjs',
			'preview',
			'--ignore-lock',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
		],
		{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
	);
	let output = '';
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const baseUrl = `http://127.0.0.1:${port}`;
	try {
		await waitForHttp(`${baseUrl}/`, 30_000, () => server.exitCode !== null);
	} catch (error) {
		server.kill();
		throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
	}
	project.provide('baseUrl', baseUrl);
	return () => {
		server.kill();
	};
}
