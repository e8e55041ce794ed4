import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKeyOf, getPublishedEntries, loadCatalogDigest } from '../../../data/catalog.ts';
import { loadTemplateFiles } from '../../../data/templates.ts';
import type { TemplateFile } from '../../../lib/templates/files.ts';

/** Each file of each template, at `/templates/<id>/<id>.<extension>`, written once per build. */
export const getStaticPaths = (async () => {
	const catalog = await loadCatalogDigest();
	const files = await loadTemplateFiles();
	return (await getPublishedEntries('templates')).flatMap((entry) =>
		(files.get(entry.id) ?? []).map((file) => ({
			params: { id: entry.id, file: file.fileName },
			props: { file },
			...cacheKeyOf(catalog, entry),
		})),
	);
}) satisfies GetStaticPaths;

// A copy typed as backed by an ArrayBuffer, which is what Response takes.
export const GET: APIRoute<{ file: TemplateFile }> = ({ props }) =>
	new Response(new Uint8Array(props.file.bytes), {
		headers: { 'Content-Type': props.file.contentType },
	});
