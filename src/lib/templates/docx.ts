/**
 * A document template as a Word file: `##` headings become Word's Heading 1–3 (the navigation pane
 * lists them), tables become Word tables, placeholders are highlighted, and guidance takes a
 * paragraph style of its own, "Guidance", so Word's "Select all text with similar formatting"
 * removes it in one go. Title, version and date are in the document properties. Build time only.
 */
import {
	Document,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ParagraphChild,
} from 'docx';
import { parseDocumentTemplate, type DocumentBlock, type Run } from './document.ts';
import type { DocumentTemplateSource } from './source.ts';
import { fixZipDates } from './zip.ts';

/** The style id of guidance paragraphs. */
export const GUIDANCE_STYLE = 'Guidance';
const NUMBERED = 'pdp-numbered';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * Word runs of template text. A link's address follows its text in brackets, made absolute: a
 * clickable hyperlink would need a relationship id, which the library draws at random.
 */
function textRuns(
	runs: readonly Run[],
	siteUrl: string,
	extra: { bold?: boolean } = {},
): ParagraphChild[] {
	return runs.flatMap((run, index) => {
		const endsLink = run.link !== undefined && runs[index + 1]?.link !== run.link;
		const address = endsLink ? [new TextRun(` (${new URL(run.link ?? '', siteUrl).href})`)] : [];
		return [textRun(run, extra), ...address];
	});
}

function textRun(run: Run, extra: { bold?: boolean }): TextRun {
	return new TextRun({
		text: run.placeholder ? `{{${run.text}}}` : run.text,
		bold: run.bold === true || extra.bold === true,
		italics: run.italic === true,
		...(run.code ? { font: 'Consolas' } : {}),
		...(run.placeholder ? { highlight: 'yellow' as const } : {}),
		...(run.breakBefore ? { break: 1 } : {}),
	});
}

function tableOf(block: Extract<DocumentBlock, { kind: 'table' }>, siteUrl: string): Table {
	const row = (cells: readonly Run[][], header: boolean) =>
		new TableRow({
			...(header ? { tableHeader: true } : {}),
			children: cells.map(
				(cell) =>
					new TableCell({
						children: [new Paragraph({ children: textRuns(cell, siteUrl, { bold: header }) })],
					}),
			),
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
	});
}

function toWord(blocks: readonly DocumentBlock[], siteUrl: string): (Paragraph | Table)[] {
	let numberedLists = 0;
	return blocks.flatMap((block): (Paragraph | Table)[] => {
		switch (block.kind) {
			case 'heading':
				return [
					new Paragraph({
						heading: HEADINGS[block.level - 1] ?? HeadingLevel.HEADING_3,
						children: textRuns(block.runs, siteUrl),
					}),
				];
			case 'paragraph':
				return [new Paragraph({ children: textRuns(block.runs, siteUrl) })];
			case 'guidance':
				return [new Paragraph({ style: GUIDANCE_STYLE, children: textRuns(block.runs, siteUrl) })];
			case 'list': {
				// Each numbered list restarts at 1: its own instance of the numbering, counted here
				// rather than by the library's global counter, so the bytes do not depend on history.
				const instance = block.ordered ? ++numberedLists : 0;
				return block.items.map(
					(item) =>
						new Paragraph({
							children: textRuns(item.runs, siteUrl),
							...(block.ordered
								? { numbering: { reference: NUMBERED, level: item.level, instance } }
								: { bullet: { level: item.level } }),
						}),
				);
			}
			case 'table':
				return [tableOf(block, siteUrl), new Paragraph({ children: [] })];
		}
	});
}

/** Builds the .docx of a document template; the same source always gives the same bytes. */
export async function buildDocx(template: DocumentTemplateSource): Promise<Uint8Array> {
	const { blocks, problems } = parseDocumentTemplate(template.body);
	if (problems[0]) {
		throw new Error(
			`templates/${template.id}: line ${problems[0].line} of the body: ${problems[0].message} (${problems[0].fix})`,
		);
	}
	const document = new Document({
		title: template.title,
		subject: template.summary,
		description: template.purpose,
		creator: template.owner,
		lastModifiedBy: template.owner,
		keywords: `template ${template.id} version ${template.version}`,
		customProperties: [
			{ name: 'Version', value: template.version },
			{ name: 'Reviewed', value: template.lastReviewed },
		],
		styles: {
			paragraphStyles: [
				{
					id: GUIDANCE_STYLE,
					name: GUIDANCE_STYLE,
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: { italics: true, color: '44546A' },
					paragraph: { indent: { left: 284 }, spacing: { after: 120 } },
				},
			],
		},
		numbering: {
			config: [
				{
					reference: NUMBERED,
					levels: [0, 1, 2].map((level) => ({
						level,
						format: LevelFormat.DECIMAL,
						text: `%${level + 1}.`,
						style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
					})),
				},
			],
		},
		sections: [
			{
				children: [
					new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(template.title)] }),
					new Paragraph({
						style: GUIDANCE_STYLE,
						children: [
							new TextRun(
								`Template version ${template.version}, reviewed ${template.lastReviewed}. Text in this style is guidance: delete it all at once with Select > Select All Text With Similar Formatting, then Delete. Highlighted {{placeholders}} are yours to fill in.`,
							),
						],
					}),
					...toWord(blocks, template.siteUrl),
				],
			},
		],
	});
	return fixZipDates(new Uint8Array(await Packer.toBuffer(document)), template.lastReviewed);
}
