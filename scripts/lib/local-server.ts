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

/** Waits until `url` answers with a success status; throws after `timeoutMs` or if `gaveUp()` says so. */
export async function waitForHttp(
	url: string,
	timeoutMs = 30_000,
	gaveUp: () => boolean = () => false,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (gaveUp()) throw new Error(`the server for ${url} stopped before answering`);
		if (
			await fetch(url).then(
				(response) => response.ok,
				() => false,
			)
		)
			return;
		await new Promise((wait) => setTimeout(wait, 150));
	}
	throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
