import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { COLLECTION_FORMATS, formatOfFile } from '../../schemas/index.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/common.ts';
import { generateEntryId } from './entry-id.ts';

/** One file found under the content folder. */
export interface ContentFile {
	collection: CollectionName;
	/** Entry id, from the file name. */
	id: string;
	/** Path relative to the working directory, as shown in error messages. */
	path: string;
	absolutePath: string;
}

/** A content file read and parsed, with what is needed to point at a line. */
export interface ParsedContentFile extends ContentFile {
	/** The front matter (Markdown) or whole document (YAML), parsed without turning dates into objects. */
	data: unknown;
	/** The Markdown body, empty for YAML files. */
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyStartLine: number;
	/** The whole file as written. */
	text: string;
	/** The Markdown body parsed once, on first use, for every check that reads its structure. */
	markdownTree(): Root;
	/** The file's text at a 1-based line, for hints about how it was written. */
	sourceLine(line: number): string;
	/** Line of a data path (`['items', 3, 'id']`) in the file, or the data's first line. */
	lineOf(path: readonly PropertyKey[]): number;
	/** A YAML syntax error, with its line, when the data could not be parsed. */
	syntaxError?: { line: number; message: string };
	/** Values YAML cut short at a `#` glued to a word, which it reads as a comment. */
	hashtagComments: HashtagComment[];
}

/** A value cut short by ` #word`, which YAML reads as the start of a comment. */
export interface HashtagComment {
	/** The field the value belongs to. */
	field: string;
	line: number;
	/** What YAML kept. */
	value: string;
	/** What YAML dropped, without the `#`. */
	comment: string;
}

/** Lists every file under `<contentDir>/<collection>/`, including those the loader would skip. */
export function listContentFiles(contentDir: string, cwd = process.cwd()): ContentFile[] {
	const files: ContentFile[] = [];
	for (const collection of COLLECTIONS) {
		const folder = join(resolve(cwd, contentDir), collection);
		let names: string[];
		try {
			names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
		} catch {
			continue;
		}
		for (const name of names.sort()) {
			const absolutePath = join(folder, name);
			if (!isFile(absolutePath)) continue;
			files.push({
				collection,
				id: generateEntryId(name),
				path: relative(cwd, absolutePath) || absolutePath,
				absolutePath,
			});
		}
	}
	return files;
}

function isFile(path: string): boolean {
	return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** True when the loader reads this file: the collection's extension and no leading `_`. */
export function isLoadedFile(file: ContentFile): boolean {
	const baseName = file.path.split(/[\\/]/).pop() ?? '';
	const format = formatOfFile(baseName);
	return (
		!baseName.startsWith('_') &&
		format !== undefined &&
		COLLECTION_FORMATS[file.collection].includes(format)
	);
}

/**
 * Front matter as Astro's loader reads it: `---` on the first line, then everything up to the
 * next line that starts with `---`. A `---` at the end of a value (`title: A title ---`) is text.
 */
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Reads a content file: front matter and body for Markdown, the whole document for YAML. */
export function readContentFile(file: ContentFile): ParsedContentFile {
	const text = readFileSync(file.absolutePath, 'utf8');
	const lines = text.split(/\r?\n/);
	let tree: Root | undefined;
	const withSource = (parsed: ParsedContentFile): ParsedContentFile => ({
		...parsed,
		text,
		sourceLine: (line) => lines[line - 1] ?? '',
		markdownTree: () => (tree ??= fromMarkdown(parsed.body)),
	});
	if (formatOfFile(file.path) === 'yaml') {
		return withSource(parseData(file, text, 1, '', 1));
	}
	const match = FRONT_MATTER.exec(text);
	if (!match) return withSource(parseData(file, '', 1, text, 1));
	const bodyStartLine = countLines(match[0]) + 1;
	return withSource(parseData(file, match[1] ?? '', 2, text.slice(match[0].length), bodyStartLine));
}

/**
 * The Markdown body of a file as Astro's loader gives it (`entry.body`): the text after the front
 * matter, trimmed. For code that needs a body at build time, since the content store keeps none.
 */
export function readMarkdownBody(path: string): string {
	const text = readFileSync(path, 'utf8');
	const match = FRONT_MATTER.exec(text);
	return (match ? text.slice(match[0].length) : text).trim();
}

function countLines(text: string): number {
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function parseData(
	file: ContentFile,
	yamlText: string,
	firstLine: number,
	body: string,
	bodyStartLine: number,
): ParsedContentFile {
	const lineCounter = new LineCounter();
	// The core schema keeps `2026-02-30` a string, so impossible dates can be reported as written.
	const document: Document = parseDocument(yamlText, {
		lineCounter,
		schema: 'core',
		uniqueKeys: true,
	});
	const [error] = document.errors;
	const lineOf = (path: readonly PropertyKey[]): number => {
		for (let depth = path.length; depth > 0; depth--) {
			const node = document.getIn(path.slice(0, depth) as unknown[], true) as
				{ range?: [number, number, number] } | undefined;
			const pair =
				depth === path.length ? findKeyOffset(document, path.slice(0, depth)) : undefined;
			const offset = pair ?? node?.range?.[0];
			if (offset !== undefined) return lineCounter.linePos(offset).line + firstLine - 1;
		}
		return firstLine;
	};
	return {
		...file,
		hashtagComments: findHashtagComments(
			document,
			(offset) => lineCounter.linePos(offset).line + firstLine - 1,
		),
		data: error ? undefined : (document.toJS() as unknown),
		body,
		bodyStartLine,
		text: '',
		sourceLine: () => '',
		markdownTree: () => fromMarkdown(body),
		lineOf,
		...(error
			? {
					syntaxError: {
						line: lineCounter.linePos(error.pos[0]).line + firstLine - 1,
						message: error.message.split('\n')[0] ?? error.message,
					},
				}
			: {}),
	};
}

/** Offset of the key of a mapping entry, so an error about a field points at its name. */
function findKeyOffset(document: Document, path: readonly PropertyKey[]): number | undefined {
	const parentPath = path.slice(0, -1) as unknown[];
	const key = path[path.length - 1];
	const parent = (parentPath.length ? document.getIn(parentPath, true) : document.contents) as {
		items?: { key?: { value?: unknown; range?: [number, number, number] } }[];
	} | null;
	const pair = parent?.items?.find((item) => item.key?.value === key);
	return pair?.key?.range?.[0];
}

/**
 * Scalars followed on the same line by a comment that starts right after the `#` (`#OneTeam`):
 * almost always a hashtag the author meant as text, silently dropped by YAML.
 */
function findHashtagComments(
	document: Document,
	lineAt: (offset: number) => number,
): HashtagComment[] {
	const found: HashtagComment[] = [];
	visit(document, {
		Scalar(_key, node, path) {
			const comment = node.comment;
			if (!comment || /^\s/.test(comment) || !node.range) return;
			if (lineAt(node.range[1]) !== lineAt(node.range[2] - 1)) return;
			const pair = [...path].reverse().find(isPair);
			const key = pair && isScalar(pair.key) ? String(pair.key.value) : '(value)';
			found.push({ field: key, line: lineAt(node.range[0]), value: String(node.value), comment });
		},
	});
	return found;
}
