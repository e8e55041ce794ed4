import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitForHttp } from './local-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Reads the `/*` block of a `_headers` file: the headers every response carries. */
export function readHeadersFile(text: string): [string, string][] {
	const headers: [string, string][] = [];
	for (const line of text.split('\n').slice(1)) {
		const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
		if (match?.[1] && match[2]) headers.push([match[1], match[2]]);
	}
	return headers;
}

/** nginx `add_header` directives for these headers, on every response (`always`). */
export function toNginxHeaders(headers: readonly [string, string][]): string {
	return headers
		.map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
		.join('\n');
}

/** A running nginx serving the built site. */
export interface NginxServer {
	url: string;
	stop(): void;
}

/**
 * Starts Debian's nginx in the foreground with `deploy/nginx.conf`, serving `dist` on
 * 127.0.0.1:`port`, its security headers taken from the build's `_headers`.
 */
export async function startNginx(options: {
	dist: string;
	port: number;
	nginx?: string;
}): Promise<NginxServer> {
	const nginx = options.nginx ?? process.env['PDP_NGINX'] ?? '/usr/sbin/nginx';
	const prefix = mkdtempSync(join(tmpdir(), 'pdp-nginx-'));
	for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
		mkdirSync(join(prefix, folder));
	const dist = resolve(options.dist);
	writeFileSync(
		join(prefix, 'security-headers.conf'),
		`${toNginxHeaders(readHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')))}\n`,
	);
	const config = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
		.replaceAll('__PREFIX__', prefix)
		.replaceAll('__DIST__', dist)
		.replaceAll('__LISTEN__', `127.0.0.1:${options.port}`);
	writeFileSync(join(prefix, 'nginx.conf'), config);
	const test = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', join(prefix, 'nginx.conf')], {
		encoding: 'utf8',
	});
	if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
	const server = spawn(
		nginx,
		['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
		{ stdio: 'inherit' },
	);
	const url = `http://127.0.0.1:${options.port}`;
	await waitForHttp(`${url}/`, 15_000, () => server.exitCode !== null);
	return {
		url,
		stop: () => {
			server.kill('SIGQUIT');
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}
