import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { moduleSize } from '../../../src/integrations/module-size.ts';

/** The hooks as the test calls them: with only the parameters the integration reads. */
type Hooks = Record<string, ((params: unknown) => unknown) | undefined>;

const root = mkdtempSync(join(tmpdir(), 'pdp-module-size-integration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The integration with a limit of 1 KiB, set up on a project whose content store has `bytes`. */
async function setUp(storeBytes: number) {
	const project = mkdtempSync(join(root, 'project-'));
	mkdirSync(join(project, 'node_modules/.astro'), { recursive: true });
	writeFileSync(join(project, 'node_modules/.astro/data-store.json'), 'x'.repeat(storeBytes));
	const hooks = moduleSize({ limit: 1024 }).hooks as Hooks;
	const plugins: Plugin[] = [];
	const updateConfig = (config: { vite?: { plugins?: Plugin[] } }) =>
		plugins.push(...(config.vite?.plugins ?? []));
	await hooks['astro:config:setup']?.({
		updateConfig,
	});
	const config = {
		root: pathToFileURL(`${project}/`),
		cacheDir: pathToFileURL(`${project}/node_modules/.astro/`),
	};
	await hooks['astro:config:done']?.({
		config,
	});
	const logger = { info: vi.fn<(message: string) => void>() };
	const buildStart = () =>
		hooks['astro:build:start']?.({
			logger,
		});
	const buildDone = () =>
		hooks['astro:build:done']?.({
			logger,
		});
	return { plugin: plugins[0], logger, buildStart, buildDone };
}

/** Runs the plugin's generateBundle over chunks of these sizes, as the prerender environment. */
function bundle(
	plugin: Plugin | undefined,
	chunks: Record<string, { bytes: number; module: string }>,
) {
	const output = Object.fromEntries(
		Object.entries(chunks).map(([fileName, { bytes, module }]) => [
			fileName,
			{
				type: 'chunk',
				fileName,
				code: 'x'.repeat(bytes),
				modules: { [module]: { renderedLength: bytes } },
			},
		]),
	);
	const hook = plugin?.generateBundle as (this: unknown, options: unknown, output: unknown) => void;
	hook.call({ environment: { name: 'prerender' } }, {}, output);
}

describe('the module size check', () => {
	test('fails the build before Vite starts when the content store passes the limit', async () => {
		const { buildStart } = await setUp(1025);
		expect(buildStart).toThrow(
			/node_modules\/\.astro\/data-store\.json: 1\.0 KiB, Astro’s content store[\s\S]*fix: in src\/content\.config\.ts, wrap each large collection’s loader in keepHtmlInFiles\(\) and give its glob\(\) `retainBody: false`/,
		);
	});

	test('lets a store within the limit through and says how big the largest module was', async () => {
		const { buildStart, logger } = await setUp(1024);
		expect(buildStart).not.toThrow();
		expect(logger.info).toHaveBeenCalledWith(
			expect.stringMatching(/^content store and entry index checked: largest .*data-store\.json/),
		);
	});

	test('fails on a bundled chunk over the limit, naming the store when the chunk holds it', async () => {
		const { plugin } = await setUp(10);
		expect(() =>
			bundle(plugin, {
				'chunks/small.mjs': { bytes: 1024, module: '/project/src/small.ts' },
				'chunks/store.mjs': { bytes: 2048, module: '\0astro:data-layer-content' },
			}),
		).toThrow(
			/1 module\(s\) over[\s\S]*prerender chunks\/store\.mjs: 2\.0 KiB, a bundled chunk holding Astro’s content store[\s\S]*keepHtmlInFiles/,
		);
	});

	test('reports the largest chunk it saw when the build is done', async () => {
		const { plugin, buildDone, logger } = await setUp(10);
		bundle(plugin, {
			'chunks/a.mjs': { bytes: 100, module: '/project/src/a.ts' },
			'chunks/b.mjs': { bytes: 900, module: '/project/src/b.ts' },
		});
		await buildDone();
		expect(logger.info).toHaveBeenCalledWith(
			'bundled chunks checked: largest prerender chunks/b.mjs, 0.9 KiB of 1.0 KiB',
		);
	});
});
