import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	checkContent,
	inspectContent,
	openBodyCheckCache,
} from '../../../../src/lib/content/check.ts';
import { formatProblems, formatWarnings } from '../../../../src/lib/content/problems.ts';
import { makeContentTree, type ContentTree } from '../../../support/content-tree.ts';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

/** Checks the valid fixture with one case laid over it; paths come back relative to the tree. */
function check(caseName?: string) {
	tree = caseName ? makeContentTree(caseName) : makeContentTree();
	return checkContent(tree.dir, tree.dir);
}

describe('checkContent', () => {
	test('passes the valid fixture tree', () => {
		expect(check()).toEqual([]);
	});

	test.each([
		{
			name: 'missing-field',
			problem: {
				file: 'playbooks/run-the-customer-kickoff.md',
				line: 2,
				field: 'summary',
				message: 'required field is missing',
				fix: 'add "summary:" with a string value',
			},
		},
		{
			name: 'unknown-field',
			problem: {
				file: 'processes/customer-kickoff.md',
				line: 7,
				field: 'tag',
				message: 'unknown field "tag"',
				fix: 'did you mean "tags"? Otherwise remove it',
			},
		},
		{
			name: 'bad-status',
			problem: {
				file: 'runbooks/publish-the-status-report.md',
				line: 9,
				field: 'status',
				message:
					'the text "publish" is not one of the allowed values ("draft", "published", "deprecated")',
				fix: 'did you mean "published"?',
			},
		},
		{
			name: 'missing-reference',
			problem: {
				file: 'considerations/kickoff-timing.md',
				line: 6,
				field: 'roles.0',
				message: '"engagement-manger" is not an entry of roles',
				fix: 'did you mean "engagement-manager"?',
			},
		},
		{
			name: 'duplicate-id',
			problem: {
				file: 'playbooks/run-the-customer-kickoff.md',
				line: 1,
				field: 'id',
				message:
					'duplicate id "run-the-customer-kickoff": playbooks/archive/run-the-customer-kickoff.md has the same file name, and only one of them would be published',
				fix: 'rename one of the two files (ids come from file names, whatever the folder)',
			},
		},
		{
			name: 'duplicate-item-id',
			problem: {
				file: 'checklists/launch-phase.yaml',
				line: 16,
				field: 'items.1.id',
				message: 'duplicate item id "kickoff-held" (already used by item 0)',
				fix: 'give each item its own id, and never reuse an old one',
			},
		},
		{
			name: 'duplicate-gate-id',
			problem: {
				file: 'processes/kickoff-readiness-review.md',
				line: 13,
				field: 'qualityGate.id',
				message: 'quality gate "kickoff-gate" is already declared by processes/customer-kickoff.md',
				fix: 'give this gate its own id, or remove the qualityGate block from one of the two processes',
			},
		},
		{
			name: 'impossible-date',
			problem: {
				file: 'faqs/kickoff-faq.md',
				line: 8,
				field: 'lastReviewed',
				message: 'not a real calendar date',
				fix: 'write a date that exists, as YYYY-MM-DD, e.g. 2026-11-30',
			},
		},
		{
			name: 'review-without-change',
			problem: {
				file: 'playbooks/run-the-customer-kickoff.md',
				line: 10,
				field: 'lastReviewed',
				message:
					"lastReviewed (2026-11-20) is later than the newest change (2026-10-01), so the review is not in the page's history",
				fix: 'add a change for the review to "changes", e.g. "- { date: 2026-11-20, type: minor, note: Reviewed; no changes }" (type major if readers should know)',
			},
		},
		{
			name: 'renamed-change-note',
			problem: {
				file: 'considerations/kickoff-timing.md',
				line: 9,
				field: 'changeNote',
				message: '"changeNote" is no longer a field: it became "changes"',
				fix: 'move the note into "changes", a list of { date, type, note }, e.g. "- { date: 2026-12-02, type: minor, note: Added the DQI window }"',
			},
		},
		{
			name: 'colon-in-link',
			problem: {
				file: 'considerations/kickoff-timing.md',
				line: 9,
				field: 'related.0',
				message: '"playbooks: run-the-customer-kickoff" is not an entry link',
				fix: 'write <type>/<id>, e.g. "playbooks/customer-kickoff", where <type> is one of phases, processes, playbooks, runbooks, considerations, faqs, checklists, roles, outcomes, templates, standards, glossary, questions',
			},
		},
		{
			name: 'wrong-type',
			problem: {
				file: 'standards/one-team-engagement.md',
				line: 4,
				field: 'phases',
				message: 'expected a list, found the text "launch"',
				fix: 'write a list, e.g. phases: [launch]',
			},
		},
		{
			name: 'missing-section',
			problem: {
				file: 'runbooks/publish-the-status-report.md',
				line: 14,
				field: 'body',
				message:
					'missing section "## Verification" (every runbook needs: Trigger, Prerequisites, Steps, Verification, Escalation)',
				fix: 'add a "## Verification" heading with its content',
			},
		},
		{
			name: 'wrong-file-type',
			problem: {
				file: 'playbooks/kickoff-notes.mdx',
				line: 1,
				field: 'file',
				message: 'content/playbooks/ holds only .md files; this file would be ignored',
				fix: 'rename it to kickoff-notes.md (or start its name with "_" to keep it as an unpublished partial)',
			},
		},
		{
			name: 'yaml-syntax',
			problem: {
				file: 'glossary/em.yaml',
				line: 3,
				field: 'front matter',
				message: expect.stringMatching(/^YAML syntax error: /) as string,
				fix: 'correct the YAML (check indentation, colons and quotes around text containing ": ")',
			},
		},
	])('reports $name with file, line, field and fix', ({ name, problem }) => {
		expect(check(name)).toEqual([problem]);
	});

	test('checks the play facts of a playbook: durations, people and difficulty, each at its line', () => {
		const file = 'playbooks/run-the-customer-kickoff.md';
		expect(check('play-facts-mistakes')).toEqual([
			{
				file,
				line: 14,
				field: 'play.running',
				message: '"2 hours" is not a duration',
				fix: 'write whole numbers with a unit: m (minutes), h (hours), d (working days) or w (weeks), e.g. 30m, 2h, 1h30m or 3d',
			},
			{
				file,
				line: 15,
				field: 'play.people',
				message: 'the range 15-6 runs backwards',
				fix: 'write the smaller number first: 6-15',
			},
			{
				file,
				line: 16,
				field: 'play.difficulty',
				message:
					'the text "tricky" is not one of the allowed values ("easy", "medium", "hard")',
				fix: 'use one of: easy, medium, hard',
			},
		]);
	});

	test('checks the search vocabulary: pages, repeated terms and queries, merged glossary terms', () => {
		const file = 'search/vocabulary.yaml';
		expect(check('vocabulary-mistakes')).toEqual([
			{
				file,
				line: 4,
				field: 'synonyms.0.entries.0',
				message: 'no page has the address /playbooks/run-the-kickof/',
				fix: 'use the address of a published page (open it in the site and copy its path)',
			},
			{
				file,
				line: 6,
				field: 'synonyms.1.terms.1',
				message: '"kick off" is already a term of group "kickoff"',
				fix: 'keep each term in one group: merge the two groups or remove it from one',
			},
			{
				file,
				line: 8,
				field: 'synonyms.2.terms.1',
				message:
					'"faq" is the glossary term /glossary/faq/, and "em" is /glossary/em/: the group would make two defined terms mean the same',
				fix: 'keep terms of one glossary entry per group: move one of the two to its own group',
			},
			{
				file,
				line: 12,
				field: 'bestBets.1.queries.0',
				message: 'the query "kick  off" already has a best bet (bestBets.0)',
				fix: 'a query can have one best bet: remove it from one of the two',
			},
		]);
	});

	test('names the line of a YAML mistake in the search vocabulary', () => {
		expect(check('vocabulary-syntax')).toEqual([
			expect.objectContaining({
				file: 'search/vocabulary.yaml',
				line: 4,
				field: 'file',
				message: expect.stringMatching(/^YAML syntax error: /) as string,
			}),
		]);
	});

	test('names the field and the fix of a mistyped vocabulary entry', () => {
		expect(check('vocabulary-fields')).toEqual([
			{
				file: 'search/vocabulary.yaml',
				line: 3,
				field: 'synonyms.0.terms.1',
				message:
					'not a search term: write it in lower case letters, digits and spaces, e.g. "risk register"',
				fix: 'write it as the comment at the top of the file shows: lower-case words for terms, "/<type>/<id>/" for pages',
			},
			{
				file: 'search/vocabulary.yaml',
				line: 4,
				field: 'synonyms.0.entry',
				message: 'unknown field "entry"',
				fix: 'remove it; the fields allowed here are: id, terms, entries',
			},
		]);
	});

	test('checks the redirects: an old address twice, one that is still a page, a missing page, a chain', () => {
		const file = 'redirects.yaml';
		expect(check('redirects-mistakes')).toEqual([
			{
				file,
				line: 4,
				field: 'redirects.1.from',
				message: '/playbooks/run-the-kickoff/ is already redirected, to /playbooks/run-the-customer-kickoff/',
				fix: 'keep one redirect per old address',
			},
			{
				file,
				line: 6,
				field: 'redirects.2.from',
				message:
					'the page /roles/engagement-manager/ exists: this redirect would send its readers away from it',
				fix: 'remove the redirect, or remove the page if it was merged into another',
			},
			{
				file,
				line: 9,
				field: 'redirects.3.to',
				message: 'no page has the address /roles/engagement-manger/',
				fix: 'use the address of a published page (open it in the site and copy its path)',
			},
			{
				file,
				line: 11,
				field: 'redirects.4.to',
				message:
					'/playbooks/run-the-kickoff/ is itself redirected, to /playbooks/run-the-customer-kickoff/: readers would be sent on twice',
				fix: 'point it at the final address, /playbooks/run-the-customer-kickoff/',
			},
		]);
	});

	test('names the field and the fix of a mistyped redirect', () => {
		expect(check('redirects-fields')).toEqual([
			{
				file: 'redirects.yaml',
				line: 2,
				field: 'redirects.0.from',
				message:
					'not a page address: write the old page’s path with both slashes, e.g. "/roles/pm/"',
				fix: 'write it as the examples in the comment at the top of the file',
			},
			{
				file: 'redirects.yaml',
				line: 5,
				field: 'redirects.1.to',
				message:
					'not a page address: write the new page’s path with both slashes and, for a section, its #anchor, e.g. "/roles/proserve-sales/#pm"',
				fix: 'write it as the examples in the comment at the top of the file',
			},
			{
				file: 'redirects.yaml',
				line: 6,
				field: 'redirects.1.because',
				message: 'unknown field "because"',
				fix: 'remove it: a redirect has only `from` and `to`',
			},
		]);
	});

	test('names the line of a YAML mistake in the redirects', () => {
		expect(check('redirects-syntax')).toEqual([
			expect.objectContaining({
				file: 'redirects.yaml',
				line: 5,
				field: 'file',
				message: expect.stringMatching(/^YAML syntax error: /) as string,
			}),
		]);
	});

	test('a file name that is not kebab-case gets the lower-case kebab-case name as its fix', () => {
		tree = makeContentTree();
		const playbook = readFileSync(join(tree.dir, 'playbooks/run-the-customer-kickoff.md'), 'utf8');
		rmSync(join(tree.dir, 'playbooks/run-the-customer-kickoff.md'));
		writeFileSync(join(tree.dir, 'playbooks/RunThe_Customer Kickoff.md'), playbook);
		expect(checkContent(tree.dir, tree.dir)).toContainEqual(
			expect.objectContaining({
				field: 'file',
				fix: 'rename it to run-the-customer-kickoff.md',
			}),
		);
	});

	test('reports a value YAML cut short at a #hashtag, even when what is left still validates', () => {
		expect(check('hashtag-in-value')).toEqual([
			{
				file: 'considerations/kickoff-timing.md',
				line: 3,
				field: 'summary',
				message:
					'the value stops at "Why the kickoff date matters to the whole": YAML reads " #OneTeam," and everything after it as a comment',
				fix: 'put the whole value in quotes: summary: "Why the kickoff date matters to the whole #OneTeam, and what to weigh when setting it."',
			},
		]);
	});

	test('explains a too-short value by the #hashtag that cut it', () => {
		expect(check('comment-in-value')).toContainEqual({
			file: 'roles/engagement-manager.md',
			line: 8,
			field: 'duties.0.does',
			message: 'too short: the text "Runs" has fewer than 10 characters',
			fix: 'YAML reads everything after " #" as a comment: put the value in quotes, e.g. "Joins #OneTeam calls"',
		});
	});

	test('refuses raw HTML and script URLs in a body, at their lines', () => {
		expect(check('unsafe-html')).toEqual([
			{
				file: 'considerations/kickoff-timing.md',
				line: 17,
				field: 'body',
				message: 'raw HTML <img> is not allowed in content',
				fix: 'write it in Markdown instead; allowed HTML: abbr, kbd, sub, sup, br, mark, small, details, summary, dl, dt, dd, a, span',
			},
			{
				file: 'considerations/kickoff-timing.md',
				line: 19,
				field: 'body',
				message: 'script URL "javascript:alert(1)" in a link',
				fix: 'link to a page: /<type>/<id>/ or an https:// address',
			},
		]);
	});

	test('reports an acronym the glossary does not explain, at the line it is used', () => {
		expect(check('unknown-acronym')).toEqual([
			{
				file: 'considerations/kickoff-timing.md',
				line: 17,
				field: 'body',
				message: 'acronym "QBR" is not in the glossary',
				fix: 'add content/glossary/qbr.yaml (term: QBR), or spell it out',
			},
		]);
	});

	test('reports a published entry that links to a draft', () => {
		expect(check('draft-link')).toContainEqual({
			file: 'playbooks/run-the-customer-kickoff.md',
			line: 5,
			field: 'process',
			message: 'links to processes/customer-kickoff, which is a draft and will not be published',
			fix: 'publish processes/customer-kickoff first, or remove the link',
		});
	});

	test('reports guidance that no published process page or phase guide lists', () => {
		const orphans = check('orphan').filter((problem) => problem.message.includes('cannot reach'));
		expect(orphans.map((problem) => problem.file).sort()).toEqual([
			'checklists/launch-phase.yaml',
			'considerations/kickoff-timing.md',
			'faqs/kickoff-faq.md',
			'playbooks/run-the-customer-kickoff.md',
			'runbooks/publish-the-status-report.md',
		]);
		expect(orphans[0]).toMatchObject({
			field: 'process',
			message:
				'no published process page or phase guide lists this entry, so readers cannot reach it',
			fix: 'name a published process and phase, or mark this entry as a draft',
		});
	});

	test('reports a published process that no published runbook names, with the fix', () => {
		expect(check('process-without-runbook')).toEqual([
			{
				file: 'processes/kickoff-preparation.md',
				line: 1,
				field: 'runbooks',
				message:
					'no published runbook names this process, and the framework says each process has playbooks, runbooks, practice considerations and FAQs',
				fix: 'add a runbook with "process: kickoff-preparation" under content/runbooks/ (npm run new -- runbooks "<title>"), or mark this process as a draft until it has one',
			},
		]);
	});

	test('counts only published guidance for a process, and leaves draft processes alone', () => {
		tree = makeContentTree();
		const runbook = join(tree.dir, 'runbooks/publish-the-status-report.md');
		const consideration = join(tree.dir, 'considerations/kickoff-timing.md');
		const draft = (file: string) =>
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\nstatus: draft\n'));
		const ofProcesses = () =>
			checkContent(tree?.dir ?? '', tree?.dir)
				.filter((problem) => problem.file.startsWith('processes/'))
				.map((problem) => `${problem.file}:${problem.field}`);
		draft(runbook);
		draft(consideration);
		expect(ofProcesses()).toEqual([
			'processes/customer-kickoff.md:runbooks',
			'processes/customer-kickoff.md:considerations',
		]);
		draft(join(tree.dir, 'processes/customer-kickoff.md'));
		expect(ofProcesses()).toEqual([]);
	});

	test('refuses a "to be confirmed" note written out on a page, and takes one that links its open question', () => {
		expect(check('to-be-confirmed-note')).toEqual([
			{
				file: 'considerations/kickoff-timing.md',
				line: 19,
				field: 'body',
				message: 'a "to be confirmed" note is written out here instead of naming an open question',
				fix: 'name the open point in "questions:" (an id under content/questions/, or a new question there with what the framework says and the working assumption) and delete this text: the page then shows one line linking to it',
			},
		]);
	});

	test('lists the pages that still name a question once it is answered', () => {
		expect(check('answered-question')).toEqual([
			{
				file: 'glossary/em.yaml',
				line: 11,
				field: 'questions.0',
				message: 'questions/em-role-name is answered, and this page still names it',
				fix: 'bring the page in line with the answer in content/questions/em-role-name.yaml, then remove "em-role-name" from questions',
			},
		]);
	});

	test('reports an FAQ page without a question heading', () => {
		expect(check('faq-without-questions')).toEqual([
			{
				file: 'faqs/kickoff-faq.md',
				line: 14,
				field: 'body',
				message: 'an FAQ page needs at least one question',
				fix: 'write each question as a "## Question?" heading followed by its answer',
			},
		]);
	});

	test('reports every problem of a tree at once, not only the first', () => {
		tree = makeContentTree('missing-field', 'bad-status', 'impossible-date', 'missing-reference');
		const problems = checkContent(tree.dir, tree.dir);
		expect(problems.map((problem) => `${problem.file}:${problem.field}`).sort()).toEqual([
			'considerations/kickoff-timing.md:roles.0',
			'faqs/kickoff-faq.md:lastReviewed',
			'playbooks/run-the-customer-kickoff.md:summary',
			'runbooks/publish-the-status-report.md:status',
		]);
		expect(formatProblems(problems)).toMatch(/^Content check found 4 problems:\n/);
	});

	test('skips files whose name starts with an underscore', () => {
		tree = makeContentTree('wrong-file-type');
		const { renameSync } = process.getBuiltinModule('node:fs');
		renameSync(
			`${tree.dir}/playbooks/kickoff-notes.mdx`,
			`${tree.dir}/playbooks/_kickoff-notes.mdx`,
		);
		expect(checkContent(tree.dir, tree.dir)).toEqual([]);
	});

	test('parses again, with a body cache, only the bodies changed since the last check, and reports as without it', () => {
		tree = makeContentTree('missing-section');
		const cacheFile = join(tree.dir, '.cache/content-check.json');
		const checkWithCache = () => {
			const bodyCache = openBodyCheckCache(cacheFile);
			const problems = checkContent(tree?.dir ?? '', tree?.dir, { bodyCache });
			bodyCache.save();
			return { problems, parsed: bodyCache.misses, reused: bodyCache.hits };
		};
		const uncached = checkContent(tree.dir, tree.dir);
		expect(uncached.map((problem) => problem.field)).toEqual(['body']);

		const first = checkWithCache();
		expect(first.problems).toEqual(uncached);
		expect(first.reused).toBe(0);
		const files = first.parsed;
		expect(files).toBeGreaterThan(10);

		const second = checkWithCache();
		expect(second).toEqual({ problems: uncached, parsed: 0, reused: files });

		// The author adds the missing section: that file alone is parsed again, and its problem goes.
		const runbook = join(tree.dir, 'runbooks/publish-the-status-report.md');
		writeFileSync(runbook, `${readFileSync(runbook, 'utf8')}\n## Verification\n\nThe report is sent.\n`);
		expect(checkWithCache()).toEqual({ problems: [], parsed: 1, reused: files - 1 });
	});
});

describe('checkContent on templates', () => {
	/** Checks the valid tree with the templates case and then `caseName` laid over it. */
	const inspect = (...cases: string[]) => {
		tree = makeContentTree(...cases);
		return inspectContent(tree.dir, tree.dir);
	};

	test('passes a document and a register template, and a runbook that links one', () => {
		expect(inspect('templates-valid')).toEqual({ problems: [], warnings: [] });
	});

	test('refuses a reference to a missing template, with the line of the field', () => {
		expect(inspect('template-missing').problems).toEqual([
			{
				file: 'runbooks/publish-the-status-report.md',
				line: 8,
				field: 'templates.0',
				message: '"status-reprt" is not an entry of templates',
				fix: 'use the id of an existing file in content/templates/, or create that entry',
			},
		]);
	});

	test('refuses a published runbook that asks for a draft template', () => {
		expect(inspect('templates-valid', 'template-draft').problems).toEqual([
			{
				file: 'runbooks/publish-the-status-report.md',
				line: 8,
				field: 'templates.0',
				message: 'links to templates/status-report, which is a draft and will not be published',
				fix: 'publish templates/status-report first, or remove the link',
			},
		]);
	});

	test('names file, line, field and fix of each mistake a template author makes', () => {
		expect(inspect('templates-valid', 'template-mistakes').problems).toEqual([
			{
				file: 'templates/action-log.yaml',
				line: 18,
				field: 'columns.0.allowed',
				message: '"allowed" only applies to choice columns, and this one is text',
				fix: 'make the column "type: choice" if it holds one of a fixed list, or remove "allowed"',
			},
			{
				file: 'templates/action-log.yaml',
				line: 21,
				field: 'columns.1.type',
				message: expect.stringContaining('"deadline" is not one of the allowed values') as string,
				fix: 'use one of: text, longtext, date, number, choice, person, link',
			},
			{
				file: 'templates/status-report.md',
				line: 19,
				field: 'body',
				message: 'placeholder left unclosed: "{{Two sentences on where the e"',
				fix: 'close it with "}}" on the same line, e.g. {{Customer name}}',
			},
			{
				file: 'templates/status-report.md',
				line: 23,
				field: 'body',
				message: 'table row has 3 cells and the header has 2',
				fix: 'give every row 2 cells (an empty cell is "|  |"), or change the header',
			},
		]);
	});

	test('refuses a register written as Markdown', () => {
		tree = makeContentTree('templates-valid');
		const path = join(tree.dir, 'templates/status-report.md');
		writeFileSync(path, readFileSync(path, 'utf8').replace('kind: document', 'kind: register'));
		expect(checkContent(tree.dir, tree.dir)).toContainEqual(
			expect.objectContaining({
				file: 'templates/status-report.md',
				field: 'kind',
				message: 'a register template is written as .yaml, and this file is .md',
			}),
		);
	});

	test('warns, without failing, about a runbook that mentions a template and links none', () => {
		const { problems, warnings } = inspect();
		expect(problems).toEqual([]);
		expect(warnings).toEqual([
			{
				file: 'runbooks/publish-the-status-report.md',
				line: 21,
				field: 'templates',
				message: 'the runbook mentions a "template" and links no template',
				fix: expect.stringContaining('add "templates: [<id>]"') as string,
			},
		]);
		expect(formatWarnings(warnings)).toMatch(
			/^Content check found 1 warning \(they do not fail the build\):\n/,
		);
	});

	test('refuses "the organisation\'s … template", which names a template the catalog now offers', () => {
		tree = makeContentTree('templates-valid');
		const path = join(tree.dir, 'runbooks/publish-the-status-report.md');
		writeFileSync(path, readFileSync(path, 'utf8').replace('Every Friday.', "Use the organisation's status report template."));
		expect(checkContent(tree.dir, tree.dir)).toEqual([
			{
				file: 'runbooks/publish-the-status-report.md',
				line: 18,
				field: 'body',
				message: '"the organisation\'s status report template" points at a template the catalog does not offer',
				fix: 'link the catalog\'s template instead, e.g. [weekly status report](/templates/weekly-status-report/), and name it in "templates:"',
			},
		]);
	});

	test('takes a "to be confirmed" placeholder in a template that names its question', () => {
		tree = makeContentTree('templates-valid');
		const path = join(tree.dir, 'templates/status-report.md');
		const text = readFileSync(path, 'utf8').replace('{{Why}}', '{{To be confirmed by the content owner: the criteria}}');
		writeFileSync(path, text);
		expect(checkContent(tree.dir, tree.dir)).toContainEqual(
			expect.objectContaining({ file: 'templates/status-report.md', field: 'body' }),
		);
		writeFileSync(path, text.replace('kind: document', 'questions: [em-role-name]\nkind: document'));
		expect(checkContent(tree.dir, tree.dir)).toEqual([]);
	});
});

describe('inspectContent: framework traceability', () => {
	/** The warnings of the valid tree with `caseName` laid over it, but the template one. */
	const traceabilityWarnings = (caseName: string, change?: (dir: string) => void) => {
		tree = makeContentTree(caseName);
		change?.(tree.dir);
		const { problems, warnings } = inspectContent(tree.dir, tree.dir);
		return { problems, warnings: warnings.filter((warning) => warning.field !== 'templates') };
	};

	test('passes the valid tree: every required item has guidance, and every guidance entry an item', () => {
		expect(traceabilityWarnings('valid').warnings).toEqual([]);
	});

	test('warns, without failing, about each gap at the file and field to change', () => {
		const { problems, warnings } = traceabilityWarnings('traceability-gaps');
		expect(problems).toEqual([]);
		expect(warnings).toEqual([
			{
				file: 'checklists/launch-phase.yaml',
				line: 15,
				field: 'items.0.guidance',
				message: 'required item "kickoff-held" has no guidance',
				fix: 'add the entries that explain how to meet it, e.g. "guidance: [playbooks/<id>]", or make it optional with "required: false" (/authoring/traceability/#unguided)',
			},
			{
				file: 'checklists/launch-phase.yaml',
				line: 18,
				field: 'items.1.role',
				message:
					'customer-sponsor is responsible for this item, and owns none of the 2 entries it links as guidance (owned by engagement-manager)',
				fix: 'make customer-sponsor the owner of the guidance it answers for ("owner: customer-sponsor"), or make a role that owns that guidance responsible for the items (/authoring/traceability/#roles)',
			},
			{
				file: 'faqs/kickoff-faq.md',
				line: 1,
				field: 'file',
				message: 'no checklist item links this entry as guidance',
				fix: 'add "faqs/kickoff-faq" to the guidance of the items it helps meet, in content/checklists/, or keep it for readers who find it by its process and phase (/authoring/traceability/#unlinked)',
			},
		]);
	});

	test('past ten of a kind, the tenth warning counts the rest and points to the report', () => {
		const { warnings } = traceabilityWarnings('traceability-gaps', (dir) => {
			const path = join(dir, 'checklists/launch-phase.yaml');
			const extra = Array.from(
				{ length: 10 },
				(_, index) =>
					`  - { id: step-${String(index)}, text: Step ${String(index)} is done., role: engagement-manager, due: ongoing }\n`,
			).join('');
			writeFileSync(path, readFileSync(path, 'utf8').replace('changes:\n', `${extra}changes:\n`));
		});
		const unguided = warnings.filter((warning) => warning.field.endsWith('.guidance'));
		expect(unguided.map((warning) => warning.field)).toEqual([
			'items.0.guidance',
			...Array.from({ length: 9 }, (_, index) => `items.${String(index + 3)}.guidance`),
		]);
		expect(unguided.at(-1)?.message).toBe(
			'required item "step-8" has no guidance; and 1 more required item with no guidance: /authoring/traceability/#unguided lists them all',
		);
	});

	test('says nothing of traceability while a checklist fails its schema', () => {
		const { problems, warnings } = traceabilityWarnings('traceability-gaps', (dir) => {
			const path = join(dir, 'checklists/launch-phase.yaml');
			writeFileSync(path, readFileSync(path, 'utf8').replace('due: first-two-weeks', 'due: soon'));
		});
		expect(problems.map((problem) => problem.field)).toEqual(['items.2.due']);
		expect(warnings).toEqual([]);
	});
});
