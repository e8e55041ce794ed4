import { resolve } from 'node:path';
import { listContentFiles, isLoadedFile, readContentFile } from '../../src/lib/content/files.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A published entry of the real catalog, read from `content/` the way the build reads it. */
export interface SiteEntry {
	collection: CollectionName;
	id: string;
	data: Record<string, unknown>;
	body: string;
}

/** Every published entry under `content/`, for tests that check the built site against it. */
export function readSiteEntries(): SiteEntry[] {
	return listContentFiles('content', ROOT)
		.filter(isLoadedFile)
		.map((file) => {
			const parsed = readContentFile(file);
			return {
				collection: file.collection,
				id: file.id,
				data: (parsed.data ?? {}) as Record<string, unknown>,
				body: parsed.body,
			};
		})
		.filter((entry) => entry.data['status'] !== 'draft');
}

/** The title an entry's page shows. */
export function titleOf(entry: SiteEntry): string {
	const title = entry.data['title'] ?? entry.data['term'];
	return typeof title === 'string' ? title : entry.id;
}
