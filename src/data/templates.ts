import type { CollectionEntry } from 'astro:content';
import { getPublishedEntries, loadCatalog, readEntryBody } from './catalog.ts';
import {
	buildTemplateFiles,
	templateFileNames,
	type TemplateFile,
	type TemplateFileName,
} from '../lib/templates/files.ts';
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

const built = new Map<string, Promise<TemplateFile[]>>();

/**
 * A template's files, built once per build when its page or one of its files is rendered first
 * (both share them); a rebuild that reuses both builds nothing.
 */
export function loadTemplateFiles(entry: CollectionEntry<'templates'>): Promise<TemplateFile[]> {
	let files = built.get(entry.id);
	if (!files) built.set(entry.id, (files = templateSourceOf(entry).then(buildTemplateFiles)));
	return files;
}

/** Every published template's file names and formats, by id, without building any file. */
export async function listTemplateFileNames(): Promise<ReadonlyMap<string, TemplateFileName[]>> {
	const entries = await getPublishedEntries('templates');
	return new Map(entries.map((entry) => [entry.id, templateFileNames(entry.id, entry.data.kind)]));
}
