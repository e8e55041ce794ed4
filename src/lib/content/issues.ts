import { z } from 'astro/zod';
import { plainReference, type CollectionName } from '../../schemas/common.ts';
import { readAuthoredMessage, type AuthoredMessage } from '../../schemas/authored-messages.ts';
import { SCHEMAS } from '../../schemas/index.ts';
import { suggestClosest, type ContentProblem } from './problems.ts';
import type { ParsedContentFile } from './files.ts';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];


/** Fields that were renamed, with how to write the new one. */
const RENAMED_FIELDS: Readonly<Record<string, { to: string; fix: string }>> = {
	changeNote: {
		to: 'changes',
		fix: 'move the note into "changes", a list of { date, type, note }, e.g. "- { date: 2026-12-02, type: minor, note: Added the DQI window }"',
	},
};

/** Turns one schema issue into problems that name the file, line, field and fix. */
export function describeIssue(issue: Issue, file: ParsedContentFile): ContentProblem[] {
	const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
	if (issue.code === 'unrecognized_keys') {
		const allowed = allowedKeysAt(file.collection, path);
		return issue.keys.map((key) => {
			const renamed = RENAMED_FIELDS[key];
			if (renamed && allowed.includes(renamed.to)) {
				return {
					file: file.path,
					line: file.lineOf([...path, key]),
					field: [...path, key].join('.'),
					message: `"${key}" is no longer a field: it became "${renamed.to}"`,
					fix: renamed.fix,
				};
			}
			const suggestion = suggestClosest(key, allowed);
			return {
				file: file.path,
				line: file.lineOf([...path, key]),
				field: [...path, key].join('.'),
				message: `unknown field "${key}"`,
				fix: suggestion
					? `did you mean "${suggestion}"? Otherwise remove it`
					: `remove it; the fields allowed here are: ${allowed.join(', ')}`,
			};
		});
	}
	const field = path.length ? path.join('.') : '(front matter)';
	const value = valueAt(file.data, path);
	const authored = authoredParts(issue);
	const line = file.lineOf(path);
	const comment = hiddenByComment(file.sourceLine(line), value);
	return [
		{
			file: file.path,
			line,
			field,
			message: authored?.what ?? describeMessage(issue, value),
			fix: comment ?? authored?.fix ?? describeFix(issue, path, value),
		},
	];
}

/**
 * In YAML, " #" starts a comment, so `does: Joins #OneTeam calls` reads as "Joins". When a
 * value is cut short that way, say so: it is the likeliest cause and hard to see.
 */
function hiddenByComment(sourceLine: string, value: unknown): string | undefined {
	if (typeof value !== 'string' && value !== null) return undefined;
	if (
		!/(^|\s)#/.test(
			sourceLine
				.replace(/^\s*-?\s*[\w-]+:\s*/, ' ')
				.trimEnd()
				.slice(1),
		)
	)
		return undefined;
	return 'YAML reads everything after " #" as a comment: put the value in quotes, e.g. "Joins #OneTeam calls"';
}

/**
 * The what and fix a schema wrote for the issue; zod's own messages have none and get generated
 * ones. A wrong type or value is always described here, by what was found instead.
 */
function authoredParts(issue: Issue): AuthoredMessage | undefined {
	if (issue.code === 'invalid_type' || issue.code === 'invalid_value') return undefined;
	return readAuthoredMessage(issue);
}

function describeMessage(issue: Issue, value: unknown): string {
	switch (issue.code) {
		case 'invalid_type':
			return value === undefined
				? 'required field is missing'
				: `expected ${article(issue.expected)}, found ${describeValue(value)}`;
		case 'invalid_value':
			return `${describeValue(value)} is not one of the allowed values (${issue.values.map((allowed) => JSON.stringify(allowed)).join(', ')})`;
		case 'too_small':
			if (issue.origin === 'string')
				return `too short: ${describeValue(value)} has fewer than ${String(issue.minimum)} characters`;
			if (issue.origin === 'array')
				return `too few items: at least ${String(issue.minimum)} needed`;
			return `too small: ${String(value)} is below the minimum of ${String(issue.minimum)}`;
		case 'too_big':
			if (issue.origin === 'string')
				return `too long: more than ${String(issue.maximum)} characters`;
			if (issue.origin === 'array')
				return `too many items: at most ${String(issue.maximum)} allowed`;
			return `too big: ${String(value)} is above the maximum of ${String(issue.maximum)}`;
		default:
			return issue.message;
	}
}

function describeFix(issue: Issue, path: Path, value: unknown): string {
	const name = String(path[path.length - 1] ?? 'the field');
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return `add "${name}:" with ${article(issue.expected)} value`;
			if (issue.expected === 'array')
				return `write a list, e.g. ${name}: [${typeof value === 'string' ? value : 'a, b'}]`;
			return `give "${name}" ${article(issue.expected)} value`;
		case 'invalid_value': {
			const suggestion =
				typeof value === 'string'
					? suggestClosest(
							value,
							issue.values.map((allowed) => String(allowed)),
						)
					: undefined;
			return suggestion
				? `did you mean "${suggestion}"?`
				: `use one of: ${issue.values.join(', ')}`;
		}
		case 'too_small':
			return issue.origin === 'array'
				? `add at least ${String(issue.minimum)} item(s)`
				: `make it at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}`;
		case 'too_big':
			return issue.origin === 'array'
				? `keep it to ${String(issue.maximum)} items at most`
				: `make it at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters long' : ''}`;
		default:
			return `correct "${name}" as the message says`;
	}
}

function article(expected: string): string {
	const noun =
		expected === 'array' ? 'list' : expected === 'object' ? 'mapping (key: value lines)' : expected;
	return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string')
		return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (value === undefined) return 'nothing';
	return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: Path): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

/** The field names the schema allows at `path` (an object inside the entry). */
function allowedKeysAt(collection: CollectionName, path: Path): string[] {
	let schema: z.core.$ZodType | undefined = SCHEMAS[collection](plainReference);
	for (const key of path) {
		schema = unwrap(schema);
		if (schema instanceof z.ZodArray) schema = schema.element;
		else if (schema instanceof z.ZodObject)
			schema = (schema.shape as Record<string, z.core.$ZodType>)[String(key)];
		else return [];
	}
	schema = unwrap(schema);
	return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
	let current = schema;
	while (
		current instanceof z.ZodDefault ||
		current instanceof z.ZodOptional ||
		current instanceof z.ZodPipe
	) {
		current = current instanceof z.ZodPipe ? current.in : current.unwrap();
	}
	return current;
}
