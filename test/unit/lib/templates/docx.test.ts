import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { buildDocx } from '../../../../src/lib/templates/docx.ts';
import { listPlaceholders } from '../../../../src/lib/templates/placeholders.ts';
import { documentSource } from './sources.ts';

const GUIDANCE_MAP = { styleMap: ["p[style-name='Guidance'] => p.guidance:fresh"] };

async function readBack(bytes: Uint8Array) {
	const buffer = Buffer.from(bytes);
	const { value: html, messages } = await mammoth.convertToHtml({ buffer }, GUIDANCE_MAP);
	return { html, messages };
}

describe('buildDocx', () => {
	test('gives Word headings, tables, guidance in its own style and every placeholder', async () => {
		const source = documentSource();
		const { html, messages } = await readBack(await buildDocx(source));
		expect(html).toContain('<h1>Summary</h1>');
		expect(html).toContain('<h2>Next steps</h2>');
		expect(html).toContain('<h1>Decisions needed</h1>');
		expect(html).toContain('<table>');
		expect(html).toContain('<p class="guidance">Delete the guidance before you send it.</p>');
		expect(html).toContain('<strong>on track</strong>');
		for (const name of listPlaceholders(source.body)) expect(html).toContain(`{{${name}}}`);
		// Only the Title style, which mammoth has no mapping for, may go unrecognised.
		expect(messages.filter((message) => !message.message.includes("'Title'"))).toEqual([]);
	});

	test('highlights placeholders and sets title, version and the review date as properties', async () => {
		const files = unzipSync(await buildDocx(documentSource()));
		const text = (name: string) => new TextDecoder().decode(files[name]);
		expect(text('word/document.xml')).toMatch(
			/<w:highlight w:val="yellow"\/>.*\{\{Customer name\}\}/s,
		);
		expect(text('word/styles.xml')).toContain('w:styleId="Guidance"');
		const core = text('docProps/core.xml');
		expect(core).toContain('<dc:title>Status report</dc:title>');
		expect(core).toMatch(/<dcterms:created[^>]*>2026-10-01T00:00:00Z</);
		expect(core).toMatch(/<dcterms:modified[^>]*>2026-10-01T00:00:00Z</);
		expect(text('docProps/custom.xml')).toMatch(/Version.*1\.2/s);
	});

	test('gives the same bytes for the same source, whatever the clock and the documents before', async () => {
		const first = await buildDocx(documentSource());
		await buildDocx(documentSource('## Other\n\n1. a\n2. b\n\n1. c\n'));
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const second = await buildDocx(documentSource());
		expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
	});

	test('spells out a link to the site in full after its text, and keeps guidance links', async () => {
		const { html } = await readBack(
			await buildDocx(documentSource('## A\n\n> See the [open question](/questions/dqi-form/).\n')),
		);
		expect(html).toContain(
			'<p class="guidance">See the open question (https://pdp.example.com/questions/dqi-form/).</p>',
		);
	});

	test('refuses a body the content check would refuse, naming the template and line', async () => {
		await expect(buildDocx(documentSource('## A\n\n{{Unclosed\n'))).rejects.toThrow(
			/templates\/status-report: line 3 of the body: placeholder left unclosed/,
		);
	});
});
