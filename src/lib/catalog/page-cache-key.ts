/**
 * The keys under which Astro's incremental build (`experimental.incrementalBuild`) may reuse a
 * page from the previous build instead of rendering it again. Astro reuses a page when its route's
 * code is unchanged and the key its `getStaticPaths()` returns is the one it returned last time,
 * so a key must change whenever anything the page shows could have changed.
 *
 * Catalog pages show other entries (related lists, backlinks, members of a phase or process,
 * glossary terms in place, freshness on the build date), so every key holds one digest of the
 * whole catalog's data; only an entry's own body is left out of it, because only that entry's
 * page shows it. Changing a body then renders one page again; changing any front matter, a link
 * between entries or the glossary terms a body uses renders them all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the catalog digest reads of one entry. */
export interface DigestedEntry {
	collection: string;
	id: string;
	/** The parsed front matter or YAML data. */
	data: unknown;
	/** Everything the entry's body says that other pages show: its links, the terms it uses. */
	fromBody: unknown;
}

/**
 * A digest of the site's own code: every file under the folders given (and any single files),
 * by path and contents. The scripts a page loads are named after their bundled contents, and a
 * change to a module one page shares with another renames the chunks of both; a page kept from a
 * build with other code would name scripts that are gone.
 */
export function codeDigest(root: string, paths: readonly string[]): string {
	const hash = createHash('sha256');
	const files = paths.flatMap((path) => {
		const full = join(root, path);
		try {
			return readdirSync(full, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => join(entry.parentPath, entry.name));
		} catch {
			return [full];
		}
	});
	for (const file of files.sort()) {
		hash.update(`\0${relative(root, file)}\0`);
		try {
			hash.update(readFileSync(file));
		} catch {
			hash.update('missing');
		}
	}
	return hash.digest('base64url').slice(0, 22);
}

/** What, besides the entries, every page depends on. */
export interface DigestContext {
	/** The date freshness is judged against (YYYY-MM-DD). */
	buildDate: string;
	/** Deployment settings pages print (site address, edit and feedback links). */
	settings: unknown;
	/** `codeDigest` of the site's code and dependencies. */
	code?: string;
}

/**
 * One digest of everything a catalog page can show of other entries. Entries are hashed in a
 * fixed order, so the digest does not depend on the order the content layer lists them in.
 */
export function catalogDigest(context: DigestContext, entries: readonly DigestedEntry[]): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(context));
	const sorted = [...entries].sort((left, right) =>
		`${left.collection}/${left.id}` < `${right.collection}/${right.id}` ? -1 : 1,
	);
	for (const entry of sorted) {
		hash.update('\0');
		hash.update(JSON.stringify([entry.collection, entry.id, entry.data, entry.fromBody]));
	}
	return hash.digest('base64url').slice(0, 22);
}

/**
 * The key of a page that shows one entry's body: the catalog digest and the entry's own digest
 * (the content layer's hash of its file). Without a digest there is no key, and the page is
 * rendered every build.
 */
export function entryPageKey(
	catalog: string,
	entry: { digest?: string | number | undefined },
): string | undefined {
	return entry.digest === undefined ? undefined : `${catalog}.${String(entry.digest)}`;
}
