import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isLoadedFile, listContentFiles, readContentFile } from '../../../src/lib/content/files.ts';
import { COLLECTION_INFO } from '../../../src/schemas/collections.ts';
import { readSiteEntries } from '../../support/site-content.ts';

/**
 * Contradictions with ../shared/source/delivery-framework.md that were once in the catalog, each
 * pinned so it cannot come back unnoticed. The framework is the source of truth: where it is
 * silent, a page says so in a "To be confirmed by the content owner" aside instead of asserting.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const files = listContentFiles('content', ROOT)
	.filter(isLoadedFile)
	.map((file) => ({ path: file.path, text: readContentFile(file).text }));
const entries = readSiteEntries();
const entry = (collection: string, id: string) =>
	entries.find((candidate) => candidate.collection === collection && candidate.id === id);
/** The open questions an entry names in `questions`. */
const questionsOf = (collection: string, id: string) =>
	((entry(collection, id)?.data['questions'] as string[] | undefined) ?? []).map(String);
const saying = (pattern: RegExp) =>
	files.filter((file) => pattern.test(file.text)).map((file) => file.path);

describe('the catalog agrees with the framework', () => {
	test('every engagement targets all four customer business outcomes, never "one or two"', () => {
		expect(
			saying(/(cbo|outcome)s?[\s\S]{0,60}\bone or two\b|\bone or two\b[\s\S]{0,60}(cbo|outcome)/i),
		).toEqual([]);
		expect(saying(/more than two (dilutes|outcomes)|two or three outcomes/i)).toEqual([]);
		expect(saying(/one of the four (customer business outcomes|cbos) (an engagement|it) (can )?targets?/i)).toEqual(
			[],
		);
	});

	test('only the OQR and the DQI are quality gates; CSAT, acceptance and the PESA are not', () => {
		const kinds = Object.fromEntries(
			entries.flatMap((process) => {
				const gate = process.data['qualityGate'] as { id: string; kind: string } | undefined;
				return process.collection === 'processes' && gate ? [[gate.id, gate.kind]] : [];
			}),
		);
		expect(kinds).toEqual({
			oqr: 'quality-gate',
			dqi: 'quality-gate',
			csat: 'success-measure',
			'deliverable-acceptance': 'success-measure',
			pesa: 'security-checkpoint',
		});
	});

	test('no page names an owner of back-to-green or an escalation order the framework does not give', () => {
		const phase = entry('phases', 'manage-and-inspect');
		const rows = (phase?.data['raci'] ?? []) as { activity: string; accountable?: string }[];
		const backToGreen = rows.find((row) => /back-to-green/i.test(row.activity));
		expect(backToGreen).toBeDefined();
		expect(backToGreen?.accountable).toBeUndefined();
		expect(saying(/approves back-to-green|next manager \(senior pm or area lead\)/i)).toEqual([]);
		expect(saying(/makes the staffing decision|decides who staffs/i)).toEqual([]);
	});

	test('"adoption" is never read as adoption of the framework, which the framework does not say', () => {
		expect(saying(/adoption of the framework|framework adoption/i)).toEqual([]);
	});

	test('EM is not expanded as settled fact: only its glossary term and its open question spell it out', () => {
		expect(saying(/engagement managers?\b/i).sort()).toEqual([
			'content/glossary/em.yaml',
			'content/questions/em-role-name.yaml',
		]);
		expect(questionsOf('glossary', 'em')).toContain('em-role-name');
		expect(questionsOf('roles', 'engagement-manager')).toContain('em-role-name');
		expect(entry('roles', 'engagement-manager')?.data['title']).not.toMatch(/Engagement Manager/);
	});

	test('the processes are the catalog’s own, not "the GDF processes" the framework never lists', () => {
		expect(saying(/\b(the )?(GDF|Global Delivery Framework( \(GDF\))?) processes\b/)).toEqual([]);
		expect(COLLECTION_INFO.processes.description).not.toMatch(/Global Delivery Framework processes/);
	});

	test('nothing the framework leaves open is stated as fact: CSAT timing and Customer Obsession', () => {
		expect(saying(/once final acceptance is in place/i)).toEqual([]);
		expect(saying(/working backwards?/i)).toEqual([]);
		expect(questionsOf('glossary', 'customer-obsession')).toContain('customer-obsession');
	});

	test('what the framework leaves open is written once, as a question, not repeated on each page', () => {
		// A template shows the point where its user fills it in, as a placeholder beside the question.
		const placeholder = /\{\{To be confirmed by the content owner\b[^{}\n]*\}\}/gi;
		expect(
			files
				.filter((file) => /to be confirmed by the content owner/i.test(file.text.replace(placeholder, '')))
				.map((file) => file.path),
		).toEqual([]);
		// The Panorama and WW-standards notes were one paragraph copied into 10 and 8 files.
		expect(saying(/does\s+not\s+give\s+their\s+text/i)).toEqual(['content/questions/ww-standards-text.yaml']);
		const standards = entries.filter((candidate) => candidate.collection === 'standards');
		for (const standard of standards) {
			expect(questionsOf('standards', standard.id), standard.id).toContain('ww-standards-text');
		}
		expect(
			entries.filter((candidate) => questionsOf(candidate.collection, candidate.id).includes('panorama-reporting'))
				.length,
		).toBeGreaterThanOrEqual(10);
		// Every question is relied on somewhere: an unused one is a note nobody reads.
		const named = new Set(entries.flatMap((candidate) => questionsOf(candidate.collection, candidate.id)));
		const questions = entries.filter((candidate) => candidate.collection === 'questions');
		expect(questions.length).toBeGreaterThanOrEqual(25);
		expect(questions.filter((question) => !named.has(question.id)).map((question) => question.id)).toEqual([]);
	});

	test('no page opens by restating the framework: the first paragraph says what the page is for', () => {
		const firstParagraph = (body: string) =>
			body
				.split(/\n\s*\n/)
				.map((block) => block.trim())
				.find((block) => block !== '' && !block.startsWith('#')) ?? '';
		const restating = entries
			.filter((candidate) =>
				/[Tt]he framework (says|lists|names|describes|defines|requires|asks)/.test(
					firstParagraph(candidate.body),
				),
			)
			.map((candidate) => `${candidate.collection}/${candidate.id}`);
		expect(restating).toEqual([]);
	});

	test('every process has a playbook, a runbook, a consideration and an FAQ page', () => {
		const processes = entries.filter((process) => process.collection === 'processes');
		const missing = processes.flatMap((process) =>
			(['playbooks', 'runbooks', 'considerations', 'faqs'] as const)
				.filter(
					(type) =>
						!entries.some(
							(guidance) =>
								guidance.collection === type &&
								guidance.data['process'] === process.id &&
								guidance.data['status'] !== 'deprecated',
						),
				)
				.map((type) => `${process.id}: ${type}`),
		);
		expect(processes.length).toBe(15);
		expect(missing).toEqual([]);
	});
});
