import { z } from 'astro/zod';
import {
	authored,
	authoredIssue,
	baseFields,
	classificationFields,
	type ReferenceFactory,
} from './common.ts';

/** What a template is: a Markdown document (`<id>.md`) or a YAML register (`<id>.yaml`). */
export const TEMPLATE_KINDS = ['document', 'register'] as const;

/** The file each kind is written in, so the content check can match kind and file. */
export const TEMPLATE_KIND_FORMAT = { document: 'md', register: 'yaml' } as const;

/**
 * What a register column holds. `text` is one line, `longtext` a paragraph, `date` a calendar
 * date, `number` a number, `choice` one of its `allowed` values (a drop-down in Excel), `person`
 * a name or role, `link` an address.
 */
export const COLUMN_TYPES = [
	'text',
	'longtext',
	'date',
	'number',
	'choice',
	'person',
	'link',
] as const;

/** The type of one register column. */
export type ColumnType = (typeof COLUMN_TYPES)[number];

const passage = (what: string) =>
	z
		.string()
		.trim()
		.min(20, authored('too short', `say ${what} in at least 20 characters`));

const column = z
	.strictObject({
		name: z
			.string()
			.trim()
			.min(1, authored('empty column name', 'give the column a short heading, e.g. "Owner"'))
			.max(40, authored('column name too long', 'keep the heading under 40 characters'))
			.meta({ description: 'The column heading, as the spreadsheet shows it.' }),
		type: z
			.enum(
				COLUMN_TYPES,
				authored(
					'unknown column type',
					`use one of: ${COLUMN_TYPES.join(', ')} (choice needs "allowed")`,
				),
			)
			.meta({ description: `What the column holds: ${COLUMN_TYPES.join(', ')}.` }),
		required: z
			.boolean()
			.default(false)
			.meta({ description: 'Whether every row must fill it in (true) or may leave it blank.' }),
		allowed: z
			.array(z.string().trim().min(1))
			.min(
				2,
				authored('too few allowed values', 'list at least two values, e.g. [Red, Amber, Green]'),
			)
			.optional()
			.meta({
				description:
					'The values a `choice` column accepts, offered as a drop-down; only on choice columns.',
			}),
		help: z
			.string()
			.trim()
			.min(5, authored('help too short', 'say in a few words what goes in the column'))
			.meta({ description: 'What goes in the column, shown on the instructions sheet.' }),
	})
	.superRefine((value, context) => {
		if (value.type === 'choice' && !value.allowed) {
			context.addIssue({
				...authoredIssue(
					'a choice column needs its allowed values',
					'add "allowed: [Value one, Value two]", or give the column another type',
				),
				path: ['type'],
			});
		}
		if (value.type !== 'choice' && value.allowed) {
			context.addIssue({
				...authoredIssue(
					`"allowed" only applies to choice columns, and this one is ${value.type}`,
					'make the column "type: choice" if it holds one of a fixed list, or remove "allowed"',
				),
				path: ['allowed'],
			});
		}
	});

/** A value in an example row; Astro's YAML reads an unquoted date as a Date, kept here as written. */
const exampleValue = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.union([z.string(), z.number()]),
);

/** One column of a register template. */
export type TemplateColumn = z.output<typeof column>;

/**
 * A template (`content/templates/<id>.md` for a document, `<id>.yaml` for a register): the
 * artifact a runbook asks for, written as text and built into Word, Excel, CSV and Markdown files.
 */
export function templateSchema(reference: ReferenceFactory) {
	return z
		.strictObject({
			...baseFields(reference),
			...classificationFields(reference),
			kind: z.enum(TEMPLATE_KINDS).meta({
				description:
					'document (a Markdown file, built into .docx and .md) or register (a YAML file with columns, built into .xlsx and .csv).',
			}),
			version: z
				.string(
					authored('not a version string', 'write the version in quotes, e.g. version: "1.0"'),
				)
				.regex(
					/^\d+(?:\.\d+){0,2}$/,
					authored('not a version number', 'write it as numbers and dots in quotes, e.g. "1.0"'),
				)
				.meta({ description: 'The template\'s version, in quotes ("1.0"); shown in the files.' }),
			purpose: passage('what the template is for').meta({
				description: 'One paragraph: what the template is for.',
			}),
			whenToUse: passage('when to use the template').meta({
				description: 'One paragraph: when, in an engagement, to use it.',
			}),
			columns: z.array(column).min(1).optional().meta({
				description: 'Registers only: the columns, each `{ name, type, required, allowed, help }`.',
			}),
			instructions: z.array(z.string().trim().min(5)).min(1).optional().meta({
				description:
					'Registers only: paragraphs for the instructions sheet and the page, one per item.',
			}),
			examples: z.array(z.record(z.string(), exampleValue)).optional().meta({
				description:
					'Registers only: example rows, each a map from column name to value, written under the header.',
			}),
		})
		.superRefine((template, context) => {
			const issue = (path: (string | number)[], what: string, fix: string) =>
				context.addIssue({ ...authoredIssue(what, fix), path });
			if (template.kind === 'document') {
				for (const field of ['columns', 'instructions', 'examples'] as const) {
					if (template[field]) {
						issue(
							[field],
							`"${field}" belongs to register templates, and this one is a document`,
							`remove "${field}", or write the template as a register in a .yaml file`,
						);
					}
				}
				return;
			}
			if (!template.columns) {
				issue(['kind'], 'a register needs its columns', 'add "columns:" with at least one column');
				return;
			}
			if (!template.instructions) {
				issue(
					['kind'],
					'a register needs its instructions',
					'add "instructions:", a list of paragraphs telling the user how to keep the register',
				);
			}
			checkColumns(template.columns, issue);
			checkExamples(template.columns, template.examples ?? [], issue);
		});
}

type Report = (path: (string | number)[], what: string, fix: string) => void;

function checkColumns(columns: readonly TemplateColumn[], issue: Report): void {
	const seen = new Set<string>();
	columns.forEach((entry, index) => {
		const key = entry.name.toLowerCase();
		if (seen.has(key)) {
			issue(
				['columns', index, 'name'],
				`duplicate column "${entry.name}"`,
				'give each column its own name',
			);
		}
		seen.add(key);
	});
}

function checkExamples(
	columns: readonly TemplateColumn[],
	examples: readonly Record<string, string | number>[],
	issue: Report,
): void {
	const byName = new Map(columns.map((entry) => [entry.name, entry]));
	examples.forEach((row, index) => {
		for (const [name, value] of Object.entries(row)) {
			const found = byName.get(name);
			if (!found) {
				issue(
					['examples', index, name],
					`"${name}" is not a column of this register`,
					`use one of the column names: ${[...byName.keys()].join(', ')}`,
				);
			} else if (found.allowed && !found.allowed.includes(String(value))) {
				issue(
					['examples', index, name],
					`"${String(value)}" is not an allowed value of "${name}"`,
					`use one of: ${found.allowed.join(', ')}`,
				);
			}
		}
	});
}
