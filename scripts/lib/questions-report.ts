import { isLoadedFile, listContentFiles, readContentFile } from '../../src/lib/content/files.ts';
import { buildCatalogGraph, toCatalogEntry } from '../../src/lib/catalog/graph.ts';
import { listQuestionUses } from '../../src/lib/catalog/questions.ts';
import { plainReference } from '../../src/schemas/common.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';

/** One open question and the published entries that name it. */
export interface QuestionCount {
	id: string;
	title: string;
	owner: string;
	answered: boolean;
	/** The entries naming it, as `<collection>/<id>`. */
	usedBy: string[];
}

/**
 * Every published question under `content/questions/` with the published entries naming it, as the
 * site's open-questions page counts them (open first, the most used first). Files that fail their
 * schema are left out: `npm run check:content` reports them.
 */
export function collectQuestions(contentDir: string, cwd = process.cwd()): QuestionCount[] {
	const entries = listContentFiles(contentDir, cwd)
		.filter(isLoadedFile)
		.flatMap((file) => {
			const parsed = SCHEMAS[file.collection](plainReference).safeParse(
				readContentFile(file).data ?? {},
			);
			return parsed.success ? [toCatalogEntry(file.collection, file.id, parsed.data)] : [];
		});
	return listQuestionUses(buildCatalogGraph(entries)).map(({ question, usedBy }) => ({
		id: question.id,
		title: question.title,
		owner: question.owner ?? '(no owner)',
		answered: question.answered,
		usedBy: usedBy.map((entry) => `${entry.collection}/${entry.id}`),
	}));
}

/** Open questions by owner, each with its number of uses, then the totals. */
export function formatQuestionsTable(questions: readonly QuestionCount[]): string {
	const open = questions.filter((question) => !question.answered);
	const answered = questions.length - open.length;
	const pages = new Set(open.flatMap((question) => question.usedBy)).size;
	const owners = [...new Set(open.map((question) => question.owner))].sort();
	const lines = ['Open questions for the content owners, by owner (uses = pages naming it):'];
	for (const owner of owners) {
		lines.push('', `${owner}:`);
		for (const question of open.filter((candidate) => candidate.owner === owner)) {
			lines.push(
				`  ${String(question.usedBy.length).padStart(3)} ${question.usedBy.length === 1 ? 'use ' : 'uses'}  ${question.id}: ${question.title}`,
			);
		}
	}
	lines.push(
		'',
		`Total: ${String(open.length)} open, ${String(answered)} answered; the open ones are named by ${String(pages)} ${pages === 1 ? 'page' : 'pages'}.`,
	);
	return lines.join('\n');
}

/** The same as JSON, for other tools. */
export function formatQuestionsJson(
	questions: readonly QuestionCount[],
	generated: string,
): string {
	const open = questions.filter((question) => !question.answered);
	return JSON.stringify(
		{
			generated,
			counts: {
				open: open.length,
				answered: questions.length - open.length,
				pagesNamingOpen: new Set(open.flatMap((question) => question.usedBy)).size,
			},
			questions,
		},
		null,
		2,
	);
}
