// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { draftMode } from './src/integrations/draft-mode.ts';
import { linkIntegrity } from './src/integrations/link-integrity.ts';
import { moduleSize } from './src/integrations/module-size.ts';
import { redirectsFile } from './src/integrations/redirects-file.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { resolveCacheDir, resolveContentDir, resolveOutDir } from './src/lib/content/dir.ts';
import { buildSidebar } from './src/lib/site/navigation.ts';
import { glossaryInPlace } from './src/markdown/glossary-in-place.ts';
import { readSiteSettings } from './src/lib/site/settings.ts';
import { loadRedirects } from './src/lib/site/redirects-file.ts';
import { toAstroRedirects } from './src/lib/site/redirects.ts';

const contentDir = resolveContentDir();
// A mistake in the file leaves this empty; the content check (contentIntegrity) reports it.
const { redirects } = loadRedirects(contentDir);

export default defineConfig({
	site: readSiteSettings().siteUrl,
	trailingSlash: 'always',
	outDir: resolveOutDir(),
	cacheDir: resolveCacheDir(contentDir),
	server: { host: '127.0.0.1', port: 4321 },
	// Old addresses of merged or renamed pages (content/redirects.yaml): the static build writes a
	// page at each that forwards to the new address; servers answer 301 from dist/_redirects.
	redirects: toAstroRedirects(redirects),
	// Starlight adds its own Markdown plugins (asides, heading links) to this processor.
	markdown: { processor: satteri({ hastPlugins: [glossaryInPlace(contentDir)] }) },
	// Pages whose `cacheKey` (src/lib/catalog/page-cache-key.ts) and code are unchanged are copied
	// from the previous build instead of rendered: see README, "Author rebuilds".
	experimental: { incrementalBuild: true },
	integrations: [
		contentIntegrity({ contentDir }),
		moduleSize(),
		draftMode(),
		starlight({
			title: 'PDP — Delivery Practices',
			description:
				'The searchable home of our delivery practices: playbooks, runbooks, practice considerations, FAQs and checklists for every phase of the Global Delivery Framework.',
			credits: false,
			// Our own 404 (src/pages/404.astro) offers the pages the address most likely meant.
			disable404Route: true,
			// The header search runs the site's search layer (src/lib/search); the theme parts
			// survive damaged or blocked storage.
			components: {
				Search: './src/components/overrides/Search.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			lastUpdated: false,
			pagefind: true,
			markdown: { processedDirs: [contentDir] },
			sidebar: buildSidebar(contentDir),
			customCss: [
				'./src/styles/controls.css',
				'./src/styles/entry.css',
				'./src/styles/aggregate.css',
				'./src/styles/checklist.css',
				'./src/styles/checklist-progress.css',
				'./src/styles/catalog.css',
				'./src/styles/search-page.css',
				'./src/styles/page.css',
				'./src/styles/glossary.css',
				'./src/styles/onboarding.css',
				'./src/styles/search.css',
				'./src/styles/home.css',
				'./src/styles/templates.css',
				'./src/styles/workspace.css',
				'./src/styles/portfolio.css',
			],
			// Starlight's own pages (src/content/docs); catalog entries get theirs from EntryPage.
			editLink: { baseUrl: readSiteSettings().editBaseUrl },
		}),
		// After Starlight, so the check sees the finished pages.
		linkIntegrity({ contentDir }),
		redirectsFile(redirects),
		securityHeaders(),
	],
});
