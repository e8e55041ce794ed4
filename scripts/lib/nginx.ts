import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { ServerNotReadyError, waitForHttp } from './local-server.ts';
import { readRedirectsFile, type Redirect } from '../../src/lib/site/redirects.ts';

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

/**
 * The entries of `deploy/nginx.conf`'s `map $uri $moved_to` for these redirects: each old address,
 * with and without its trailing slash, and where it moved (quoted: `#` would start a comment).
 */
export function toNginxRedirectMap(redirects: readonly Redirect[]): string {
	return redirects
		.flatMap(({ from, to }) =>
			[from, from.replace(/\/$/, '')].map(
				(path) => `${JSON.stringify(path)} ${JSON.stringify(to)};`,
			),
		)
		.join('\n');
}

/** The user and group nginx's workers run as: nginx's own default, `nobody`, unless set. */
export interface WorkerUser {
	user: string;
	group: string;
}

/**
 * Who the local nginx's workers should run as. Started as root, nginx would hand the workers to
 * `nobody`, who cannot read a checkout in a private home folder (`/root` is mode 700): run them as
 * the invoking user instead. Started by anyone else, nginx cannot switch users and the workers run
 * as that user already, so `undefined` (no `user` directive).
 */
export function chooseWorkerUser(uid = process.getuid?.()): WorkerUser | undefined {
	if (uid !== 0) return undefined;
	const user = userInfo().username;
	const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim() || user;
	return { user, group };
}

/** The production configuration with its placeholders filled in, workers run as `workerUser`. */
export function renderNginxConfig(
	template: string,
	values: { prefix: string; dist: string; listen: string; workerUser: WorkerUser | undefined },
): string {
	const config = template
		.replaceAll('__PREFIX__', values.prefix)
		.replaceAll('__DIST__', values.dist)
		.replaceAll('__LISTEN__', values.listen);
	if (!values.workerUser) return config;
	const { user, group } = values.workerUser;
	return `# Local server: workers run as the user who started it, so any checkout it can read is served.\nuser ${user} ${group};\n${config}`;
}

/**
 * Why a local nginx did not serve the site, in words: what it answered last, the end of its error
 * log, and what to do when the log shows the workers could not read the site.
 */
export function describeStartFailure(failure: {
	url: string;
	lastSeen: string;
	exited: boolean;
	errorLog: string;
	dist: string;
	workerUser: string;
}): string {
	const answered = /^\d{3}\b/.test(failure.lastSeen)
		? `nginx answered ${failure.lastSeen}`
		: `nginx could not be reached (${failure.lastSeen})`;
	const lines = [
		`nginx did not serve ${failure.url}: ${failure.exited ? 'it exited before answering; ' : ''}${answered}.`,
	];
	if (/Permission denied/.test(failure.errorLog))
		lines.push(
			`Permission denied reading ${failure.dist}: the nginx workers run as \`${failure.workerUser}\`, who must be able to read every folder above it.`,
		);
	const tail = failure.errorLog.trim().split('\n').slice(-8).join('\n  ');
	lines.push(tail ? `nginx's error log ends with:\n  ${tail}` : `nginx's error log is empty.`);
	return lines.join('\n');
}

/** A running nginx serving the built site. */
export interface NginxServer {
	url: string;
	/** The nginx master process. */
	pid: number;
	/** Stops nginx (fast shutdown), waits for it to exit and removes its working folder. */
	stop(): Promise<void>;
}

/** Signals after which the process that started nginx ends: nginx must not outlive it. */
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ties nginx's life to this process: on exit, Ctrl+C or a termination signal the master gets
 * SIGTERM (nginx's fast shutdown, which ends its workers too). Returns the function that unties it.
 */
function stopWithThisProcess(server: ChildProcess): () => void {
	const terminate = () => {
		if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
	};
	const onSignal = (signal: NodeJS.Signals) => {
		terminate();
		// With no other handler, end as the signal would have ended this process.
		if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
	};
	process.once('exit', terminate);
	for (const signal of ENDING_SIGNALS) process.once(signal, onSignal);
	return () => {
		process.off('exit', terminate);
		for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
	};
}

/** Ends nginx and waits for it: SIGTERM, then SIGKILL if it is still there after 5 s. */
async function endProcess(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null || server.signalCode !== null) return;
	const exited = new Promise<void>((done) => server.once('exit', () => done()));
	server.kill('SIGTERM');
	const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}

/**
 * Starts Debian's nginx in the foreground with `deploy/nginx.conf`, serving `dist` on
 * 127.0.0.1:`port`, its security headers taken from the build's `_headers` and its 301s from its
 * `_redirects`. When it does not serve the home page within `timeoutMs`, it is stopped and the
 * error says why.
 */
export async function startNginx(options: {
	dist: string;
	port: number;
	nginx?: string;
	timeoutMs?: number;
}): Promise<NginxServer> {
	const nginx = options.nginx ?? process.env['PDP_NGINX'] ?? '/usr/sbin/nginx';
	const prefix = mkdtempSync(join(tmpdir(), 'pdp-nginx-'));
	for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
		mkdirSync(join(prefix, folder));
	const dist = resolve(options.dist);
	const workerUser = chooseWorkerUser();
	writeFileSync(
		join(prefix, 'security-headers.conf'),
		`${toNginxHeaders(readHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')))}\n`,
	);
	// A build from before redirects existed has no `_redirects`: nothing has moved.
	const redirectsFile = join(dist, '_redirects');
	const redirects = existsSync(redirectsFile)
		? readRedirectsFile(readFileSync(redirectsFile, 'utf8'))
		: [];
	writeFileSync(join(prefix, 'redirects.map'), `${toNginxRedirectMap(redirects)}\n`);
	const configFile = join(prefix, 'nginx.conf');
	writeFileSync(
		configFile,
		renderNginxConfig(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'), {
			prefix,
			dist,
			listen: `127.0.0.1:${options.port}`,
			workerUser,
		}),
	);
	const test = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', configFile], {
		encoding: 'utf8',
	});
	if (test.status !== 0) {
		rmSync(prefix, { recursive: true, force: true });
		throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
	}
	const server = spawn(nginx, ['-p', prefix, '-c', configFile, '-g', 'daemon off;'], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	const untie = stopWithThisProcess(server);
	const stop = async () => {
		untie();
		await endProcess(server);
		rmSync(prefix, { recursive: true, force: true });
	};
	const url = `http://127.0.0.1:${options.port}`;
	try {
		await waitForHttp(`${url}/`, options.timeoutMs ?? 15_000, () => server.exitCode !== null);
	} catch (error) {
		const errorLogFile = join(prefix, 'error.log');
		const failure = describeStartFailure({
			url: `${url}/`,
			lastSeen: error instanceof ServerNotReadyError ? error.lastSeen : String(error),
			exited: server.exitCode !== null,
			errorLog: existsSync(errorLogFile) ? readFileSync(errorLogFile, 'utf8') : '',
			dist,
			workerUser: workerUser?.user ?? userInfo().username,
		});
		await stop();
		throw new Error(failure, { cause: error });
	}
	if (server.pid === undefined) throw new Error('nginx started without a process id');
	return { url, pid: server.pid, stop };
}
