import { createServer } from 'node:net';

/** Where Debian installs Chromium; `PDP_CHROMIUM` overrides it. */
export const CHROMIUM_PATH = process.env['PDP_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet and offline on these machines. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				if (address && typeof address === 'object') resolvePort(address.port);
				else reject(new Error('no free port'));
			});
		});
	});
}

/** A server that did not answer with a success status in time; `lastSeen` says what it did answer. */
export class ServerNotReadyError extends Error {
	/** The last status (`403 Forbidden`) or connection error (`ECONNREFUSED`) seen, if any. */
	readonly lastSeen: string;

	constructor(message: string, lastSeen: string) {
		super(message);
		this.name = 'ServerNotReadyError';
		this.lastSeen = lastSeen;
	}
}

/** One request to `url`: `ok`, or what went wrong in words (`403 Forbidden`, `ECONNREFUSED`). */
async function probe(url: string): Promise<{ ok: boolean; seen: string }> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
		await response.body?.cancel();
		return { ok: response.ok, seen: `${response.status} ${response.statusText}`.trim() };
	} catch (error) {
		const cause = (error as { cause?: { code?: string; message?: string } }).cause;
		return { ok: false, seen: cause?.code ?? cause?.message ?? (error as Error).message };
	}
}

/**
 * Waits until `url` answers with a success status. Throws a {@link ServerNotReadyError} naming the
 * last answer seen after `timeoutMs`, or as soon as `gaveUp()` says the server is gone.
 */
export async function waitForHttp(
	url: string,
	timeoutMs = 30_000,
	gaveUp: () => boolean = () => false,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let seen = 'no answer yet';
	while (Date.now() < deadline) {
		if (gaveUp())
			throw new ServerNotReadyError(
				`the server for ${url} stopped before answering (last seen: ${seen})`,
				seen,
			);
		const answer = await probe(url);
		if (answer.ok) return;
		seen = answer.seen;
		await new Promise((wait) => setTimeout(wait, 150));
	}
	throw new ServerNotReadyError(
		`${url} did not answer with a success status within ${timeoutMs} ms (last seen: ${seen})`,
		seen,
	);
}
