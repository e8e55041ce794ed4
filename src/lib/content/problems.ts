import { distance } from 'fastest-levenshtein';

/** One mistake in a content file, with everything an author needs to fix it. */
export interface ContentProblem {
	/** File path relative to the project root. */
	file: string;
	/** 1-based line in the file. */
	line: number;
	/** The field at fault (`items.3.id`), or `file` / `body` for whole-file problems. */
	field: string;
	/** What is wrong. */
	message: string;
	/** What to do about it. */
	fix: string;
}

/** The candidate closest to `value`, when it is close enough to be a likely typo. */
export function suggestClosest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const candidateDistance = distance(value.toLowerCase(), candidate.toLowerCase());
		if (candidateDistance < bestDistance) {
			best = candidate;
			bestDistance = candidateDistance;
		}
	}
	const tolerance = Math.max(1, Math.floor(value.length / 3));
	return bestDistance <= tolerance ? best : undefined;
}

/** Orders problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
	return [...problems].sort(
		(left, right) => left.file.localeCompare(right.file) || left.line - right.line,
	);
}

/** Formats problems as `file:line  field: message → fix`, with a count first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const sorted = sortProblems(problems);
	const noun = sorted.length === 1 ? 'problem' : 'problems';
	const lines = sorted.map(
		(problem) =>
			`  ${problem.file}:${problem.line}  ${problem.field}: ${problem.message}\n      fix: ${problem.fix}`,
	);
	return `Content check found ${sorted.length} ${noun}:\n${lines.join('\n')}`;
}

/** Formats warnings like problems, saying that they do not fail the build. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
	const noun = warnings.length === 1 ? 'warning' : 'warnings';
	return formatProblems(warnings).replace(
		/^Content check found \d+ problems?:/,
		`Content check found ${warnings.length} ${noun} (they do not fail the build):`,
	);
}
