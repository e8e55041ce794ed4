import type { CatalogEntry, CatalogGraph } from './graph.ts';

/** The open (unanswered) questions an entry names, in the order it names them. */
export function openQuestionsOf(graph: CatalogGraph, entry: CatalogEntry): CatalogEntry[] {
	return entry.questions.flatMap((id) => {
		const question = graph.get({ collection: 'questions', id });
		return question && !question.answered && question.status === 'published' ? [question] : [];
	});
}

/** The published entries that name a question in their `questions`: the pages relying on it. */
export function entriesNaming(graph: CatalogGraph, questionId: string): CatalogEntry[] {
	return graph.entries.filter(
		(entry) => entry.status === 'published' && entry.questions.includes(questionId),
	);
}

/** One question with the published entries that name it, for the open-questions overview. */
export interface QuestionUse {
	question: CatalogEntry;
	usedBy: CatalogEntry[];
}

/**
 * Every published question with the published entries naming it: open ones first, then
 * answered; within each, the most used first, then by title.
 */
export function listQuestionUses(graph: CatalogGraph): QuestionUse[] {
	return graph
		.entriesOf('questions')
		.filter((question) => question.status === 'published')
		.map((question) => ({
			question,
			usedBy: entriesNaming(graph, question.id),
		}))
		.sort(
			(left, right) =>
				Number(left.question.answered) - Number(right.question.answered) ||
				right.usedBy.length - left.usedBy.length ||
				left.question.title.localeCompare(right.question.title),
		);
}
