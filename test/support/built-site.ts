import { resolveOutDir } from '../../src/lib/content/dir.ts';
import { resolve } from 'node:path';
import * as measure from '../../scripts/lib/site-measure.ts';

/** The built site's folder. */
export const DIST = resolve(import.meta.dirname, '../..', resolveOutDir());

/** The HTML of a built page, by URL path (`/checklists/dqi/`). */
export const readPage = (path: string): string => measure.readBuiltPage(DIST, path);

/** URL paths of the module scripts a page loads directly. */
export const scriptsOf = measure.scriptsOf;

/** A script and every module it imports, transitively, as URL paths. */
export const withImports = (script: string): Set<string> => measure.withImports(DIST, script);

/** Gzipped size in bytes of the files at these URL paths. */
export const gzipSize = (paths: Iterable<string>): number => measure.gzipSize(DIST, paths);
