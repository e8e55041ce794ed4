/**
 * `npm run print:redirects -- <nginx|cloudfront> [--dist dist]`: prints the built site's moved
 * addresses (`dist/_redirects`, written by `npm run build` from content/redirects.yaml) for a
 * production server: the entries of deploy/nginx.conf's `redirects.map`, or the whole CloudFront
 * Function for the S3 + CloudFront recipe (README, "Deploying").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderCloudFrontFunction } from './lib/cloudfront.ts';
import { toNginxRedirectMap } from './lib/nginx.ts';
import { readRedirectsFile } from '../src/lib/site/redirects.ts';

const { values, positionals } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' } },
	allowPositionals: true,
});
const [format] = positionals;
if (format !== 'nginx' && format !== 'cloudfront') {
	console.error('Say which server to print for: npm run print:redirects -- nginx | cloudfront');
	process.exit(1);
}
const file = join(values.dist, '_redirects');
if (!existsSync(file)) {
	console.error(`${file} is missing: run \`npm run build\` first.`);
	process.exit(1);
}
const redirects = readRedirectsFile(readFileSync(file, 'utf8'));
process.stdout.write(
	format === 'nginx' ? `${toNginxRedirectMap(redirects)}\n` : renderCloudFrontFunction(redirects),
);
