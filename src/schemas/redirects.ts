import { z } from 'astro/zod';

/** Lower-case kebab-case path segments with both slashes: `/roles/pm/`. */
const PAGE_PATH = /^(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+\/$/;
/** A page path, optionally followed by a heading's anchor: `/roles/proserve-sales/#pm`. */
const PAGE_PATH_WITH_ANCHOR = /^(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+\/(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/** One address that moved. */
export const redirectSchema = z.strictObject({
	/** The old address: a page the site no longer has. */
	from: z
		.string()
		.regex(
			PAGE_PATH,
			'not a page address: write the old page’s path with both slashes, e.g. "/roles/pm/"',
		),
	/** Where its content lives now: a page, with `#anchor` when it is one section of it. */
	to: z
		.string()
		.regex(
			PAGE_PATH_WITH_ANCHOR,
			'not a page address: write the new page’s path with both slashes and, for a section, its #anchor, e.g. "/roles/proserve-sales/#pm"',
		),
});

/** `content/redirects.yaml`: the old addresses of merged, renamed or removed pages. */
export const redirectsFileSchema = z.strictObject({
	/** Every moved address, each once. */
	redirects: z.array(redirectSchema).default([]),
});

/** One moved address, as authored. */
export type Redirect = z.infer<typeof redirectSchema>;
