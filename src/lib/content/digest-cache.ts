import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The digest the caches key their entries by. */
export function digestOf(...parts: readonly string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('base64url');
}

/** The project's root: this file is `src/lib/content/digest-cache.ts`. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A digest of code: every `.ts` file under each folder, and each file, of `paths` (from the
 * project's root). Caches keyed by it ignore what other code wrote, so a changed rule never
 * answers from a stale result.
 */
export function codeDigest(paths: readonly string[], root = ROOT): string {
	const files = paths.flatMap((path) => {
		const full = join(root, path);
		if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) return [path];
		return readdirSync(full, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.ts'))
			.sort()
			.map((name) => join(path, name));
	});
	return digestOf(
		...files.flatMap((file) => {
			try {
				return [file, readFileSync(join(root, file), 'utf8')];
			} catch {
				return [file, ''];
			}
		}),
	);
}

/**
 * A digest of the code behind the build's checks: `src/lib/content`, `src/schemas`,
 * `src/lib/templates` (the template body reader the checks use) and the lockfile (the Markdown,
 * YAML and HTML parsers they use).
 */
export function checkCodeDigest(root = ROOT): string {
	return codeDigest(
		['src/lib/content', 'src/schemas', 'src/lib/templates', 'package-lock.json'],
		root,
	);
}

interface StoredCache<T> {
	version: string;
	entries: Record<string, T>;
}

/**
 * Results of work on one file, kept across builds in a JSON file and keyed by a digest of what the
 * work reads, so a build redoes it only for what changed. The file is written back with just the
 * entries this run used, so it holds one build's worth and never grows with renames.
 */
export class DigestCache<T> {
	readonly #file: string | undefined;
	readonly #version: string;
	readonly #stored: ReadonlyMap<string, T>;
	readonly #used = new Map<string, T>();
	/** Results found in the cache, and results computed, in this run. */
	hits = 0;
	misses = 0;

	private constructor(file: string | undefined, version: string, stored: ReadonlyMap<string, T>) {
		this.#file = file;
		this.#version = version;
		this.#stored = stored;
	}

	/**
	 * Opens the cache at `file` (none: every result is computed), ignoring it when it was written
	 * for another `version` or cannot be read.
	 */
	static open<T>(file: string | undefined, version: string): DigestCache<T> {
		let stored = new Map<string, T>();
		if (file) {
			try {
				const data = JSON.parse(readFileSync(file, 'utf8')) as StoredCache<T>;
				if (data.version === version) stored = new Map(Object.entries(data.entries));
			} catch {
				// No cache yet, or a damaged one: start afresh.
			}
		}
		return new DigestCache(file, version, stored);
	}

	/** The result kept for `key`, or `compute()`'s, kept for next time. */
	get(key: string, compute: () => T): T {
		const kept = this.#used.get(key) ?? this.#stored.get(key);
		if (kept !== undefined) {
			this.hits++;
			this.#used.set(key, kept);
			return kept;
		}
		this.misses++;
		const result = compute();
		this.#used.set(key, result);
		return result;
	}

	/** Writes the results this run used (atomically: a build stopped midway leaves the old file). */
	save(): void {
		if (!this.#file) return;
		const data: StoredCache<T> = { version: this.#version, entries: Object.fromEntries(this.#used) };
		mkdirSync(dirname(this.#file), { recursive: true });
		const temporary = `${this.#file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(data));
		renameSync(temporary, this.#file);
	}
}
