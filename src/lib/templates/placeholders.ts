/**
 * Placeholders in template text: `{{Customer name}}` marks what the person filling the template in
 * writes. Pure code, shared by the content check, the file generators and the page preview.
 */

/** A piece of template text: plain words, or a placeholder's name. */
export interface TextPiece {
	text: string;
	placeholder: boolean;
}

/** Letters, digits, spaces and `/ - ' ’ ( ) : , . … ? &`: enough for a label, nothing Markdown reads. */
const PLACEHOLDER_NAME = /^[\p{L}\p{N} /\-'’():,.…?&]+$/u;
const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g;

/** A placeholder written wrong, with where it starts in the text. */
export interface PlaceholderProblem {
	/** Offset in the text where the faulty `{{` or `}}` starts. */
	offset: number;
	message: string;
	fix: string;
}

/** Splits text into plain pieces and placeholders (well-formed ones; see `findPlaceholderProblems`). */
export function splitPlaceholders(text: string): TextPiece[] {
	const pieces: TextPiece[] = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER)) {
		const name = (match[1] ?? '').trim();
		if (!PLACEHOLDER_NAME.test(name)) continue;
		if (match.index > last)
			pieces.push({ text: text.slice(last, match.index), placeholder: false });
		pieces.push({ text: name, placeholder: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) pieces.push({ text: text.slice(last), placeholder: false });
	return pieces;
}

/** The names of every well-formed placeholder in the text, in order. */
export function listPlaceholders(text: string): string[] {
	return splitPlaceholders(text)
		.filter((piece) => piece.placeholder)
		.map((piece) => piece.text);
}

/** Unclosed or stray braces, and placeholders whose names hold characters a label should not. */
export function findPlaceholderProblems(text: string): PlaceholderProblem[] {
	const problems: PlaceholderProblem[] = [];
	let rest = text;
	for (const match of text.matchAll(PLACEHOLDER)) {
		const name = (match[1] ?? '').trim();
		if (!PLACEHOLDER_NAME.test(name)) {
			problems.push({
				offset: match.index,
				message: name
					? `placeholder "${match[0]}" holds characters a placeholder may not`
					: 'empty placeholder "{{}}"',
				fix: "name what the user writes with letters, digits, spaces and / - ' ( ) : , . … ? &, e.g. {{Customer name}}",
			});
		}
		rest =
			rest.slice(0, match.index) +
			' '.repeat(match[0].length) +
			rest.slice(match.index + match[0].length);
	}
	const open = rest.indexOf('{{');
	if (open >= 0) {
		problems.push({
			offset: open,
			message: `placeholder left unclosed: "${rest.slice(open, open + 30).split('\n')[0] ?? ''}"`,
			fix: 'close it with "}}" on the same line, e.g. {{Customer name}}',
		});
	}
	const close = rest.indexOf('}}');
	if (close >= 0 && (open < 0 || close < open)) {
		problems.push({
			offset: close,
			message: '"}}" closes no placeholder',
			fix: 'open the placeholder with "{{" on the same line, or remove the "}}"',
		});
	}
	return problems;
}
