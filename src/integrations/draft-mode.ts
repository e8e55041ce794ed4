import type { AstroIntegration } from 'astro';

/**
 * Decides whether drafts are built: only by `astro dev`. Vite's DEV flag follows NODE_ENV,
 * which test runners set, so a build run from a test would otherwise publish drafts.
 */
export function draftMode(): AstroIntegration {
	return {
		name: 'pdp:draft-mode',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({
					vite: {
						define: { 'import.meta.env.PDP_INCLUDE_DRAFTS': JSON.stringify(command === 'dev') },
					},
				});
			},
		},
	};
}
