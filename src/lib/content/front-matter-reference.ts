import { z } from 'astro/zod';
import type { CollectionName, EntryReference, ReferenceFactory } from '../../schemas/common.ts';
import { SCHEMAS } from '../../schemas/index.ts';

/** One row of the front-matter reference. */
export interface FieldRow {
	/** Field path as written in front matter; list items show as `items[].id`, mappings as `a.b`. */
	field: string;
	type: string;
	required: boolean;
	/** The value used when the field is left out. */
	defaultValue: string | undefined;
	description: string;
}

/** The subset of JSON Schema that zod's `toJSONSchema` produces for our schemas. */
interface JsonSchemaNode {
	type?: string;
	enum?: unknown[];
	items?: JsonSchemaNode;
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
	default?: unknown;
	pattern?: string;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	minLength?: number;
	maxLength?: number;
	format?: string;
	/** The field's `.meta({ description })` in its schema. */
	description?: string;
	reference?: string;
	entryLink?: boolean;
}

function describeType(node: JsonSchemaNode): string {
	if (node.reference) return `id of an entry of ${node.reference}`;
	if (node.entryLink) return 'link written <type>/<id>';
	if (node.format === 'date') return 'date, YYYY-MM-DD';
	if (node.format === 'duration') return 'duration: 30m, 2h, 1h30m, 3d (working days) or 2w';
	if (node.format === 'people') return 'number of people: 4, 3-8 or 10+';
	if (node.enum) return `one of: ${node.enum.map(String).join(', ')}`;
	if (node.type === 'array') {
		const items = node.items ?? {};
		const what =
			items.type === 'object'
				? 'mappings (fields below)'
				: items.entryLink
					? 'links, each written <type>/<id>'
					: describeType(items).replace(/^id of an entry/, 'ids of entries');
		return `list of ${what}${node.minItems ? `, at least ${node.minItems}` : ''}`;
	}
	if (node.type === 'integer') {
		return `whole number${node.minimum !== undefined && node.maximum !== undefined ? ` ${node.minimum}–${node.maximum}` : ''}`;
	}
	if (node.type === 'boolean') return 'true or false';
	if (node.type === 'object') return 'mapping (fields below)';
	if (node.type === 'string') {
		if (node.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'kebab-case text';
		if (node.maxLength !== undefined)
			return `text, ${node.minLength ?? 0}–${node.maxLength} characters`;
		return 'text';
	}
	return node.type ?? 'value';
}

/** Rows for every field of a schema, nested list fields after their parent. */
export function describeFields(schema: JsonSchemaNode, prefix = ''): FieldRow[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([name, node]) => {
		const row: FieldRow = {
			field: `${prefix}${name}`,
			type: describeType(node),
			required: required.has(name),
			defaultValue: node.default === undefined ? undefined : JSON.stringify(node.default),
			description: node.description ?? '',
		};
		if (node.type === 'object') return [row, ...describeFields(node, `${prefix}${name}.`)];
		const nested = node.type === 'array' && node.items?.type === 'object' ? node.items : undefined;
		return nested ? [row, ...describeFields(nested, `${prefix}${name}[].`)] : [row];
	});
}

/** A link that JSON Schema shows with the collection it points at, so its row can name it. */
const describingReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
	z
		.string()
		.meta({ reference: collection })
		.transform((id): EntryReference<C> => ({ collection, id }));

/** Rows for every front-matter field of a collection, as authors write them. */
export function describeCollectionFields(collection: CollectionName): FieldRow[] {
	const schema = SCHEMAS[collection](describingReference);
	return describeFields(
		z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode,
	);
}
