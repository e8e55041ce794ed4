/**
 * `npm run new -- <type> "<title>" [--dir <content dir>]`: writes a draft entry of that type to
 * `<content dir>/<type>/<id>.md` (`.yaml` for checklists and glossary) that passes the content
 * check, with a line in each section saying what to write. Exits 1, with one line, when it cannot.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, type CollectionName } from '../src/schemas/common.ts';
import { resolveContentDir } from '../src/lib/content/dir.ts';
import { isLoadedFile, listContentFiles, readContentFile } from '../src/lib/content/files.ts';
import { suggestClosest } from '../src/lib/content/problems.ts';
import { chooseTemplateLinks, generateEntryTemplate, toEntryId } from './lib/entry-templates.ts';
import { toUtcCalendarDate } from '../src/schemas/calendar-date.ts';

const USAGE = `usage: npm run new -- <type> "<title>" [--dir <content dir>], where <type> is one of ${COLLECTIONS.join(', ')}`;

/** A path as the author can use it: relative to here when inside the project, else absolute. */
function showPath(path: string): string {
	const shown = relative(process.cwd(), path);
	return shown.startsWith('..') || isAbsolute(shown) ? resolve(path) : shown;
}

function refuse(message: string): never {
	console.error(message);
	process.exit(1);
}

let parsed: { values: { dir?: string | undefined }; positionals: string[] };
try {
	parsed = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' } } });
} catch (error) {
	refuse(`${(error as Error).message}. ${USAGE}`);
}
const [type = '', ...titleWords] = parsed.positionals;
const title = titleWords.join(' ').trim();
const contentDir = parsed.values.dir ?? resolveContentDir();

if (type === '') refuse(`No type given. ${USAGE}`);
if (!(COLLECTIONS as readonly string[]).includes(type)) {
	const suggestion = suggestClosest(type, COLLECTIONS);
	refuse(`Unknown type "${type}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. ${USAGE}`);
}
const collection = type as CollectionName;
if (title === '') refuse(`No title given. ${USAGE}`);
const id = toEntryId(title);
if (id === '') refuse(`The title "${title}" has no letters or digits to make an id from.`);
if (!existsSync(contentDir)) {
	refuse(`No content folder at ${contentDir}: pass --dir <content dir>.`);
}

const files = listContentFiles(contentDir);
const clash = files.find((file) => file.collection === collection && file.id === id);
if (clash) {
	refuse(
		`${showPath(clash.absolutePath)} already has the id "${id}" in ${collection}: choose another title.`,
	);
}
const linkable = new Set<CollectionName>(['phases', 'processes', 'roles']);
const existing = files
	.filter((file) => linkable.has(file.collection) && isLoadedFile(file))
	.map((file) => ({ collection: file.collection, id: file.id, data: readContentFile(file).data }));

let template: ReturnType<typeof generateEntryTemplate>;
try {
	template = generateEntryTemplate({
		collection,
		title,
		today: toUtcCalendarDate(new Date()),
		links: chooseTemplateLinks(existing),
	});
} catch (error) {
	refuse(`Cannot write the entry: ${(error as Error).message}.`);
}
const folder = join(contentDir, collection);
mkdirSync(folder, { recursive: true });
const path = join(folder, template.fileName);
writeFileSync(path, template.text, { flag: 'wx' });

const isDefaultDir = parsed.values.dir === undefined;
const checkCommand = isDefaultDir
	? 'npm run check:content'
	: `npm run check:content -- ${contentDir}`;
const devCommand = isDefaultDir ? 'npm run dev' : `PDP_CONTENT_DIR=${contentDir} npm run dev`;
console.log(`Wrote ${showPath(path)}, a draft in ${collection}.

Next steps:
  1. Edit it: write the summary, check the links in the front matter, and replace every
     "Replace with…" line. Mark anything you cannot vouch for with
     :::caution[To be confirmed by the content owner] … :::
     Move it into a sub-folder if you like: its id and URL come from the file name alone.
  2. ${checkCommand}    checks it the way the build does
  3. ${devCommand}    preview at http://localhost:4321/${collection}/${id}/ (drafts show only there)
  4. Set "status: published" when it is ready, then run npm test before opening a pull request.`);
