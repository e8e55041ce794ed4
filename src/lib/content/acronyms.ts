/** An acronym found in text, with the 1-based line it first appears on. */
export interface FoundAcronym {
	acronym: string;
	line: number;
}

// Two or more capitals, digits allowed after the first letter (S2D, D2S, CSAT); not inside words.
const ACRONYM = /(?<![\p{L}\p{N}_-])[A-Z][A-Z0-9]*[A-Z0-9](?![\p{L}\p{N}_])/gu;
const CODE_BLOCK = /^(```|~~~)[\s\S]*?^\1/gm;
const INLINE_CODE = /`[^`\n]*`/g;
const LINK_TARGET = /\]\([^)]*\)/g;
const URL = /https?:\/\/\S+/g;

/** Blanks out code, link targets and URLs, keeping line breaks so line numbers stay true. */
function stripNonProse(text: string): string {
	const blank = (match: string) => match.replace(/[^\n]/g, ' ');
	return text
		.replace(CODE_BLOCK, blank)
		.replace(INLINE_CODE, blank)
		.replace(LINK_TARGET, blank)
		.replace(URL, blank);
}

/**
 * Every distinct acronym in Markdown prose (code, link targets and URLs skipped), each with the
 * line where it first appears. Single capitals (a RACI "R", the pronoun "I") are not acronyms.
 */
export function findAcronyms(text: string): FoundAcronym[] {
	const found = new Map<string, number>();
	stripNonProse(text)
		.split('\n')
		.forEach((line, index) => {
			for (const match of line.matchAll(ACRONYM)) {
				if (!found.has(match[0])) found.set(match[0], index + 1);
			}
		});
	return [...found].map(([acronym, line]) => ({ acronym, line }));
}
