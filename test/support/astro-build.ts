import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateSyntheticCatalog } from '../../scripts/lib/synthetic-catalog.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where a test's build reads and writes; without `cacheDir`, the content folder's own cache. */
export interface BuildFolders {
	content: string;
	outDir: string;
	cacheDir?: string;
}

/** A finished build: its exit status and its log. */
export interface BuildRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a real `astro build` of a content folder on a fixed date (2026-11-30), without colour. */
export function runAstroBuild({ content, outDir, cacheDir }: BuildFolders): BuildRun {
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			PDP_CONTENT_DIR: content,
			PDP_OUT_DIR: outDir,
			...(cacheDir === undefined ? {} : { PDP_CACHE_DIR: cacheDir }),
			PDP_TODAY: '2026-11-30',
			NO_COLOR: '1',
		},
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes the synthetic catalog of `entries` entries (seed 7) into `dir`, as content files. */
export function writeSyntheticCatalog(dir: string, entries: number): void {
	for (const file of generateSyntheticCatalog({ entries, seed: 7 })) {
		mkdirSync(dirname(join(dir, file.path)), { recursive: true });
		writeFileSync(join(dir, file.path), file.text);
	}
}
