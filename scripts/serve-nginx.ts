/**
 * `npm run serve:nginx [-- --port 4322]`: serves the built site (run `npm run build` first) with
 * Debian's nginx and `deploy/nginx.conf` on 127.0.0.1, as a production server would, until
 * stopped with Ctrl+C.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startNginx } from './lib/nginx.ts';

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4322' }, dist: { type: 'string', default: 'dist' } },
});
if (!existsSync(`${values.dist}/_headers`)) {
	console.error(`${values.dist}/_headers is missing: run \`npm run build\` first.`);
	process.exit(1);
}
const server = await startNginx({ dist: values.dist, port: Number(values.port) });
console.log(`nginx is serving ${values.dist} on ${server.url} (Ctrl+C to stop)`);
const stop = () => {
	void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
