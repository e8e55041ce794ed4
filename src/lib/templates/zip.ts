/**
 * Office files are zip archives, and their writers stamp the time of writing into each entry and
 * into `docProps/core.xml`. Rewriting the archive with one fixed date makes the same template give
 * the same bytes on every build, so caches keep them and reviews see only real changes.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** The created and modified dates in an Office file's core properties. */
const CORE_DATES =
	/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * Rewrites an Office zip: every entry dated `date` (YYYY-MM-DD, at noon so no time zone moves it
 * to another day), entries in the order they were written, and the core properties' created and
 * modified dates set to that day.
 */
export function fixZipDates(bytes: Uint8Array, date: string): Uint8Array {
	const [year, month, day] = date.split('-').map(Number);
	// fflate stores the local time of this Date as the entry's DOS time: built from local fields,
	// it is the same stamp on every machine.
	const mtime = new Date(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12, 0, 0);
	const entries = unzipSync(bytes);
	const files: Zippable = {};
	for (const [name, content] of Object.entries(entries)) {
		const data =
			name === 'docProps/core.xml'
				? new TextEncoder().encode(
						new TextDecoder().decode(content).replace(CORE_DATES, `$1${date}T00:00:00Z$2`),
					)
				: content;
		files[name] = [data, { mtime, level: 6 }];
	}
	return zipSync(files, { mtime });
}
