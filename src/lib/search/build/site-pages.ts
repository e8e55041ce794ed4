/** The page addresses and glossary names of a checked content tree, for the vocabulary check. */
import type { ValidEntry } from '../../content/rules.ts';
import { qualityGatePath } from '../../catalog/quality-gates.ts';
import type { GlossaryName } from './vocabulary-file.ts';

/**
 * Every entry page's address (`/<collection>/<id>/`), from every file, valid or not (a mistake
 * in an entry is reported on its own, not again as a missing page), and every quality-gate page's.
 */
export function listSitePages(
	idsByCollection: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
	entries: readonly ValidEntry[],
): Set<string> {
	const pages = new Set<string>();
	for (const [collection, ids] of idsByCollection)
		for (const id of ids.keys()) pages.add(`/${collection}/${id}/`);
	for (const { data } of entries) {
		const gate: unknown = data['qualityGate'];
		const gateId: unknown = typeof gate === 'object' && gate ? Reflect.get(gate, 'id') : undefined;
		if (typeof gateId === 'string') pages.add(qualityGatePath(gateId));
	}
	return pages;
}

/** Each glossary term, expansion and alias with the page that defines it. */
export function listGlossaryNames(entries: readonly ValidEntry[]): GlossaryName[] {
	return entries
		.filter(({ file }) => file.collection === 'glossary')
		.flatMap(({ file, data }) => {
			const url = `/glossary/${file.id}/`;
			const aliases: unknown = data['aliases'];
			const names: unknown[] = [data['term'], data['expansion']];
			if (Array.isArray(aliases)) names.push(...(aliases as unknown[]));
			return names
				.filter((name): name is string => typeof name === 'string' && name.length > 0)
				.map((name) => ({ name, url }));
		});
}
