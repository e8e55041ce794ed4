/**
 * The traceability report's three lists of gaps as /authoring/traceability/ words them: a heading,
 * a count, what to do, and a line per finding with its link. Written once here, so the page's
 * counts, its lists and its table of contents say the same.
 */
import type { EntryReference } from '../../schemas/common.ts';
import { ENTRY_TYPES, entryPath } from './entry-types.ts';
import type { TraceabilityReport } from './traceability.ts';

/** One finding: what it links to, and the file and field that fix it when there is one. */
export interface TraceGapRow {
	href: string;
	label: string;
	detail: string;
	file?: { path: string; field: string };
}

/** One way the trace breaks, as the page shows it. */
export interface TraceGapList {
	/** The anchor of its section, which the content check's warnings link to. */
	id: 'unguided' | 'roles' | 'unlinked';
	heading: string;
	count: number;
	/** What the count is out of, e.g. "of 160 required items". */
	of: string;
	/** The count as a sentence, e.g. "7 roles own none of their items’ guidance." */
	summary: string;
	fix: string;
	/** Said instead of the list when there are none. */
	none: string;
	rows: TraceGapRow[];
}

/** How the lists name what they link to. */
export interface TraceLookup {
	titleOf: (reference: EntryReference) => string;
	/** A checklist's file in the repository, when known. */
	fileOf: (checklist: string) => string | undefined;
}

const plural = (count: number, noun: string, nouns = `${noun}s`) =>
	`${String(count)} ${count === 1 ? noun : nouns}`;

/** The report's required items with no guidance, unowned roles and unlinked guidance, worded. */
export function describeTraceGaps(
	report: TraceabilityReport,
	{ titleOf, fileOf }: TraceLookup,
): TraceGapList[] {
	const role = (id: string) => titleOf({ collection: 'roles', id });
	const { counts, unguidedItems, unownedRoles, unlinkedGuidance } = report;
	return [
		{
			id: 'unguided',
			heading: 'Required items with no guidance',
			count: unguidedItems.length,
			of: `of ${plural(counts.required, 'required item')}`,
			summary: `${plural(unguidedItems.length, 'required item has', 'required items have')} no guidance.`,
			fix: 'Add the entries that explain how to meet each to its guidance, or make it optional.',
			none: 'None: every required item links the guidance that explains how to meet it.',
			rows: unguidedItems.map(({ checklist, index, item }) => {
				const path = fileOf(checklist);
				return {
					href: entryPath('checklists', checklist, item.id),
					label: item.text,
					detail: `${titleOf({ collection: 'checklists', id: checklist })} · ${role(item.role.id)}`,
					...(path && { file: { path, field: `items.${String(index)}.guidance` } }),
				};
			}),
		},
		{
			id: 'roles',
			heading: 'Roles that own none of their items’ guidance',
			count: unownedRoles.length,
			of: `of ${plural(counts.roles, 'role')} responsible for items`,
			summary: `${plural(unownedRoles.length, 'role owns none of its', 'roles own none of their')} items’ guidance.`,
			fix: 'The role accountable for an item is not the one keeping its guidance accurate. Make it the owner of the guidance it answers for, or make a role that owns the guidance responsible for the items.',
			none: 'None: every role accountable for items owns some of the guidance they link.',
			rows: unownedRoles.map(({ role: id, items, guidance, owners }) => ({
				href: `${entryPath('roles', id)}#checklist-items`,
				label: role(id),
				detail: `Responsible for ${plural(items.length, 'item')} on ${plural(new Set(items.map((item) => item.checklist)).size, 'checklist')}, which link ${plural(guidance.length, 'entry', 'entries')}: ${owners.map((owner, index) => `${String(owner.count)} ${index === 0 ? 'owned ' : ''}by ${role(owner.role)}`).join(', ')}.`,
			})),
		},
		{
			id: 'unlinked',
			heading: 'Guidance no item points to',
			count: unlinkedGuidance.length,
			of: `of ${String(counts.guidance)} playbooks, runbooks, considerations and FAQs`,
			summary: `${plural(unlinkedGuidance.length, 'entry is', 'entries are')} linked by no checklist item.`,
			fix: 'Add each to the guidance of the items it helps meet. One no item needs is still found by its process and phase: keep it if readers use it.',
			none: 'None: every playbook, runbook, practice consideration and FAQ is the guidance of an item.',
			rows: unlinkedGuidance.map((entry) => ({
				href: entryPath(entry.collection, entry.id),
				label: entry.title,
				detail: `${ENTRY_TYPES[entry.collection].singular} · owned by ${entry.owner ? role(entry.owner) : 'no role'}`,
			})),
		},
	];
}
