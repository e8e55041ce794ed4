import { Buffer } from 'node:buffer';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, Rolldown } from 'vite';
import {
	findOversizedModules,
	formatSize,
	formatOversizedModules,
	listContentModules,
	MODULE_SIZE_LIMIT,
	type SizedModule,
} from '../lib/content/module-size.ts';
import { buildFailure } from './build-failure.ts';

const HINT = 'Change the setting named above, then build again.';
const CONTENT_STORE_ID = '\0astro:data-layer-content';

/** The largest module bundled into a chunk, by the length of its code in the chunk. */
function largestPartOf(
	output: Rolldown.OutputChunk | Rolldown.OutputAsset,
): SizedModule['largestPart'] {
	if (output.type !== 'chunk') return undefined;
	let found: SizedModule['largestPart'];
	for (const [id, { renderedLength }] of Object.entries(output.modules)) {
		if (found && found.bytes >= renderedLength) continue;
		found = {
			id: isAbsolute(id) ? relative(process.cwd(), id) : id.replace(/^\0/, ''),
			bytes: renderedLength,
			isContentStore: id.startsWith(CONTENT_STORE_ID),
		};
	}
	return found;
}

/** Every chunk and asset Vite writes, in every environment, checked against the limit. */
function bundleCheck(limit: number, seen: SizedModule[]): Plugin {
	return {
		name: 'pdp:module-size',
		generateBundle(_options, bundle) {
			const environment = this.environment.name;
			const sized = Object.values(bundle).map((output): SizedModule => {
				const code = output.type === 'chunk' ? output.code : output.source;
				return {
					name: `${environment} ${output.fileName}`,
					bytes: typeof code === 'string' ? Buffer.byteLength(code) : code.byteLength,
					kind: 'chunk',
					largestPart: largestPartOf(output),
				};
			});
			seen.push(...sized);
			const oversized = findOversizedModules(sized, limit);
			if (oversized.length > 0) throw buildFailure(formatOversizedModules(oversized, limit), HINT);
		},
	};
}

const largest = (modules: readonly SizedModule[]) =>
	modules.reduce<SizedModule | undefined>(
		(max, module) => (max && max.bytes >= module.bytes ? max : module),
		undefined,
	);
const describe = (module: SizedModule | undefined, limit: number) =>
	module
		? `largest ${module.name}, ${formatSize(module.bytes)} of ${formatSize(limit)}`
		: 'none found';

/**
 * Fails the build when one module passes `limit` (64 MiB): Astro's content store and its index
 * of entry modules before Vite starts, then every chunk Vite bundles, server and browser alike.
 * A build over it slows to a crawl and, further on, fails to load; the report names the setting
 * that shrinks the module.
 */
export function moduleSize(options: { limit?: number } = {}): AstroIntegration {
	const limit = options.limit ?? MODULE_SIZE_LIMIT;
	const bundled: SizedModule[] = [];
	let folders: { cacheDir: string; dotAstroDir: string } | undefined;
	return {
		name: 'pdp:module-size',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [bundleCheck(limit, bundled)] } });
			},
			'astro:config:done': ({ config }) => {
				folders = {
					cacheDir: fileURLToPath(config.cacheDir),
					dotAstroDir: fileURLToPath(new URL('.astro/', config.root)),
				};
			},
			'astro:build:start': ({ logger }) => {
				if (!folders) return;
				const modules = listContentModules(folders.cacheDir, folders.dotAstroDir);
				const oversized = findOversizedModules(modules, limit);
				if (oversized.length > 0)
					throw buildFailure(formatOversizedModules(oversized, limit), HINT);
				logger.info(`content store and entry index checked: ${describe(largest(modules), limit)}`);
			},
			'astro:build:done': ({ logger }) => {
				logger.info(`bundled chunks checked: ${describe(largest(bundled), limit)}`);
			},
		},
	};
}
