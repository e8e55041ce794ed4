import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** A heading found in Markdown source. */
export interface MarkdownHeading {
	depth: number;
	text: string;
	/** 1-based line within the Markdown passed in. */
	line: number;
}

/** The headings of a Markdown body (code blocks excluded), optionally only those of one depth. */
export function listHeadings(markdown: string, depth?: number): MarkdownHeading[] {
	return fromMarkdown(markdown)
		.children.filter((node): node is Heading => node.type === 'heading')
		.filter((heading) => depth === undefined || heading.depth === depth)
		.map((heading) => ({
			depth: heading.depth,
			text: toString(heading).trim(),
			line: heading.position?.start.line ?? 1,
		}));
}
