/**
 * `npm run bench:lighthouse`: Lighthouse (mobile profile) over the built site, served by
 * `astro preview` on 127.0.0.1, in Debian's Chromium: home, a phase guide, the catalog, search
 * results, a role page, a checklist (and a link to its Assess mode) and a playbook. Prints a
 * Markdown table of the four category scores and the cumulative layout shift, and writes it to
 * bench-results/lighthouse.md. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort, waitForHttp } from './lib/local-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES: [string, string][] = [
	['Home', '/'],
	['Phase guide', '/phases/launch/'],
	['Catalog', '/catalog/'],
	['Search results', '/search/?q=kickoff'],
	['Role page', '/roles/engagement-manager/'],
	['Checklist', '/checklists/dqi/'],
	['Checklist, Assess mode', '/checklists/dqi/#assess'],
	['Playbook', '/playbooks/run-the-customer-kickoff/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function main(): Promise<void> {
	if (!existsSync(join(ROOT, 'dist/index.html')))
		throw new Error('dist/ is missing: run `npm run build` first.');
	const port = await freePort();
	const server = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'preview',
			'--ignore-lock',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
		],
		{ cwd: ROOT, stdio: 'ignore' },
	);
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	try {
		await waitForHttp(`http://127.0.0.1:${port}/`);
		const rows: string[] = [];
		for (const [name, path] of PAGES) {
			const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			const categories = result?.lhr.categories ?? {};
			const scores = CATEGORIES.map((category) =>
				Math.round((categories[category]?.score ?? 0) * 100),
			);
			const shift = result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
			rows.push(`| ${name} (\`${path}\`) | ${scores.join(' | ')} | ${shift.toFixed(3)} |`);
			console.error(`${name}: ${scores.join(' / ')}, CLS ${shift.toFixed(3)}`);
		}
		const table = [
			`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile, ${new Date().toISOString().slice(0, 10)}`,
			'',
			'| Page | Performance | Accessibility | Best practices | SEO | CLS |',
			'|---|---|---|---|---|---|',
			...rows,
			'',
		].join('\n');
		mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
		writeFileSync(join(ROOT, 'bench-results/lighthouse.md'), table);
		console.log(table);
	} finally {
		chrome.kill();
		server.kill();
	}
}

await main();
