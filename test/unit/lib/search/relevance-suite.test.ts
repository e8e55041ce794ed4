import { describe, expect, test } from 'vitest';
import { readRelevanceSuite, scoreRelevance } from '../../../search/relevance.ts';
import { readSiteEntries } from '../../../support/site-content.ts';
import { analyseQuery } from '../../../../src/lib/search/query-terms.ts';

const suite = readRelevanceSuite();
const entries = readSiteEntries();
const byPath = new Map(entries.map((entry) => [`/${entry.collection}/${entry.id}/`, entry]));
const gates = entries.flatMap((entry) => {
	const gate = entry.data['qualityGate'] as { id?: string } | undefined;
	return gate?.id ? [[`/quality-gates/${gate.id}/`, entry] as const] : [];
});
for (const [path, entry] of gates) byPath.set(path, entry);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The phases and processes an answer belongs to. */
function placesOf(path: string): { phases: string[]; processes: string[] } {
	const entry = byPath.get(path);
	if (!entry) return { phases: [], processes: [] };
	const phases = entry.collection === 'phases' ? [entry.id] : ids(entry.data['phases']);
	const process = entry.collection === 'processes' ? entry.id : entry.data['process'];
	return { phases, processes: typeof process === 'string' ? [process] : [] };
}

describe('the relevance suite (test/search/relevance.yaml)', () => {
	test('holds at least 60 distinct questions, each answered by pages that exist', () => {
		expect(suite.length).toBeGreaterThanOrEqual(60);
		expect(new Set(suite.map((item) => item.query)).size).toBe(suite.length);
		for (const item of suite) {
			expect(item.answers.length, item.query).toBeGreaterThan(0);
			for (const answer of item.answers)
				expect(byPath.has(answer), `${item.query} → ${answer}`).toBe(true);
		}
	});

	test('is written as readers ask, not copied from titles', () => {
		for (const item of suite) {
			const titles = item.answers.map((answer) => {
				const title = byPath.get(answer)?.data['title'];
				return typeof title === 'string' ? title : '';
			});
			expect(
				titles.map((title) => title.toLowerCase()),
				item.query,
			).not.toContain(item.query);
		}
	});

	test('covers every phase and every process', () => {
		const phases = new Set<string>();
		const processes = new Set<string>();
		for (const item of suite)
			for (const answer of item.answers) {
				const places = placesOf(answer);
				places.phases.forEach((phase) => phases.add(phase));
				places.processes.forEach((process) => processes.add(process));
			}
		const all = (collection: string) =>
			entries
				.filter((entry) => entry.collection === collection)
				.map((entry) => entry.id)
				.sort();
		expect([...phases].sort()).toEqual(all('phases'));
		expect([...processes].sort()).toEqual(all('processes'));
	});

	test('asks for every user group, with typos, synonyms and acronyms among the questions', () => {
		const count = (key: 'user' | 'kind', value: string) =>
			suite.filter((item) => item[key] === value).length;
		for (const user of ['practitioner', 'new-hire', 'manager'])
			expect(count('user', user), user).toBeGreaterThanOrEqual(12);
		expect(count('kind', 'typo')).toBeGreaterThanOrEqual(8);
		expect(count('kind', 'synonym')).toBeGreaterThanOrEqual(10);
		expect(count('kind', 'acronym')).toBeGreaterThanOrEqual(6);
		expect(count('kind', 'question')).toBeGreaterThanOrEqual(30);
	});

	test('every question has a word that carries meaning', () => {
		for (const item of suite)
			expect(analyseQuery(item.query).terms.length, item.query).toBeGreaterThan(0);
	});
});

describe('scoreRelevance', () => {
	const cases = [
		{ query: 'a', answers: ['/x/'], user: 'manager', kind: 'question' },
		{ query: 'b', answers: ['/y/', '/z/'], user: 'manager', kind: 'question' },
		{ query: 'c', answers: ['/w/'], user: 'manager', kind: 'question' },
	] as const;

	test('scores hit@1, hit@5, MRR and empty results', () => {
		const score = scoreRelevance(
			cases.map((item) => ({ ...item, answers: [...item.answers] })),
			new Map([
				['a', ['/x/']],
				['b', ['/q/', '/z/']],
				['c', []],
			]),
		);
		expect(score.hitAt1).toBeCloseTo(1 / 3);
		expect(score.hitAt5).toBeCloseTo(2 / 3);
		expect(score.meanReciprocalRank).toBeCloseTo((1 + 1 / 2) / 3);
		expect(score.empty).toEqual(['c']);
	});

	test('an answer below the fifth result is a miss', () => {
		const score = scoreRelevance(
			[{ query: 'a', answers: ['/x/'], user: 'manager', kind: 'question' }],
			new Map([['a', ['/1/', '/2/', '/3/', '/4/', '/5/', '/x/']]]),
		);
		expect(score.hitAt5).toBe(0);
		expect(score.meanReciprocalRank).toBe(0);
	});
});
