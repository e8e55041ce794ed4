import type { CollectionName } from '../../schemas/names.ts';
import { COLLECTION_INFO, type CollectionInfo } from '../../schemas/collections.ts';

/** How a collection is named to readers. */
export type EntryTypeLabel = Pick<CollectionInfo, 'singular' | 'plural' | 'description'>;

/** Reader-facing names of every collection (from the collection registry). */
export const ENTRY_TYPES: Record<CollectionName, EntryTypeLabel> = COLLECTION_INFO;

/** The site path of an entry's page, with an optional `#fragment`. */
export function entryPath(collection: CollectionName, id: string, fragment?: string): string {
	return `/${collection}/${id}/${fragment ? `#${fragment}` : ''}`;
}

/** The site path of a collection's index page. */
export function collectionPath(collection: CollectionName): string {
	return `/${collection}/`;
}

export { ARTICLE_TYPES, INDEXED_TYPES } from '../../schemas/collections.ts';
