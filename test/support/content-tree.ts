import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A content tree on disk for one test: the valid fixture with a case's files laid over it. */
export interface ContentTree {
	/** Absolute path of the tree, usable as a content folder. */
	dir: string;
	remove(): void;
}

/**
 * Copies `test/fixtures/valid/` to a temporary folder and lays each named case folder
 * (`test/fixtures/<case>/`, holding only the files it changes or adds) over it.
 */
export function makeContentTree(...cases: string[]): ContentTree {
	const dir = mkdtempSync(join(tmpdir(), 'pdp-content-'));
	for (const name of ['valid', ...cases]) {
		cpSync(join(FIXTURES, name), dir, { recursive: true });
	}
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
