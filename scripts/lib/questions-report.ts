import { isLoadedFile, listContentFiles, readContentFile } from '../../src/lib/content/files.ts';

/** One open question and the published entries that name it. */
export interface QuestionCount {
	id: string;
	title: string;
	owner: string;
	answered: boolean;
	/** The entries naming it, as `<collection>/<id>`. */
	usedBy: string[];
}

/** Every question under `content/questions/` with its uses, the most used first. */
export function collectQuestions(contentDir: string, cwd = process.cwd()): QuestionCount[] {
	const files = listContentFiles(contentDir, cwd)
		.filter(isLoadedFile)
		.map((file) => ({ file, data: (readContentFile(file).data ?? {}) as Record<string, unknown> }))
		.filter(({ data }) => data['status'] !== 'draft');
	const usedBy = new Map<string, string[]>();
	for (const { file, data } of files) {
		const named = Array.isArray(data['questions']) ? (data['questions'] as unknown[]) : [];
		for (const id of named.map(String)) {
			usedBy.set(id, [...(usedBy.get(id) ?? []), `${file.collection}/${file.id}`]);
		}
	}
	return files
		.filter(({ file }) => file.collection === 'questions')
		.map(({ file, data }) => ({
			id: file.id,
			title: typeof data['title'] === 'string' ? data['title'] : file.id,
			owner: typeof data['owner'] === 'string' ? data['owner'] : '(no owner)',
			answered: typeof data['answer'] === 'string',
			usedBy: usedBy.get(file.id) ?? [],
		}))
		.sort(
			(left, right) =>
				Number(left.answered) - Number(right.answered) ||
				right.usedBy.length - left.usedBy.length ||
				left.id.localeCompare(right.id),
		);
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
