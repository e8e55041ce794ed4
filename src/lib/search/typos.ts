/**
 * "Did you mean": the site word nearest a word it does not use. Loaded only when a query has such
 * a word, so the edit-distance code costs nothing on other searches.
 */
import { distance } from 'fastest-levenshtein';
import { mayBeTypo } from './vocabulary.ts';

/**
 * The site word closest to `word` when `word` is not one of them and one is close enough to be
 * a typo: one edit for words of up to five letters, two for longer ones; of equally close words,
 * the one more pages use. Numbers are never fixed.
 */
export function suggestWord(
	word: string,
	words: Readonly<Record<string, number>>,
): string | undefined {
	if (!mayBeTypo(word, words)) return undefined;
	const tolerance = word.length <= 5 ? 1 : 2;
	let best: string | undefined;
	let bestDistance = tolerance + 1;
	let bestPages = 0;
	for (const [candidate, pages] of Object.entries(words)) {
		if (Math.abs(candidate.length - word.length) > tolerance) continue;
		const candidateDistance = distance(word, candidate);
		if (candidateDistance > tolerance) continue;
		if (
			candidateDistance < bestDistance ||
			(candidateDistance === bestDistance && pages > bestPages)
		) {
			best = candidate;
			bestDistance = candidateDistance;
			bestPages = pages;
		}
	}
	return best;
}
