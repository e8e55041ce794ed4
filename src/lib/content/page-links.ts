import { parse, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';

/** What the link check needs of one built page: its element ids and its links' `href`s. */
export interface PageAnchors {
	ids: string[];
	hrefs: string[];
}

/** Reads a built page's element ids and the `href` of each of its links, in document order. */
export function readPageAnchors(html: string): PageAnchors {
	const ids = new Set<string>();
	const hrefs: string[] = [];
	// ultrahtml types parse() as any; its result is the document node.
	const document = parse(html) as Node;
	walkSync(document, (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const attributes = node.attributes as Record<string, string | undefined>;
		if (attributes['id']) ids.add(attributes['id']);
		if (node.name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
	});
	return { ids: [...ids], hrefs };
}
