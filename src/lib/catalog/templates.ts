import type { CatalogEntry, CatalogGraph } from './graph.ts';

/**
 * The playbooks and runbooks that ask for a template in their `templates` field: its page's
 * "Used in". Links from other fields (`related`) or prose are left to the related block.
 */
export function listTemplateUses(graph: CatalogGraph, templateId: string): CatalogEntry[] {
	return graph
		.linksTo({ collection: 'templates', id: templateId })
		.filter((entry) =>
			entry.references.some(
				({ reference, path }) =>
					path[0] === 'templates' &&
					reference.collection === 'templates' &&
					reference.id === templateId,
			),
		);
}

/** The published templates an entry asks for in its `templates` field, in the order it names them. */
export function templatesOf(graph: CatalogGraph, entry: CatalogEntry): CatalogEntry[] {
	return entry.references.flatMap(({ reference, path }) => {
		if (path[0] !== 'templates' || reference.collection !== 'templates') return [];
		const template = graph.get(reference);
		return template ? [template] : [];
	});
}
