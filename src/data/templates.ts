import type { CollectionEntry } from 'astro:content';
import { getPublishedEntries, loadCatalog, readEntryBody } from './catalog.ts';
import { buildTemplateFiles, type TemplateFile } from '../lib/templates/files.ts';
import { readSiteSettings } from '../lib/site/settings.ts';
import { toTemplateSource, type AnyTemplateSource } from '../lib/templates/source.ts';

/** A template entry as the generators read it, its owner named by the role's title. */
export async function templateSourceOf(
	entry: CollectionEntry<'templates'>,
): Promise<AnyTemplateSource> {
	const graph = await loadCatalog();
	const owner = graph.get(entry.data.owner)?.title ?? entry.data.owner.id;
	const { siteUrl } = readSiteSettings();
	return toTemplateSource(entry.id, entry.data, readEntryBody(entry), owner, siteUrl);
}

let files: Promise<ReadonlyMap<string, TemplateFile[]>> | undefined;

/**
 * Every published template's files, built once per build: the endpoint that writes each file and
 * the page that offers it (with its size) share them.
 */
export function loadTemplateFiles(): Promise<ReadonlyMap<string, TemplateFile[]>> {
	files ??= getPublishedEntries('templates').then(async (entries) => {
		const built = new Map<string, TemplateFile[]>();
		for (const entry of entries) {
			built.set(entry.id, await buildTemplateFiles(await templateSourceOf(entry)));
		}
		return built;
	});
	return files;
}
