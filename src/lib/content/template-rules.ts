/**
 * Content rules for templates and for the guidance that asks for them: a template's body and
 * placeholders must build into its files, its kind must match its file, and a runbook that names
 * a template-like artifact should link the template (a warning, since prose may name one in passing).
 */
import { formatOfFile } from '../../schemas/collections.ts';
import { TEMPLATE_KIND_FORMAT } from '../../schemas/templates.ts';
import { parseDocumentTemplate } from '../templates/document.ts';
import { findPlaceholderProblems } from '../templates/placeholders.ts';
import type { ParsedContentFile } from './files.ts';
import type { ContentProblem } from './problems.ts';
import { fieldOf, stringsIn } from './rules.ts';

/**
 * A template file: its kind matches its format (a document is Markdown, a register YAML), its
 * placeholders are closed and named plainly, and a document's body holds only what Word gets.
 */
export function checkTemplateFile(file: ParsedContentFile): ContentProblem[] {
	if (file.collection !== 'templates') return [];
	const problems: ContentProblem[] = [];
	const kind = fieldOf(file.data, 'kind');
	const format = formatOfFile(file.path);
	if ((kind === 'document' || kind === 'register') && format !== TEMPLATE_KIND_FORMAT[kind]) {
		problems.push({
			file: file.path,
			line: file.lineOf(['kind']),
			field: 'kind',
			message: `a ${kind} template is written as .${TEMPLATE_KIND_FORMAT[kind]}, and this file is .${format ?? '?'}`,
			fix:
				kind === 'document'
					? `write it as content/templates/${file.id}.md: front matter, then the document in Markdown`
					: `write it as content/templates/${file.id}.yaml with "columns:" and "instructions:"`,
		});
	}
	for (const [text, path] of stringsIn(file.data)) {
		for (const problem of findPlaceholderProblems(text)) {
			problems.push({
				file: file.path,
				line: file.lineOf(path),
				field: path.join('.'),
				message: problem.message,
				fix: problem.fix,
			});
		}
	}
	if (format === 'md') {
		for (const problem of parseDocumentTemplate(file.body).problems) {
			problems.push({
				file: file.path,
				line: file.bodyStartLine + problem.line - 1,
				field: 'body',
				message: problem.message,
				fix: problem.fix,
			});
		}
	}
	return problems;
}

/** Words that name an artifact a template could supply. */
const ARTIFACT = /\b(?:templates?|trackers?|logs?|forms?)\b/i;
/** How the catalog used to refer to templates it did not have. */
const ORGANISATION_TEMPLATE = /\bthe organisation's\b[^.\n]{0,80}\btemplate\b/i;

/**
 * A warning, not an error: a runbook whose text names a template-like artifact ("template",
 * "tracker", "log", "form") but lists no `templates` (prose may name one in passing).
 */
export function warnAboutTemplateMentions(file: ParsedContentFile): ContentProblem[] {
	const warnings: ContentProblem[] = [];
	const lines = file.body.split(/\r?\n/);
	const lineOfBody = (pattern: RegExp) => {
		const index = lines.findIndex((line) => pattern.test(line));
		return index < 0 ? undefined : file.bodyStartLine + index;
	};
	const templates = fieldOf(file.data, 'templates');
	if (
		file.collection === 'runbooks' &&
		!(Array.isArray(templates) && templates.length > 0) &&
		lineOfBody(ARTIFACT) !== undefined
	) {
		const line = lineOfBody(ARTIFACT) ?? file.bodyStartLine;
		const word = ARTIFACT.exec(lines[line - file.bodyStartLine] ?? '')?.[0] ?? 'template';
		warnings.push({
			file: file.path,
			line,
			field: 'templates',
			message: `the runbook mentions a "${word}" and links no template`,
			fix: 'add "templates: [<id>]" naming the template under content/templates/ and link it where the text names it ([RAID log](/templates/raid-log/)), or write one',
		});
	}
	return warnings;
}

/**
 * "The organisation's … template" sent readers to a template the catalog did not have; now that
 * it has templates, such a phrase names one it should link instead.
 */
export function checkOrganisationTemplate(file: ParsedContentFile): ContentProblem[] {
	if (file.collection === 'templates') return [];
	return file.body.split(/\r?\n/).flatMap((line, index) => {
		const found = ORGANISATION_TEMPLATE.exec(line);
		if (!found) return [];
		return [
			{
				file: file.path,
				line: file.bodyStartLine + index,
				field: 'body',
				message: `"${found[0]}" points at a template the catalog does not offer`,
				fix: 'link the catalog\'s template instead, e.g. [weekly status report](/templates/weekly-status-report/), and name it in "templates:"',
			},
		];
	});
}
