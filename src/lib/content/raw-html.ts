import type { Html, Image, Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { decodeString } from 'micromark-util-decode-string';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { visit } from 'unist-util-visit';

/** HTML elements authors may write in Markdown, with the attributes each may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
	abbr: ['title'],
	kbd: [],
	sub: [],
	sup: [],
	br: [],
	mark: [],
	small: [],
	details: ['open'],
	summary: [],
	dl: [],
	dt: [],
	dd: [],
	a: ['href', 'title'],
	span: ['lang'],
};

/** An unsafe or unsupported piece of Markdown, at a 1-based line of the body. */
export interface UnsafeMarkup {
	line: number;
	message: string;
	fix: string;
}

/** Attributes whose value a browser follows as a URL. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'formaction']);

/** Schemes that run a script or carry a document of their own. */
const SCRIPT_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/**
 * True when a browser would read `value` as a script URL. It reads it as written in HTML:
 * character references decoded (`jav&#x61;script:`, with or without their `;`), and tabs,
 * newlines and other control characters dropped, as URL parsers drop them (`java\tscript:`).
 */
function isScriptUrl(value: string): boolean {
	const decoded = decodeString(value.replace(/&#(x[\da-f]+|\d+)(?![\da-f;])/gi, '&#$1;'));
	// eslint-disable-next-line no-control-regex
	const compact = decoded.replace(/[\u0000-\u0020\u007f]/g, '');
	const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
	return scheme !== undefined && SCRIPT_SCHEMES.has(scheme);
}

const CLOSING_TAG_OR_COMMENT = /^\s*(?:<\/[a-z][a-z0-9-]*\s*>|<!--[\s\S]*?-->)\s*$/i;

function checkHtml(html: string, line: number): UnsafeMarkup[] {
	// Markdown hands inline HTML over tag by tag; a closing tag or a comment alone carries nothing.
	if (CLOSING_TAG_OR_COMMENT.test(html)) return [];
	const problems: UnsafeMarkup[] = [];
	let document: Node;
	try {
		// ultrahtml types parse() as any; its result is the document node.
		document = parse(html) as Node;
	} catch {
		return [{ line, message: 'raw HTML that cannot be read', fix: 'write it in Markdown instead' }];
	}
	walkSync(document, (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const tag = String(node.name).toLowerCase();
		const allowed = ALLOWED_HTML[tag];
		if (!allowed) {
			problems.push({
				line,
				message: `raw HTML <${tag}> is not allowed in content`,
				fix: `write it in Markdown instead; allowed HTML: ${Object.keys(ALLOWED_HTML).join(', ')}`,
			});
			return;
		}
		for (const [name, value] of Object.entries(node.attributes)) {
			const attribute = name.toLowerCase();
			if (attribute.startsWith('on')) {
				problems.push({
					line,
					message: `event handler "${attribute}" on <${tag}>`,
					fix: 'remove it: content cannot run scripts',
				});
			} else if (!allowed.includes(attribute)) {
				problems.push({
					line,
					message: `attribute "${attribute}" is not allowed on <${tag}>`,
					fix: allowed.length
						? `use only: ${allowed.join(', ')}`
						: `write <${tag}> without attributes`,
				});
			} else if (URL_ATTRIBUTES.has(attribute) && isScriptUrl(String(value))) {
				problems.push({
					line,
					message: `script URL in ${attribute} of <${tag}>`,
					fix: 'link to a page: /<type>/<id>/ or an https:// address',
				});
			}
		}
	});
	return problems;
}

/**
 * Raw HTML and link targets in a Markdown body that could run a script or break the page: only
 * the elements in `ALLOWED_HTML` with their attributes, no event handlers, no `javascript:`
 * (or `data:`) URLs in links and images. Code blocks are text and never checked.
 */
export function findUnsafeMarkup(markdown: string | Root): UnsafeMarkup[] {
	const problems: UnsafeMarkup[] = [];
	const tree = typeof markdown === 'string' ? fromMarkdown(markdown) : markdown;
	visit(tree, 'html', (node: Html) => {
		problems.push(...checkHtml(node.value, node.position?.start.line ?? 1));
	});
	visit(tree, ['link', 'image'], (node) => {
		const target = node as Link | Image;
		if (isScriptUrl(target.url)) {
			problems.push({
				line: target.position?.start.line ?? 1,
				message: `script URL "${target.url.slice(0, 40)}" in a ${target.type}`,
				fix: 'link to a page: /<type>/<id>/ or an https:// address',
			});
		}
	});
	return problems;
}
