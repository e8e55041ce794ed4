/** What one built page offers (its element ids) and where it links to. */
export interface PageLinks {
	/** The page's URL path, e.g. `/playbooks/run-the-kickoff/`. */
	path: string;
	ids: ReadonlySet<string>;
	/** `href` values of the page's links, as written. */
	hrefs: readonly string[];
}

/** A link that leads nowhere. */
export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** A `#fragment` decoded, or `undefined` when it is not valid percent-encoding (`#100%`). */
function decodeFragment(fragment: string): string | undefined {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return undefined;
	}
}

/** The URL path of a built HTML file relative to the output folder (`a/index.html` → `/a/`). */
export function pagePathOf(relativeFile: string): string {
	const path = `/${relativeFile.replace(/\\/g, '/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Every internal link of a built site that points at no page, no file, or no element id on its
 * target page. `files` holds the URL paths of every other file of the site (assets, feeds).
 */
export function findBrokenLinks(
	pages: readonly PageLinks[],
	files: ReadonlySet<string> = new Set(),
): BrokenLink[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of new Set(page.hrefs)) {
			if (!href || EXTERNAL.test(href) || href.startsWith('//')) continue;
			const url = URL.canParse(href, `http://site${page.path}`)
				? new URL(href, `http://site${page.path}`)
				: undefined;
			if (!url) {
				broken.push({ page: page.path, href, reason: 'not a valid address' });
				continue;
			}
			const target = byPath.get(url.pathname) ?? byPath.get(`${url.pathname}/`);
			const fragment = decodeFragment(url.hash.slice(1));
			if (fragment === undefined) {
				broken.push({
					page: page.path,
					href,
					reason:
						'a "%" in its #fragment is not followed by two hex digits (write %25 for a percent sign)',
				});
				continue;
			}
			if (!target) {
				if (files.has(url.pathname)) continue;
				broken.push({ page: page.path, href, reason: 'no such page' });
			} else if (fragment && !target.ids.has(fragment)) {
				broken.push({
					page: page.path,
					href,
					reason: `no element with id "${fragment}" on ${target.path}`,
				});
			}
		}
	}
	return broken;
}
