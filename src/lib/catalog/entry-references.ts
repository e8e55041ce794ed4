import type { Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { COLLECTIONS, type CollectionName, type EntryReference } from '../../schemas/common.ts';

/** A reference found in an entry's data, with the field path where it stands. */
export interface FoundReference {
	reference: EntryReference & { fragment?: string };
	path: (string | number)[];
}

/**
 * Every link to another entry in parsed entry data: `reference()` fields and `<type>/<id>`
 * links alike, since both parse to `{ collection, id }`.
 */
export function findReferences(value: unknown, path: (string | number)[] = []): FoundReference[] {
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => findReferences(item, [...path, index]));
	}
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (
		typeof record['id'] === 'string' &&
		typeof record['collection'] === 'string' &&
		(COLLECTIONS as readonly string[]).includes(record['collection'])
	) {
		return [{ reference: record as unknown as FoundReference['reference'], path }];
	}
	return Object.entries(record).flatMap(([key, child]) => findReferences(child, [...path, key]));
}

const SITE_PATH = /^\/([a-z]+)\/([a-z0-9-]+)\/?(?:#([a-z0-9-]+))?$/;

/** Links in a Markdown body to other entries' pages (`/playbooks/run-the-kickoff/#steps`). */
export function findBodyLinks(markdown: string): FoundReference[] {
	const found: FoundReference[] = [];
	visit(fromMarkdown(markdown), 'link', (node: Link) => {
		const match = SITE_PATH.exec(node.url);
		const collection = match?.[1];
		const id = match?.[2];
		if (!collection || !id || !(COLLECTIONS as readonly string[]).includes(collection)) return;
		const reference = { collection: collection as CollectionName, id };
		found.push({
			reference: match[3] ? { ...reference, fragment: match[3] } : reference,
			path: ['body'],
		});
	});
	return found;
}
