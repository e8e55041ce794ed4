/**
 * Build-time only (reads files): loads `content/redirects.yaml`, the old addresses of merged,
 * renamed or removed pages, and checks it like any content file, naming the file, line, field and
 * fix for every mistake.
 */
import { join, resolve } from 'node:path';
import { COLLECTIONS } from '../../schemas/common.ts';
import { redirectsFileSchema, type Redirect } from '../../schemas/redirects.ts';
import type { ContentProblem } from '../content/problems.ts';
import { readYamlFile, type LineOf } from '../content/yaml-file.ts';

/** Where the redirects live, relative to the content folder. */
export const REDIRECTS_FILE = 'redirects.yaml';

/** The redirects file read and checked. */
export interface LoadedRedirects {
	redirects: Redirect[];
	/** Where the file is (relative to the working directory), for messages. */
	file: string;
	problems: ContentProblem[];
}

/**
 * Reads and checks the redirects: YAML syntax, fields, an old address listed twice, an old
 * address that is still a page (`pages`: every catalog page's address; leave it out to skip the
 * checks that need it), a catalog address that no page has, and a redirect to an address that is
 * itself redirected. A missing file is no redirects. Anchors (`#pm`) are checked by the build's
 * link check, which follows the link on each forwarding page.
 */
export function loadRedirects(
	contentDir: string,
	pages?: ReadonlySet<string>,
	cwd = process.cwd(),
): LoadedRedirects {
	const { file, data, problems, lineOf } = readYamlFile(
		join(resolve(cwd, contentDir), REDIRECTS_FILE),
		redirectsFileSchema,
		{
			syntax: 'correct the YAML: a list under `redirects:`, each item a `from` and a `to`',
			unknownField: (path) =>
				path.length === 0
					? 'remove it: the file holds only `redirects`'
					: 'remove it: a redirect has only `from` and `to`',
			invalid: 'write it as the examples in the comment at the top of the file',
		},
		cwd,
	);
	if (!data) return { redirects: [], file, problems };
	const { redirects } = data;
	return { redirects, file, problems: checkRedirects(redirects, pages, file, lineOf) };
}

function checkRedirects(
	redirects: readonly Redirect[],
	pages: ReadonlySet<string> | undefined,
	file: string,
	lineOf: LineOf,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const problem = (path: (string | number)[], message: string, fix: string) =>
		problems.push({ file, line: lineOf(path), field: path.join('.'), message, fix });
	const targetOf = new Map<string, string>();
	redirects.forEach(({ from, to }, index) => {
		if (targetOf.has(from))
			problem(
				['redirects', index, 'from'],
				`${from} is already redirected, to ${targetOf.get(from) ?? ''}`,
				'keep one redirect per old address',
			);
		else targetOf.set(from, to);
	});
	// Catalog addresses only: other pages (the catalog, search, the glossary index) are routes the
	// content check does not know; the build's link check follows those.
	const isCatalogPath = (path: string) =>
		[...COLLECTIONS, 'quality-gates'].some((prefix) => path.startsWith(`/${prefix}/`));
	redirects.forEach(({ from, to }, index) => {
		const page = to.split('#')[0] ?? to;
		if (pages?.has(from))
			problem(
				['redirects', index, 'from'],
				`the page ${from} exists: this redirect would send its readers away from it`,
				'remove the redirect, or remove the page if it was merged into another',
			);
		const onward = targetOf.get(page);
		if (onward !== undefined)
			problem(
				['redirects', index, 'to'],
				`${page} is itself redirected, to ${onward}: readers would be sent on twice`,
				`point it at the final address, ${onward}`,
			);
		else if (pages && isCatalogPath(page) && !pages.has(page))
			problem(
				['redirects', index, 'to'],
				`no page has the address ${page}`,
				'use the address of a published page (open it in the site and copy its path)',
			);
	});
	return problems;
}
