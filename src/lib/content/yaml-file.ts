/**
 * Build-time only (reads files): a YAML file of the content folder that is not an entry (the
 * search vocabulary, the redirects), read and checked against its schema, with every problem
 * naming the file, line, field and fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';

/** The 1-based line of a path in the file (its nearest ancestor's, when the path is missing). */
export type LineOf = (path: readonly (string | number)[]) => number;

/** What to tell an author, for mistakes only the file's own format can explain. */
export interface YamlFileFixes {
	/** The fix for a YAML syntax error. */
	syntax: string;
	/** The fix for an unknown field `key` in the object at `path`. */
	unknownField: (path: readonly (string | number)[], key: string) => string;
	/** The fix for any other schema mistake. */
	invalid: string;
}

/** The file read: its data when it passed its schema; a missing file has no data and no problems. */
export interface YamlFile<T> {
	/** Where the file is (relative to the working directory), for messages. */
	file: string;
	data: T | undefined;
	problems: ContentProblem[];
	lineOf: LineOf;
}

export function readYamlFile<S extends z.ZodType>(
	absolutePath: string,
	schema: S,
	fixes: YamlFileFixes,
	cwd = process.cwd(),
): YamlFile<z.output<S>> {
	const file = relative(cwd, absolutePath) || absolutePath;
	if (!existsSync(absolutePath)) return { file, data: undefined, problems: [], lineOf: () => 1 };
	const lineCounter = new LineCounter();
	const document = parseDocument(readFileSync(absolutePath, 'utf8'), { lineCounter });
	const lineOf: LineOf = (path) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = document.getIn(path.slice(0, depth), true) as
				{ range?: [number, number, number] } | undefined;
			if (node?.range) return lineCounter.linePos(node.range[0]).line;
		}
		return 1;
	};
	const [syntaxError] = document.errors;
	if (syntaxError) {
		const problem: ContentProblem = {
			file,
			line: lineCounter.linePos(syntaxError.pos[0]).line,
			field: 'file',
			message: `YAML syntax error: ${syntaxError.message.split('\n')[0] ?? ''}`,
			fix: fixes.syntax,
		};
		return { file, data: undefined, problems: [problem], lineOf };
	}
	const parsed = schema.safeParse(document.toJS() ?? {});
	if (parsed.success) return { file, data: parsed.data, problems: [], lineOf };
	const problems = parsed.error.issues.flatMap((issue): ContentProblem[] => {
		const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
		if (issue.code === 'unrecognized_keys')
			return issue.keys.map((key) => ({
				file,
				line: lineOf([...path, key]),
				field: [...path, key].join('.'),
				message: `unknown field "${key}"`,
				fix: fixes.unknownField(path, key),
			}));
		return [
			{
				file,
				line: lineOf(path),
				field: path.join('.') || '(file)',
				message: issue.message,
				fix: fixes.invalid,
			},
		];
	});
	return { file, data: undefined, problems, lineOf };
}
