/**
 * A document template's Markdown body read into the few blocks a template may hold: `##`–`####`
 * headings, paragraphs, guidance (a `> ` blockquote), lists and GFM tables, with placeholders
 * found in their text. Whatever else the body holds is a problem with its line, so the generators
 * never meet it. Pure code: the content check, the .docx generator and the page preview read it.
 */
import type { BlockContent, List, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { findPlaceholderProblems, splitPlaceholders } from './placeholders.ts';

/** A run of text with its formatting; `placeholder` runs are what the user fills in. */
export interface Run {
	text: string;
	placeholder?: boolean;
	bold?: boolean;
	italic?: boolean;
	code?: boolean;
	/** A hard line break before the text. */
	breakBefore?: boolean;
	/** The address the text links to, as written (`/questions/dqi-form/`). */
	link?: string;
}

/** One block of a document template. */
export type DocumentBlock =
	| { kind: 'heading'; level: 1 | 2 | 3; runs: Run[]; text: string }
	| { kind: 'paragraph'; runs: Run[] }
	| { kind: 'guidance'; runs: Run[] }
	| { kind: 'list'; ordered: boolean; items: { level: number; runs: Run[] }[] }
	| { kind: 'table'; header: Run[][]; rows: Run[][][] };

/** A mistake in a document body, at a 1-based line of the body. */
export interface DocumentProblem {
	line: number;
	message: string;
	fix: string;
}

/** A document template read: its blocks, and the problems that stop it being built. */
export interface ParsedDocument {
	blocks: DocumentBlock[];
	problems: DocumentProblem[];
}

/** Parses Markdown with GFM tables, the one extension templates use. */
export function parseTemplateMarkdown(body: string): Root {
	return fromMarkdown(body, {
		extensions: [gfmTable()],
		mdastExtensions: [gfmTableFromMarkdown()],
	});
}

/** Reads a document template's body into blocks, reporting what a template may not hold. */
export function parseDocumentTemplate(body: string): ParsedDocument {
	const problems: DocumentProblem[] = [];
	const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
		node.position?.start.line ?? 1;
	const report = (node: Parameters<typeof lineOf>[0], message: string, fix: string) =>
		problems.push({ line: lineOf(node), message, fix });

	const runsOf = (nodes: readonly PhrasingContent[], style: Omit<Run, 'text'> = {}): Run[] =>
		nodes.flatMap((node): Run[] => {
			switch (node.type) {
				case 'text': {
					for (const problem of findPlaceholderProblems(node.value)) {
						const before = node.value.slice(0, problem.offset).split('\n').length - 1;
						problems.push({
							line: lineOf(node) + before,
							message: problem.message,
							fix: problem.fix,
						});
					}
					return splitPlaceholders(node.value.replace(/\s*\n\s*/g, ' ')).map((piece) => ({
						...style,
						text: piece.text,
						...(piece.placeholder ? { placeholder: true } : {}),
					}));
				}
				case 'strong':
					return runsOf(node.children, { ...style, bold: true });
				case 'emphasis':
					return runsOf(node.children, { ...style, italic: true });
				case 'inlineCode':
					return [{ ...style, text: node.value, code: true }];
				case 'link':
					return runsOf(node.children, { ...style, link: node.url });
				case 'break':
					return [{ ...style, text: '', breakBefore: true }];
				default:
					report(
						node,
						`${node.type} is not supported in a template`,
						'use plain text, **bold**, _italic_, `code`, links and {{placeholders}} only',
					);
					return [];
			}
		});

	const listItems = (list: List, level: number): { level: number; runs: Run[] }[] =>
		list.children.flatMap((item) =>
			item.children.flatMap((child) => {
				if (child.type === 'list') return listItems(child, level + 1);
				if (child.type === 'paragraph') return [{ level, runs: runsOf(child.children) }];
				report(
					child,
					`${child.type} inside a list item is not supported`,
					'keep list items to text',
				);
				return [];
			}),
		);

	const table = (node: Table): DocumentBlock => {
		const [head, ...body] = node.children;
		const width = head?.children.length ?? 0;
		for (const row of body) {
			if (row.children.length !== width) {
				report(
					row,
					`table row has ${row.children.length} cells and the header has ${width}`,
					`give every row ${width} cells (an empty cell is "|  |"), or change the header`,
				);
			}
		}
		const cells = (row: (typeof node.children)[number]) =>
			row.children.map((cell) => runsOf(cell.children));
		return { kind: 'table', header: head ? cells(head) : [], rows: body.map(cells) };
	};

	const block = (node: RootContent | BlockContent): DocumentBlock[] => {
		switch (node.type) {
			case 'heading': {
				if (node.depth < 2 || node.depth > 4) {
					report(
						node,
						`a level-${node.depth} heading is not allowed in a template`,
						node.depth < 2
							? 'the title comes from "title:"; start sections at "## "'
							: 'use ##, ### or #### headings only',
					);
					return [];
				}
				const runs = runsOf(node.children);
				const text = runs.map((run) => run.text).join('');
				return [{ kind: 'heading', level: (node.depth - 1) as 1 | 2 | 3, runs, text }];
			}
			case 'paragraph':
				return [{ kind: 'paragraph', runs: runsOf(node.children) }];
			case 'blockquote':
				return node.children.flatMap((child): DocumentBlock[] => {
					if (child.type === 'paragraph')
						return [{ kind: 'guidance', runs: runsOf(child.children) }];
					report(child, 'guidance holds paragraphs only', 'write guidance as "> " paragraphs');
					return [];
				});
			case 'list':
				return [{ kind: 'list', ordered: node.ordered === true, items: listItems(node, 0) }];
			case 'table':
				return [table(node)];
			default:
				report(
					node,
					`${node.type} is not supported in a template`,
					'use ## headings, paragraphs, "> " guidance, lists and tables only',
				);
				return [];
		}
	};

	const blocks = parseTemplateMarkdown(body).children.flatMap(block);
	if (!blocks.some((entry) => entry.kind === 'heading')) {
		problems.push({
			line: 1,
			message: 'a document template needs at least one "## " section heading',
			fix: 'add "## " headings: they become Word headings and the navigation pane',
		});
	}
	return { blocks, problems };
}

/** Plain text of runs, placeholders written as `{{name}}` again. */
export function runsToText(runs: readonly Run[]): string {
	return runs.map((run) => (run.placeholder ? `{{${run.text}}}` : run.text)).join('');
}
