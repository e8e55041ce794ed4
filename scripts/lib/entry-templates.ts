import { Document, isScalar, visit } from 'yaml';
import { CHECKLIST_KINDS, DUE_POINTS } from '../../src/schemas/checklists.ts';
import { KEBAB_CASE, type CollectionName } from '../../src/schemas/common.ts';
import { COLLECTION_FORMATS } from '../../src/schemas/index.ts';
import { PLAYBOOK_SECTIONS } from '../../src/schemas/playbooks.ts';
import { PERSONAS } from '../../src/schemas/roles.ts';
import { RUNBOOK_SECTIONS } from '../../src/schemas/runbooks.ts';
import { GUIDANCE_COLLECTIONS } from '../../src/lib/catalog/graph.ts';
import { toSlug } from '../../src/lib/slug.ts';

/** An entry already in the content folder, with its raw front matter or YAML data. */
export interface ExistingEntry {
	collection: CollectionName;
	id: string;
	data: unknown;
}

/** The collections a new entry links to, so that its placeholders pass the content check. */
type LinkedCollection = 'phases' | 'processes' | 'roles';

/** Ids of existing entries a new entry links to, and the `order` a new phase takes. */
export interface TemplateLinks extends Partial<Record<LinkedCollection, string>> {
	nextPhaseOrder: number;
}

/** What a new entry needs: its type, title, the day it is written and what it links to. */
export interface EntryTemplateInput {
	collection: CollectionName;
	title: string;
	/** Today as YYYY-MM-DD, written as `lastReviewed`. */
	today: string;
	links: TemplateLinks;
}

/** A generated entry: its id, file name under `content/<collection>/` and text. */
export interface EntryTemplate {
	id: string;
	fileName: string;
	text: string;
}

/** The kebab-case id (and file name) for a title: "Run the #OneTeam kickoff" → `run-the-oneteam-kickoff`. */
export function toEntryId(title: string): string {
	return toSlug(title);
}

function readField(entry: ExistingEntry, field: string): unknown {
	return entry.data && typeof entry.data === 'object'
		? (entry.data as Record<string, unknown>)[field]
		: undefined;
}

/**
 * Picks what a template links to: the `launch` phase and the `engagement-manager` role when they
 * exist, and a process of that phase; otherwise the first of each, published entries first.
 */
export function chooseTemplateLinks(entries: readonly ExistingEntry[]): TemplateLinks {
	const pick = (collection: LinkedCollection, preferred: (entry: ExistingEntry) => boolean) => {
		const all = entries.filter((entry) => entry.collection === collection);
		const published = all.filter((entry) => readField(entry, 'status') !== 'draft');
		const candidates = (published.length > 0 ? published : all).sort((left, right) =>
			left.id.localeCompare(right.id),
		);
		return (candidates.find(preferred) ?? candidates[0])?.id;
	};
	const phase = pick('phases', (entry) => entry.id === 'launch');
	const orders = entries
		.filter((entry) => entry.collection === 'phases')
		.map((entry) => readField(entry, 'order'))
		.filter((order): order is number => typeof order === 'number');
	const process = pick('processes', (entry) => {
		const phases = readField(entry, 'phases');
		return Array.isArray(phases) && phases.includes(phase);
	});
	const role = pick('roles', (entry) => entry.id === 'engagement-manager');
	return {
		...(phase ? { phases: phase } : {}),
		...(process ? { processes: process } : {}),
		...(role ? { roles: role } : {}),
		nextPhaseOrder: Math.min(20, Math.max(0, ...orders) + 1),
	};
}

/**
 * Writes a draft entry of any type that passes the content check as it is: valid front matter,
 * links to existing entries, and every required section with a line saying what to write there.
 * Throws a one-line message when the content folder has no phase, process or role to link to.
 */
export function generateEntryTemplate(input: EntryTemplateInput): EntryTemplate {
	const { collection } = input;
	const id = toEntryId(input.title);
	const link = (linked: LinkedCollection): string => {
		const found = input.links[linked] ?? (collection === linked ? id : undefined);
		if (found) return found;
		throw new Error(
			`there is no entry in ${linked}/ for the new ${collection} entry to link to: add one first`,
		);
	};
	const { data, comments } = describeFields(input, link);
	const yaml = formatYaml(data, comments);
	const body = (SECTIONS[collection] ?? [])
		.map(([heading, hint]) => `## ${heading}\n\nReplace with ${hint}.\n`)
		.join('\n');
	const format = COLLECTION_FORMATS[collection][0] ?? 'md';
	const text = format === 'yaml' ? yaml : `---\n${yaml}---\n\n${body}`;
	return { id, fileName: `${id}.${format}`, text };
}

const SUMMARY =
	'Replace with one or two sentences saying what this entry is for; they show on cards and in search.';
const DEFINITION =
	'Replace with what the term means here, in one to three sentences; add an expansion field when it is an acronym.';
const INTRO = 'Replace with a short introduction shown above the items.';

/** The front matter (or whole YAML file) of a new entry, with a comment for each enum field. */
function describeFields(
	{ collection, title, today, links }: EntryTemplateInput,
	link: (linked: LinkedCollection) => string,
): { data: Record<string, unknown>; comments: Record<string, string> } {
	const review = {
		owner: link('roles'),
		lastReviewed: today,
		reviewEveryDays: collection === 'glossary' ? 365 : 180,
		status: 'draft',
		changes: [{ date: today, type: 'major', note: 'First published.' }],
	};
	if (collection === 'glossary') {
		return {
			data: { term: title, definition: DEFINITION, aliases: [], seeAlso: [], ...review },
			comments: {},
		};
	}
	const head = { title, summary: SUMMARY };
	if ((GUIDANCE_COLLECTIONS as readonly string[]).includes(collection)) {
		const placement = {
			phases: [link('phases')],
			process: link('processes'),
			roles: [link('roles')],
			outcomes: [],
			tags: [],
		};
		if (collection === 'templates') {
			const template = {
				kind: 'document',
				version: '1.0',
				purpose: 'Replace with one paragraph saying what the template is for.',
				whenToUse: 'Replace with one paragraph saying when, in an engagement, to use it.',
			};
			return {
				data: { ...head, ...placement, ...review, ...template },
				comments: { kind: 'document (this .md file) or register (a .yaml file with columns)' },
			};
		}
		if (collection !== 'checklists') {
			return { data: { ...head, ...placement, ...review, related: [] }, comments: {} };
		}
		const item = {
			id: 'replace-with-an-item-id',
			text: 'Replace with what must be done or true, as one sentence.',
			role: link('roles'),
			required: true,
			due: 'phase-start',
			section: 'Replace with the heading this item is grouped under',
			guidance: [],
		};
		return {
			data: { ...head, ...placement, ...review, kind: 'procedure', intro: INTRO, items: [item] },
			comments: { kind: CHECKLIST_KINDS.join(', '), 'items.0.due': DUE_POINTS.join(', ') },
		};
	}
	// Functions, so that only the links the chosen collection needs must exist.
	const byCollection: Partial<Record<CollectionName, () => Record<string, unknown>>> = {
		phases: () => ({
			shortName: shortenTitle(title),
			order: links.nextPhaseOrder,
			goals: ['Replace with what the phase must achieve, one goal per line.'],
			entryCriteria: ['Replace with what must be true before the phase starts.'],
			exitCriteria: ['Replace with what must be true before the phase ends.'],
			roles: [link('roles')],
		}),
		processes: () => ({ phases: [link('phases')], roles: [link('roles')] }),
		outcomes: () => ({
			measures: ['Replace with one way an engagement can show it moved this outcome.'],
		}),
		standards: () => ({ phases: [link('phases')], roles: [link('roles')], guidance: [] }),
		questions: () => ({
			framework:
				'Replace with what the framework says on the point, quoting it where it helps, and what it leaves out.',
			assumption:
				'Replace with the working assumption pages follow until the content owner confirms the point.',
		}),
		roles: () => ({
			persona: 'proserve-delivery',
			duties: links.phases
				? [{ phase: links.phases, does: 'Replace with what the role does in this phase.' }]
				: [],
		}),
	};
	return {
		data: { ...head, ...byCollection[collection]?.(), ...review },
		comments: collection === 'roles' ? { persona: PERSONAS.join(', ') } : {},
	};
}

/** A phase's short name (24 characters at most): the title, cut after a whole word if too long. */
function shortenTitle(title: string): string {
	if (title.length <= 24) return title;
	const cut = title
		.slice(0, 25)
		.replace(/\s+\S*$/, '')
		.trim();
	return cut.length >= 2 ? cut : title.slice(0, 24).trim();
}

/**
 * YAML as the catalog writes it: lists of ids in flow style (`[launch]`), prose lists as blocks,
 * values quoted only when they must be, and the allowed values of enum fields as comments.
 */
function formatYaml(data: Record<string, unknown>, comments: Record<string, string>): string {
	const document = new Document(data);
	visit(document, {
		Seq(_key, node) {
			node.flow = node.items.every((item) => isScalar(item) && KEBAB_CASE.test(String(item.value)));
		},
	});
	for (const [path, allowed] of Object.entries(comments)) {
		const node = document.getIn(
			path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
			true,
		);
		if (isScalar(node)) node.comment = ` one of: ${allowed}`;
	}
	return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const PLAYBOOK_HINTS: Record<(typeof PLAYBOOK_SECTIONS)[number], string> = {
	Purpose: 'why this playbook exists and what a reader gets from it',
	'When to use': 'the situations that call for this playbook, and those that do not',
	Roles: 'who takes part and what each role does',
	Inputs: 'what must be at hand before starting, as a list',
	Steps: 'the steps as a numbered list, each with who does it and why it matters',
	Outputs: 'what exists or is agreed once the playbook is done',
	Pitfalls: 'the mistakes teams make here and how to avoid them',
	Related: 'links to related entries, written as /type/id/ paths',
};

const RUNBOOK_HINTS: Record<(typeof RUNBOOK_SECTIONS)[number], string> = {
	Trigger: 'the event or date that starts this runbook',
	Prerequisites: 'what must be in place before the first step, as a list',
	Steps: 'numbered steps, each naming the role that acts, the action and its result',
	Verification: 'how to confirm the procedure worked',
	Escalation: 'whom to tell, and when, if a step fails',
};

/**
 * The `##` sections of each Markdown type and what to write in each: the required ones for
 * playbooks and runbooks, the ones existing entries use for the rest.
 */
const SECTIONS: Partial<Record<CollectionName, (readonly [string, string])[]>> = {
	playbooks: PLAYBOOK_SECTIONS.map((section) => [section, PLAYBOOK_HINTS[section]] as const),
	runbooks: RUNBOOK_SECTIONS.map((section) => [section, RUNBOOK_HINTS[section]] as const),
	templates: [
		[
			'First section',
			'the text of the document\'s first section, with a {{Placeholder}} for each thing the user fills in; "> " lines are guidance for them',
		],
	],
	faqs: [
		[
			'Question?',
			'a question readers ask as the heading, ending in a question mark, and its answer here; add one heading per question',
		],
	],
	phases: [
		['Purpose', 'what the phase is for, in two or three sentences'],
		['How this phase runs', 'how the work of the phase unfolds, step by step'],
		['What good looks like', 'what is true when the phase has gone well'],
		['Common pitfalls', 'the mistakes teams make in this phase'],
	],
	processes: [
		['What it is', 'what the process is and why it exists'],
		['When it runs', 'when the process starts and ends'],
		['How it works', 'the steps of the process as a numbered list'],
		['Outputs', 'what the process produces'],
	],
	considerations: [
		['Why it matters', 'why this consideration deserves attention'],
		['What to weigh', 'the factors to weigh, one per bullet'],
		['Signals', 'the signs that this needs attention'],
		['What good looks like', 'what is true when it is handled well'],
	],
	roles: [
		['What this role does', 'what the role is accountable for'],
		['Across the phases', 'what the role does in each phase'],
		['Works closely with', 'the roles it works with, with links to their pages'],
	],
	outcomes: [
		['What it means', 'what the outcome means for the customer'],
		['How engagements contribute', 'how an engagement moves this outcome'],
		['Measuring it', 'how the outcome is measured, from baseline to close'],
	],
	standards: [
		['The standard', 'what every engagement must do, one requirement per bullet'],
		['Guidance', 'how to meet the standard, one piece of advice per bullet'],
		['Evidence', 'what shows the standard is met'],
	],
};
