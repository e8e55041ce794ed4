import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { htmlToHast, markdownToHtml, type HastNode, type HastPluginDefinition } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../../../src/lib/catalog/glossary-terms.ts';
import {
	createGlossaryInPlacePlugin,
	readGlossaryTerms,
	type GlossaryInPlaceOptions,
} from '../../../src/markdown/glossary-in-place.ts';

const term = (id: string, spelling: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
	id,
	term: spelling,
	expansion: undefined,
	definition: `What ${spelling} means here.`,
	aliases: [],
	...extra,
});

const TERMS = [
	term('dqi', 'DQI', {
		expansion: 'Delivery Quality Inspection',
		aliases: ['Delivery Quality Inspection'],
	}),
	term('pesa', 'PESA', { expansion: 'Pre-Engagement Security Assessment' }),
	term('oqr', 'OQR'),
	term('kpi', 'KPI', { aliases: ['KPIs'] }),
	term('sow', 'SOW'),
	term('sign-off', 'acceptance sign-off', { aliases: ['sign-off'] }),
];

// Starlight's aside titles are hidden from assistive technology; this stands in for them.
const hideTitles: HastPluginDefinition = {
	name: 'hide-titles',
	element: {
		filter: ['p'],
		visit(node, ctx) {
			if (ctx.textContent(node).startsWith('Title:')) ctx.setProperty(node, 'aria-hidden', 'true');
		},
	},
};

interface RenderedPage {
	html: string;
	termsUsed: unknown;
}

/** Renders Markdown as Astro's Sätteri renderer does: with its data bag, where front matter goes. */
async function render(
	markdown: string,
	options: Partial<GlossaryInPlaceOptions> = {},
	fileURL?: URL,
): Promise<RenderedPage> {
	const frontmatter: Record<string, unknown> = {};
	const astro = {
		frontmatter,
		headings: [],
		localImagePaths: new Set<string>(),
		remoteImagePaths: new Set<string>(),
	};
	const { html } = await markdownToHtml(markdown, {
		hastPlugins: [hideTitles, createGlossaryInPlacePlugin({ terms: TERMS, ...options })],
		data: { astro },
		...(fileURL ? { fileURL } : {}),
	});
	return { html, termsUsed: frontmatter['glossaryTermsUsed'] };
}

interface MarkedTerm {
	text: string;
	title: unknown;
	/** Element names from the document down to the trigger button. */
	path: string[];
	target: unknown;
	popover: Element | undefined;
}

const textOf = (node: HastNode): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** Every element of rendered HTML, parsed as a browser would, with the names of its ancestors. */
function elementsOf(html: string): [Element, string[]][] {
	const elements: [Element, string[]][] = [];
	const walk = (node: HastNode, path: string[]) => {
		const here = node.type === 'element' ? [...path, node.tagName] : path;
		if (node.type === 'element') elements.push([node, here]);
		if ('children' in node) for (const child of node.children) walk(child, here);
	};
	walk(htmlToHast(html, { fragment: true }), []);
	return elements;
}

/** Every marked term in rendered HTML, with its abbreviation and the popover it opens. */
function markedTerms(html: string): MarkedTerm[] {
	const elements = elementsOf(html);
	const byId = new Map(elements.map(([node]) => [node.properties['id'], node]));
	return elements
		.filter(([node]) => node.tagName === 'button')
		.map(([button, path]) => {
			const abbr = button.children.find((child) => child.type === 'element');
			const target = button.properties['popoverTarget'];
			return {
				text: abbr ? textOf(abbr) : '',
				title: abbr?.type === 'element' ? abbr.properties['title'] : undefined,
				path,
				target,
				popover: byId.get(target),
			};
		});
}

describe('glossary in place, rendered by Sätteri', () => {
	test('marks the first use of each term only, an alias counting as the term', async () => {
		const page = await render(
			[
				'The Delivery Quality Inspection (DQI) needs KPIs.',
				'',
				'Run the DQI after the PESA; the KPI and the PESA again.',
			].join('\n'),
		);
		expect(markedTerms(page.html).map(({ text, title }) => [text, title])).toEqual([
			['Delivery Quality Inspection', 'What DQI means here.'],
			['KPIs', 'What KPI means here.'],
			['PESA', 'Pre-Engagement Security Assessment'],
		]);
		expect(page.html).toContain('(DQI) needs');
		expect(page.termsUsed).toEqual(['dqi', 'kpi', 'pesa']);
	});

	test('never marks headings, links, code, an existing abbr or hidden text, nor lets them count as the first use', async () => {
		const page = await render(
			[
				'# The DQI heading',
				'',
				'Title: PESA',
				'',
				'See [the DQI page](/x/) and <a href="/y/">the OQR</a>, `KPI`, <abbr title="x">SOW</abbr>,',
				'<kbd>sign-off</kbd> and https://example.com/PESA.',
				'',
				'```',
				'DQI in a code block',
				'```',
				'',
				'| OQR |',
				'| --- |',
				'| KPI |',
				'',
				'Now the DQI, PESA, OQR, SOW and sign-off.',
			].join('\n'),
		);
		const terms = markedTerms(page.html);
		expect(terms.map(({ text }) => text)).toEqual(['KPI', 'DQI', 'PESA', 'OQR', 'SOW', 'sign-off']);
		expect(terms[0]?.path).toContain('td');
		for (const { path } of terms.slice(1)) expect(path.slice(-2)).toEqual(['p', 'button']);
		expect(page.html).toMatch(/<h1[^>]*>The DQI heading<\/h1>/);
		expect(page.html).toContain('<code>KPI</code>');
	});

	test('gives each term a button that opens its definition, with a link to the glossary entry', async () => {
		const page = await render('The DQI and the acceptance sign-off.');
		const terms = markedTerms(page.html);
		expect(terms.map(({ target }) => target)).toEqual(['pdp-term-dqi', 'pdp-term-sign-off']);
		const [dqi] = terms;
		expect(dqi?.popover?.properties).toMatchObject({ popover: '', dataPagefindIgnore: '' });
		expect(dqi?.popover && textOf(dqi.popover)).toBe(
			'DQI · Delivery Quality InspectionWhat DQI means here.DQI in the glossary',
		);
		const link = dqi?.popover?.children.find(
			(child) => child.type === 'element' && child.tagName === 'a',
		);
		expect(link?.type === 'element' && link.properties['href']).toBe('/glossary/dqi/');
		const ids = [...page.html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('writes a hostile definition and expansion as text', async () => {
		const hostile = term('x', 'XSS', {
			expansion: '"><img src=x onerror=alert(1)>',
			definition: '<script>alert("definition")</script> & more.',
		});
		const { html } = await render('An XSS attempt.', { terms: [hostile] });
		const names = elementsOf(html).map(([node]) => node.tagName);
		expect(names).not.toContain('script');
		expect(names).not.toContain('img');
		expect(html).toContain('&lt;script&gt;alert("definition")&lt;/script&gt; &amp; more.');
		expect(markedTerms(html)[0]?.title).toBe('"><img src=x onerror=alert(1)>');
	});

	test('marks only Markdown files inside the content folder when one is given', async () => {
		const options = { contentDir: 'content', cwd: '/site' };
		const inside = pathToFileURL('/site/content/playbooks/a.md');
		const outside = pathToFileURL('/site/src/content/docs/about.md');
		expect(markedTerms((await render('The DQI.', options, inside)).html)).toHaveLength(1);
		const outsidePage = await render('The DQI.', options, outside);
		expect(markedTerms(outsidePage.html)).toEqual([]);
		expect(outsidePage.termsUsed).toBeUndefined();
	});

	test('changes its digest, and so the Astro config, when the glossary changes', () => {
		const digest = (terms: GlossaryTerm[]) => createGlossaryInPlacePlugin({ terms }).glossaryDigest;
		expect(digest(TERMS)).toBe(digest([...TERMS]));
		expect(digest(TERMS)).not.toBe(digest([...TERMS.slice(1), term('dqi', 'DQI')]));
	});
});

describe('readGlossaryTerms', () => {
	const root = mkdtempSync(join(tmpdir(), 'pdp-glossary-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('reads the published terms of a content folder, in sub-folders too, skipping `_` files', () => {
		const write = (path: string, text: string) => {
			mkdirSync(join(root, 'catalog', path, '..'), { recursive: true });
			writeFileSync(join(root, 'catalog', path), text);
		};
		write(
			'glossary/dqi.yaml',
			'term: DQI\ndefinition: A self-inspection.\naliases: [Delivery Quality Inspection]\n',
		);
		write('glossary/more/kpi.yaml', 'term: KPI\ndefinition: A measure.\nstatus: published\n');
		write('glossary/draft.yaml', 'term: Draft\ndefinition: Not yet.\nstatus: draft\n');
		write('glossary/_partial.yaml', 'term: Partial\ndefinition: Never loaded.\n');
		write('glossary/broken.yaml', 'term: [\n');
		expect(readGlossaryTerms('catalog', root).map(({ id, aliases }) => [id, aliases])).toEqual([
			['dqi', ['Delivery Quality Inspection']],
			['kpi', []],
		]);
	});
});
