/**
 * The files a template is offered as: a document as Word and Markdown, a register as Excel and
 * CSV, each named `<id>.<extension>` under `/templates/<id>/`. Build time only.
 */
import { buildCsv } from './csv.ts';
import { buildDocx } from './docx.ts';
import type { AnyTemplateSource, DocumentTemplateSource } from './source.ts';
import { buildXlsx } from './xlsx.ts';

/** What a template's file is called and how it is served, known before it is built. */
export interface TemplateFileName {
	/** `<id>.<extension>`, the last part of its address. */
	fileName: string;
	/** What readers call the format, e.g. "Word". */
	label: string;
	contentType: string;
}

/** One downloadable file of a template. */
export interface TemplateFile extends TemplateFileName {
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

/** The formats of each kind of template, in the order its page offers them. */
const KIND_FORMATS = {
	document: ['docx', 'md'],
	register: ['xlsx', 'csv'],
} as const satisfies Record<AnyTemplateSource['kind'], readonly Extension[]>;

/** A template's files by name and format, without building them. */
export function templateFileNames(id: string, kind: AnyTemplateSource['kind']): TemplateFileName[] {
	return KIND_FORMATS[kind].map((extension) => ({
		fileName: `${id}.${extension}`,
		...TEMPLATE_FORMATS[extension],
	}));
}

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
	const bytes: Partial<Record<Extension, Uint8Array>> =
		template.kind === 'document'
			? { docx: await buildDocx(template), md: encode(buildMarkdown(template)) }
			: { xlsx: await buildXlsx(template), csv: encode(buildCsv(template)) };
	return KIND_FORMATS[template.kind].map((extension) => ({
		fileName: `${template.id}.${extension}`,
		...TEMPLATE_FORMATS[extension],
		bytes: bytes[extension] ?? new Uint8Array(),
	}));
}

/** A size as readers read it: "18 KB", "640 bytes". */
export function formatFileSize(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	return `${Math.round(bytes / 1000).toLocaleString('en-GB')} KB`;
}
