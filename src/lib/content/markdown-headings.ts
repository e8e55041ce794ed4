import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** A heading found in Markdown source. */
export interface MarkdownHeading {
	depth: number;
	text: string;
	/** 1-based line within the Markdown passed in. */
	line: number;
}

/** The headings of a Markdown body or its parsed tree (code excluded), optionally of one depth. */
export function listHeadings(markdown: string | Root, depth?: number): MarkdownHeading[] {
	return (typeof markdown === 'string' ? fromMarkdown(markdown) : markdown).children
		.filter((node): node is Heading => node.type === 'heading')
		.filter((heading) => depth === undefined || heading.depth === depth)
		.map((heading) => ({
			depth: heading.depth,
			text: toString(heading).trim(),
			line: heading.position?.start.line ?? 1,
		}));
}
