import type { Element, ElementContent, Properties, Text } from 'hast';
import { entryPath } from '../lib/catalog/entry-types.ts';
import { describeUse, type GlossaryTerm, type TermMatch } from '../lib/catalog/glossary-terms.ts';

/**
 * Elements whose text is never marked: headings and table headers (they name things rather
 * than use them), links and controls (no button inside another interactive element), code, and
 * text that already explains itself or is hidden.
 */
export const UNMARKED_ELEMENTS: ReadonlySet<string> = new Set([
	...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th'],
	...['a', 'button', 'summary', 'label', 'select', 'option', 'textarea'],
	...['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'svg', 'math'],
	...['abbr', 'dfn'],
]);

/** The id of a term's definition popover: unique on a page, since a page marks a term once. */
export function popoverIdOf(termId: string): string {
	return `pdp-term-${termId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});

/**
 * The term as a button showing its definition: an `abbr` with its expansion inside the button,
 * then the popover (pure HTML: the browser opens it, closes it on Esc or a tap outside, and
 * anchors it to the button). Both are phrasing content, so they stay in the term's paragraph.
 * Every marked term adds these bytes to its page, hence no class on the popover's parts.
 */
function termElements(term: GlossaryTerm, written: string): Element[] {
	const id = popoverIdOf(term.id);
	const heading: ElementContent[] = [element('strong', {}, [text(term.term)])];
	if (term.expansion) heading.push(text(` · ${term.expansion}`));
	const popover = { id, popover: '', className: ['pdp-term-popover'], dataPagefindIgnore: true };
	return [
		element('button', { type: 'button', className: ['pdp-term'], popovertarget: id }, [
			element('abbr', { title: describeUse(term, written) }, [text(written)]),
		]),
		element('span', popover, [
			element('span', {}, heading),
			element('span', {}, [text(term.definition)]),
			element('a', { href: entryPath('glossary', term.id) }, [
				text(`${term.term} in the glossary`),
			]),
		]),
	];
}

/** A text with its term uses marked: the text between them stays text. */
export function markTermUses(text: string, matches: readonly TermMatch[]): ElementContent[] {
	const nodes: ElementContent[] = [];
	let from = 0;
	for (const match of matches) {
		if (match.start > from) nodes.push({ type: 'text', value: text.slice(from, match.start) });
		nodes.push(...termElements(match.term, text.slice(match.start, match.end)));
		from = match.end;
	}
	if (from < text.length) nodes.push({ type: 'text', value: text.slice(from) });
	return nodes;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * The unmarked elements still open after pieces of author-written HTML, in order: Markdown
 * keeps inline HTML as raw tags around plain text, so `<abbr>DQI</abbr>` reaches us as three
 * siblings and only the tags before a text say it sits inside an `abbr`.
 */
export function findOpenElements(fragments: readonly string[]): Set<string> {
	const depth = new Map<string, number>();
	for (const fragment of fragments) {
		for (const [, closing, name = '', selfClosing] of fragment.replace(COMMENT, '').matchAll(TAG)) {
			const tag = name.toLowerCase();
			if (!UNMARKED_ELEMENTS.has(tag) || selfClosing) continue;
			depth.set(tag, Math.max(0, (depth.get(tag) ?? 0) + (closing ? -1 : 1)));
		}
	}
	return new Set([...depth].filter(([, open]) => open > 0).map(([tag]) => tag));
}
