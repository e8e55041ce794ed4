/**
 * A template as the file generators read it: plain data, independent of Astro's content layer, so
 * the generators run the same in the build, in tests and in scripts.
 */
import type { TemplateColumn } from '../../schemas/templates.ts';

/** What every generated file needs to know of its template. */
export interface TemplateSource {
	id: string;
	title: string;
	summary: string;
	version: string;
	/** The owner, as readers name it (the role's title). */
	owner: string;
	/** YYYY-MM-DD: every date inside the generated files, so the same source gives the same bytes. */
	lastReviewed: string;
	purpose: string;
	whenToUse: string;
	/** The site's address, which links in a file are made absolute against (they leave the site). */
	siteUrl: string;
}

/** A document template: its Markdown body as written. */
export interface DocumentTemplateSource extends TemplateSource {
	kind: 'document';
	body: string;
}

/** A register template: its columns, instructions and example rows. */
export interface RegisterTemplateSource extends TemplateSource {
	kind: 'register';
	columns: readonly TemplateColumn[];
	instructions: readonly string[];
	examples: readonly Readonly<Record<string, string | number>>[];
}

/** Either kind of template. */
export type AnyTemplateSource = DocumentTemplateSource | RegisterTemplateSource;

/** A template entry's data as its schema gives it (the fields the generators read). */
export interface TemplateData {
	title: string;
	summary: string;
	version: string;
	lastReviewed: string;
	purpose: string;
	whenToUse: string;
	kind: 'document' | 'register';
	columns?: readonly TemplateColumn[] | undefined;
	instructions?: readonly string[] | undefined;
	examples?: readonly Readonly<Record<string, string | number>>[] | undefined;
}

/** The generators' view of a template entry: its data, its body and its owner's name. */
export function toTemplateSource(
	id: string,
	data: TemplateData,
	body: string,
	owner: string,
	siteUrl: string,
): AnyTemplateSource {
	const { title, summary, version, lastReviewed, purpose, whenToUse } = data;
	const common = { id, title, summary, version, lastReviewed, purpose, whenToUse, owner, siteUrl };
	return data.kind === 'document'
		? { ...common, kind: 'document', body }
		: {
				...common,
				kind: 'register',
				columns: data.columns ?? [],
				instructions: data.instructions ?? [],
				examples: data.examples ?? [],
			};
}
