import { parse, stringify } from 'yaml';

/** A file of a site to build. */
export interface SiteFile {
	path: string;
	text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A text field of parsed data, or a fallback. */
function text(data: Record<string, unknown>, key: string, fallback: string): string {
	const value = data[key];
	return typeof value === 'string' ? value : fallback;
}

/** One catalog file as a Starlight docs page with the same URL, title, description and body. */
function toDocsPage(file: SiteFile): SiteFile {
	const path = file.path.replace(/\.(md|yaml)$/, '.md');
	if (file.path.endsWith('.yaml')) {
		const data = parse(file.text) as Record<string, unknown>;
		const title = text(data, 'title', text(data, 'term', path));
		const summary = text(data, 'summary', text(data, 'definition', ''));
		const items = Array.isArray(data['items']) ? (data['items'] as { text?: string }[]) : [];
		const body = [summary, '', ...items.map((item) => `- [ ] ${item.text ?? ''}`)].join('\n');
		return { path, text: `---\n${stringify({ title, description: summary })}---\n\n${body}\n` };
	}
	const match = FRONT_MATTER.exec(file.text);
	const data = (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>;
	const body = match ? file.text.slice(match[0].length) : file.text;
	const frontMatter = stringify({
		title: text(data, 'title', path),
		description: text(data, 'summary', ''),
	});
	return { path, text: `---\n${frontMatter}---\n\n${body}` };
}

/**
 * A plain Starlight site holding the same Markdown as a PDP content tree: the benchmark's
 * baseline, with Starlight's default sidebar, which lists every page on every page. It is built
 * with the project as Astro's root (so Astro and Starlight resolve from its node_modules) and
 * `siteDir` as source, output and cache folder.
 */
export function toStarlightDocs(files: readonly SiteFile[], siteDir: string): SiteFile[] {
	const config = [
		"import { defineConfig } from 'astro/config';",
		"import starlight from '@astrojs/starlight';",
		'',
		'export default defineConfig({',
		"\tsite: 'http://localhost:4321',",
		`\tsrcDir: ${JSON.stringify(`${siteDir}/src`)},`,
		`\toutDir: ${JSON.stringify(`${siteDir}/dist`)},`,
		`\tcacheDir: ${JSON.stringify(`${siteDir}/.cache`)},`,
		`\tpublicDir: ${JSON.stringify(`${siteDir}/public`)},`,
		"\tintegrations: [starlight({ title: 'Baseline' })],",
		'});',
		'',
	].join('\n');
	const contentConfig = [
		"import { defineCollection } from 'astro:content';",
		"import { docsLoader } from '@astrojs/starlight/loaders';",
		"import { docsSchema } from '@astrojs/starlight/schema';",
		'',
		'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
		'',
	].join('\n');
	return [
		{ path: 'astro.config.mjs', text: config },
		{ path: 'src/content.config.ts', text: contentConfig },
		{
			path: 'src/content/docs/index.md',
			text: '---\ntitle: Baseline\ndescription: Plain Starlight.\n---\n\nThe same Markdown, built by plain Starlight.\n',
		},
		...files.map(toDocsPage).map((file) => ({ ...file, path: `src/content/docs/${file.path}` })),
	];
}
