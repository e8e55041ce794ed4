import { defineCollection, reference } from 'astro:content';
import type { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import type { CollectionName, ReferenceFactory } from './schemas/common.ts';
import { COLLECTION_FORMATS, SCHEMAS } from './schemas/index.ts';
import { resolveContentDir } from './lib/content/dir.ts';
import { generateEntryId } from './lib/content/entry-id.ts';
import { keepHtmlInFiles } from './loaders/html-in-files.ts';

const contentDir = resolveContentDir();
const astroReference = reference as unknown as ReferenceFactory;

/** The glob for a collection's file extensions: `md`, or `{md,yaml}` for two formats. */
function fileExtensions(name: keyof typeof SCHEMAS): string {
	const formats = COLLECTION_FORMATS[name];
	return formats.length === 1 ? (formats[0] ?? 'md') : `{${formats.join(',')}}`;
}

/**
 * Files under content/<name>/ (any depth, `_`-prefixed skipped); id = file name. Astro hands its
 * whole content store to Vite as one module, so the store keeps front matter, headings and
 * glossary terms only: rendered HTML goes to files (`keepHtmlInFiles`, read by EntryBody) and
 * code that needs a body reads the entry's file (`readEntryBody`).
 */
function catalogCollection<S extends z.ZodType>(name: keyof typeof SCHEMAS, schema: S) {
	return defineCollection({
		loader: keepHtmlInFiles(
			glob({
				base: `${contentDir}/${name}`,
				pattern: `**/[^_]*.${fileExtensions(name)}`,
				generateId: ({ entry }) => generateEntryId(entry),
				retainBody: false,
			}),
		),
		schema,
	});
}

export const collections = {
	// Starlight's own pages (src/content/docs/*.md): about, authoring help; rendered by Starlight.
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// content/phases/*.md, ordered by `order`; read by /phases/<id>/ (the phase guides).
	phases: catalogCollection('phases', SCHEMAS.phases(astroReference)),
	// content/processes/*.md; read by /processes/<id>/, which gathers every entry naming it.
	processes: catalogCollection('processes', SCHEMAS.processes(astroReference)),
	// content/playbooks/*.md with the sections in PLAYBOOK_SECTIONS; read by /playbooks/<id>/.
	playbooks: catalogCollection('playbooks', SCHEMAS.playbooks(astroReference)),
	// content/runbooks/*.md with the sections in RUNBOOK_SECTIONS; read by /runbooks/<id>/.
	runbooks: catalogCollection('runbooks', SCHEMAS.runbooks(astroReference)),
	// content/considerations/*.md; read by /considerations/<id>/.
	considerations: catalogCollection('considerations', SCHEMAS.considerations(astroReference)),
	// content/faqs/*.md, one `## question` heading per question; read by /faqs/<id>/.
	faqs: catalogCollection('faqs', SCHEMAS.faqs(astroReference)),
	// content/checklists/*.yaml, items with stable ids; read by /checklists/<id>/ and phase guides.
	checklists: catalogCollection('checklists', SCHEMAS.checklists(astroReference)),
	// content/roles/*.md, duties per phase; read by /roles/<id>/.
	roles: catalogCollection('roles', SCHEMAS.roles(astroReference)),
	// content/outcomes/*.md, the four customer business outcomes; read by /outcomes/<id>/.
	outcomes: catalogCollection('outcomes', SCHEMAS.outcomes(astroReference)),
	// content/standards/*.md, WW standards and their guidance; read by /standards/<id>/.
	standards: catalogCollection('standards', SCHEMAS.standards(astroReference)),
	// content/templates/*.md (documents) and *.yaml (registers); read by /templates/<id>/, which
	// offers the .docx/.md or .xlsx/.csv files its endpoint (/templates/<id>/<file>) builds.
	templates: catalogCollection('templates', SCHEMAS.templates(astroReference)),
	// content/glossary/*.yaml, one term per file; read by /glossary/.
	glossary: catalogCollection('glossary', SCHEMAS.glossary(astroReference)),
	// content/questions/*.yaml, what the framework leaves open; read by /questions/<id>/ and
	// /authoring/open-questions/, and named in entries' `questions`.
	questions: catalogCollection('questions', SCHEMAS.questions(astroReference)),
	// Written out so each collection keeps its own entry type; the registry's names must all be here.
} satisfies Record<'docs' | CollectionName, unknown>;
