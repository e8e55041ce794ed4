import { createElement } from '../shared/element.client.ts';
import type { Answer, ResultRow } from '../../lib/search/results.ts';
import type { SearchResponse } from './search-engine.client.ts';

/** The parts of a search panel that show an answer. */
export interface ResultSlots {
	status: HTMLElement;
	notice: HTMLElement;
	answer: HTMLElement;
	list: HTMLElement;
}

/** `/search/?q=…`: where a suggested query is run with filters. */
export const searchPageUrl = (query: string): string =>
	`/search/?${new URLSearchParams({ q: query }).toString()}`;

/** A sentence of text and emphasised words: `Showing results for *sprint*, *long*`. */
function sentence(parts: readonly (string | { em: string } | { link: string; href: string })[]) {
	const paragraph = createElement('p', '');
	for (const part of parts) {
		if (typeof part === 'string') paragraph.append(part);
		else if ('em' in part) paragraph.append(createElement('em', '', part.em));
		else {
			const link = createElement('a', '', part.link);
			link.href = part.href;
			paragraph.append(link);
		}
	}
	return paragraph;
}

/** What the layer did to the query, in words, so the reader is never puzzled by the results. */
function explain(response: SearchResponse): HTMLElement[] {
	const { outcome } = response;
	const notes: HTMLElement[] = [];
	if (outcome.corrections.length > 0) {
		const corrected = outcome.analysed.terms
			.map((term) => outcome.corrections.find((fix) => fix.from === term)?.to ?? term)
			.join(' ');
		notes.push(
			sentence([
				'Did you mean ',
				{ link: corrected, href: searchPageUrl(corrected) },
				'? Results for it are included.',
			]),
		);
	}
	const synonym = outcome.synonyms[0];
	if (synonym)
		notes.push(
			sentence(['Including results for ', { em: synonym.canonical }, ` (“${synonym.matched}”).`]),
		);
	// With a synonym found, its note says enough about why the results differ from the words typed.
	if (outcome.relaxedTo && !synonym) {
		const words = outcome.relaxedTo.flatMap((word, index) => [
			...(index > 0 ? [', '] : []),
			{ em: word },
		]);
		notes.push(sentence(['No page has all of your words. Showing results for ', ...words, '.']));
	}
	return notes;
}

function answerBox(answer: Answer): HTMLElement[] {
	const label = createElement(
		'p',
		'pdp-answer__source',
		answer.kind === 'faq' ? `Answer from ${answer.source}` : 'Glossary',
	);
	const title = createElement('a', 'pdp-answer__title', answer.title);
	title.href = answer.url;
	const text = createElement('p', 'pdp-answer__text', answer.text);
	return [label, title, text];
}

function row(result: ResultRow): HTMLLIElement {
	const item = createElement(
		'li',
		result.kind === 'page' ? 'pdp-entry-card' : 'pdp-entry-card pdp-entry-card--section',
	);
	const title = result.kind === 'page' ? result.page.title : result.title;
	const link = createElement('a', 'pdp-entry-card__title', title);
	link.href = result.kind === 'page' ? result.page.url : result.url;
	const meta = createElement('p', 'pdp-entry-card__meta');
	if (result.kind === 'page') {
		if (result.page.type) meta.append(createElement('span', 'pdp-badge', result.page.type));
		if (result.page.phase) meta.append(createElement('span', '', result.page.phase));
		if (result.yourRole)
			meta.append(createElement('span', 'pdp-badge pdp-badge--role', 'Your role'));
	} else {
		meta.append(createElement('span', '', `In ${result.page.title}`));
	}
	const excerpt = createElement('p', 'pdp-entry-card__summary');
	// The index's excerpt is text it escaped itself, with <mark> around matched words.
	excerpt.innerHTML = result.kind === 'page' ? result.page.excerpt : result.excerpt;
	item.append(link, meta, excerpt);
	return item;
}

/** Shows a search response: what was done to the query, the answer first, then the results. */
export function renderResponse(slots: ResultSlots, response: SearchResponse, shown: number): void {
	const notes = explain(response);
	slots.notice.replaceChildren(...notes);
	slots.notice.hidden = notes.length === 0;
	slots.answer.replaceChildren(...(response.answer ? answerBox(response.answer) : []));
	slots.answer.hidden = !response.answer;
	slots.list.replaceChildren(...response.rows.map(row));
	const count = response.total;
	const { analysed } = response.outcome;
	slots.status.textContent =
		analysed.text && analysed.terms.length === 0 && analysed.phrases.length === 0
			? 'Your search has only common words; add a word about what you are looking for.'
			: count === 0
				? 'No results.'
				: `${count} ${count === 1 ? 'result' : 'results'}${count > shown ? `, showing the best ${shown}` : ''}`;
}

/** Clears the panel, with a status line. */
export function clearResponse(slots: ResultSlots, status: string): void {
	slots.notice.replaceChildren();
	slots.notice.hidden = true;
	slots.answer.replaceChildren();
	slots.answer.hidden = true;
	slots.list.replaceChildren();
	slots.status.textContent = status;
}
