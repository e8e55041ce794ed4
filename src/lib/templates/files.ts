/**
 * The files a template is offered as: a document as Word and Markdown, a register as Excel and
 * CSV, each named `<id>.<extension>` under `/templates/<id>/`. Build time only.
 */
import { buildCsv } from './csv.ts';
import { buildDocx } from './docx.ts';
import type { AnyTemplateSource, DocumentTemplateSource } from './source.ts';
import { buildXlsx } from './xlsx.ts';

/** One downloadable file of a template. */
export interface TemplateFile {
	/** `<id>.<extension>`, the last part of its address. */
	fileName: string;
	/** What readers call the format, e.g. "Word". */
	label: string;
	contentType: string;
	bytes: Uint8Array;
}

/** The formats, in the order a template page offers them. */
export const TEMPLATE_FORMATS = {
	docx: {
		label: 'Word',
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	},
	md: { label: 'Markdown', contentType: 'text/markdown; charset=utf-8' },
	xlsx: {
		label: 'Excel',
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	},
	csv: { label: 'CSV', contentType: 'text/csv; charset=utf-8' },
} as const;

type Extension = keyof typeof TEMPLATE_FORMATS;

/** Links to the site's own pages (`](/questions/x/)`), which a downloaded file must spell out. */
const SITE_LINK = /\]\((\/[^)\s]*)\)/g;

/**
 * The Markdown download: the title and version above the body as written, its links to the site
 * made absolute.
 */
export function buildMarkdown(template: DocumentTemplateSource): string {
	const body = template.body
		.trim()
		.replace(SITE_LINK, (_link, path: string) => `](${new URL(path, template.siteUrl).href})`);
	return `# ${template.title}\n\n> Template version ${template.version}, reviewed ${template.lastReviewed}. Lines starting with ">" are guidance: delete them once the document is filled in. Replace every {{placeholder}}.\n\n${body}\n`;
}

/** Builds every file of a template. */
export async function buildTemplateFiles(template: AnyTemplateSource): Promise<TemplateFile[]> {
	const encode = (text: string) => new TextEncoder().encode(text);
	const file = (extension: Extension, bytes: Uint8Array): TemplateFile => ({
		fileName: `${template.id}.${extension}`,
		...TEMPLATE_FORMATS[extension],
		bytes,
	});
	if (template.kind === 'document') {
		return [file('docx', await buildDocx(template)), file('md', encode(buildMarkdown(template)))];
	}
	return [file('xlsx', await buildXlsx(template)), file('csv', encode(buildCsv(template)))];
}

/** A size as readers read it: "18 KB", "640 bytes". */
export function formatFileSize(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	return `${Math.round(bytes / 1000).toLocaleString('en-GB')} KB`;
}
