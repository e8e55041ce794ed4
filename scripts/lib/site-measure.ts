import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Reads a built page by URL path (`/checklists/dqi/`) from an output folder. */
export function readBuiltPage(outDir: string, path: string): string {
	return readFileSync(join(outDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** URL paths of the module scripts a page loads directly. */
export function scriptsOf(html: string): string[] {
	return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** A script and every module it imports, transitively, as URL paths. */
export function withImports(outDir: string, script: string, seen = new Set<string>()): Set<string> {
	if (seen.has(script)) return seen;
	seen.add(script);
	const code = readFileSync(join(outDir, script), 'utf8');
	for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
		withImports(outDir, resolve(dirname(script), match[1] ?? ''), seen);
	}
	return seen;
}

/** Every script a page loads, directly or through imports. */
export function pageScripts(outDir: string, path: string): Set<string> {
	const all = new Set<string>();
	for (const script of scriptsOf(readBuiltPage(outDir, path))) withImports(outDir, script, all);
	return all;
}

/** Gzipped size in bytes of files at these URL paths. */
export function gzipSize(outDir: string, paths: Iterable<string>): number {
	let total = 0;
	for (const path of paths) total += gzipSync(readFileSync(join(outDir, path))).length;
	return total;
}

/** Every file under a folder, with its size. */
export function listFiles(dir: string): { path: string; size: number }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => ({ path: name, stat: statSync(join(dir, name)) }))
		.filter((file) => file.stat.isFile())
		.map((file) => ({ path: file.path, size: file.stat.size }));
}

/** The middle value of a list of numbers (0 for an empty list). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
