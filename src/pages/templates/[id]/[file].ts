import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { cacheKeyOf, getPublishedEntries, loadCatalogDigest } from '../../../data/catalog.ts';
import { loadTemplateFiles } from '../../../data/templates.ts';
import { templateFileNames } from '../../../lib/templates/files.ts';

/**
 * Each file of each template, at `/templates/<id>/<id>.<extension>`, written once per build; the
 * paths need only the names, so a rebuild that reuses a template's files builds none of them.
 */
export const getStaticPaths = (async () => {
	const catalog = await loadCatalogDigest();
	return (await getPublishedEntries('templates')).flatMap((entry) =>
		templateFileNames(entry.id, entry.data.kind).map(({ fileName }) => ({
			params: { id: entry.id, file: fileName },
			props: { entry, fileName },
			...cacheKeyOf(catalog, entry),
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'templates'>; fileName: string }> = async ({
	props,
}) => {
	const file = (await loadTemplateFiles(props.entry)).find(
		(built) => built.fileName === props.fileName,
	);
	if (!file) throw new Error(`templates/${props.entry.id} builds no file ${props.fileName}`);
	// A copy typed as backed by an ArrayBuffer, which is what Response takes.
	return new Response(new Uint8Array(file.bytes), {
		headers: { 'Content-Type': file.contentType },
	});
};
