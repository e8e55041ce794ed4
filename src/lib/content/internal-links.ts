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

const BAD_FRAGMENT =
	'a "%" in its #fragment is not followed by two hex digits (write %25 for a percent sign)';

/**
 * Checks the internal links of a built site one page at a time, holding only each page's element
 * ids and, for each distinct link target, which pages link to it: never the pages themselves, so
 * memory grows with the site's distinct links rather than with its HTML. Feed it every page
 * (`addPage`) and every other file (`addFile`), then ask for `broken()`.
 */
export class LinkChecker {
	readonly #ids = new Map<string, ReadonlySet<string>>();
	readonly #files = new Set<string>();
	readonly #pages: string[] = [];
	/** Resolved target (`pathname#fragment`) → href as written → the links, by sequence number. */
	readonly #targets = new Map<string, Map<string, number[]>>();
	/** The page of each link, by sequence number, and the links that are broken whatever exists. */
	readonly #pageOfLink: number[] = [];
	readonly #malformed: { link: number; href: string; reason: string }[] = [];

	/** How many pages it has read, and how many distinct link targets it holds. */
	get size(): { pages: number; targets: number } {
		return { pages: this.#pages.length, targets: this.#targets.size };
	}

	addFile(path: string): void {
		this.#files.add(path);
	}

	addPage(page: PageLinks): void {
		const pageIndex = this.#pages.push(page.path) - 1;
		this.#ids.set(page.path, page.ids);
		for (const href of new Set(page.hrefs)) {
			if (!href || EXTERNAL.test(href) || href.startsWith('//')) continue;
			const link = this.#pageOfLink.push(pageIndex) - 1;
			const url = URL.canParse(href, `http://site${page.path}`)
				? new URL(href, `http://site${page.path}`)
				: undefined;
			if (!url) {
				this.#malformed.push({ link, href, reason: 'not a valid address' });
				continue;
			}
			const fragment = decodeFragment(url.hash.slice(1));
			if (fragment === undefined) {
				this.#malformed.push({ link, href, reason: BAD_FRAGMENT });
				continue;
			}
			const target = `${url.pathname}#${fragment}`;
			let byHref = this.#targets.get(target);
			if (!byHref) this.#targets.set(target, (byHref = new Map<string, number[]>()));
			const links = byHref.get(href);
			if (links) links.push(link);
			else byHref.set(href, [link]);
		}
	}

	/** Every link that points at no page, no file, or no element id on its page, in page order. */
	broken(): BrokenLink[] {
		const found: { link: number; href: string; reason: string }[] = [...this.#malformed];
		for (const [target, byHref] of this.#targets) {
			const reason = this.#whyBroken(target);
			if (!reason) continue;
			for (const [href, links] of byHref) {
				for (const link of links) found.push({ link, href, reason });
			}
		}
		return found
			.sort((left, right) => left.link - right.link)
			.map(({ link, href, reason }) => ({
				page: this.#pages[this.#pageOfLink[link] ?? 0] ?? '',
				href,
				reason,
			}));
	}

	#whyBroken(target: string): string | undefined {
		const hash = target.indexOf('#');
		const [pathname, fragment] = [target.slice(0, hash), target.slice(hash + 1)];
		const path = this.#ids.has(pathname) ? pathname : `${pathname}/`;
		const ids = this.#ids.get(path);
		if (!ids) return this.#files.has(pathname) ? undefined : 'no such page';
		return fragment && !ids.has(fragment) ? `no element with id "${fragment}" on ${path}` : undefined;
	}
}

/**
 * Every internal link of a built site that points at no page, no file, or no element id on its
 * target page. `files` holds the URL paths of every other file of the site (assets, feeds).
 */
export function findBrokenLinks(
	pages: readonly PageLinks[],
	files: ReadonlySet<string> = new Set(),
): BrokenLink[] {
	const checker = new LinkChecker();
	for (const file of files) checker.addFile(file);
	for (const page of pages) checker.addPage(page);
	return checker.broken();
}
