import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

/** The built site's folder. */
export const DIST = resolve(import.meta.dirname, '../../dist');

/** The HTML of a built page, by URL path (`/checklists/dqi/`). */
export function readPage(path: string): string {
	return readFileSync(join(DIST, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** URL paths of the module scripts a page loads directly. */
export function scriptsOf(html: string): string[] {
	return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** A script and every module it imports, transitively, as URL paths. */
export function withImports(script: string, seen = new Set<string>()): Set<string> {
	if (seen.has(script)) return seen;
	seen.add(script);
	const code = readFileSync(join(DIST, script), 'utf8');
	for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
		const target = match[1] ?? '';
		withImports(resolve(dirname(script), target).replace(/^[A-Z]:/, ''), seen);
	}
	return seen;
}

/** Gzipped size in bytes of the files at these URL paths. */
export function gzipSize(paths: Iterable<string>): number {
	let total = 0;
	for (const path of paths) total += gzipSync(readFileSync(join(DIST, path))).length;
	return total;
}
