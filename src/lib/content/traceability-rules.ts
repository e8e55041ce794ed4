/**
 * Warnings, not errors, from the framework traceability report: required items with no guidance,
 * roles that own none of their items' guidance and guidance no item links. Each is a gap for the
 * content owner to look at, and none makes a page wrong, so the build goes on.
 */
import { entryKey, toCatalogEntry } from '../catalog/graph.ts';
import {
	buildTraceabilityReport,
	TRACEABILITY_PATH,
	type TracedItem,
} from '../catalog/traceability.ts';
import type { ContentProblem } from './problems.ts';
import type { ValidEntry } from './rules.ts';

/** Past this many of one kind, the last warning stands for the rest and sends to the report. */
const MOST_WARNINGS_OF_A_KIND = 10;

/** The traceability report's findings as warnings, each at the file and field to change. */
export function warnAboutTraceability(entries: readonly ValidEntry[]): ContentProblem[] {
	const files = new Map(entries.map(({ file }) => [entryKey(file), file]));
	const report = buildTraceabilityReport({
		entries: entries.map(({ file, data }) => toCatalogEntry(file.collection, file.id, data)),
		checklists: entries
			.filter(({ file }) => file.collection === 'checklists')
			.map(({ file, data }) => ({ id: file.id, items: data['items'] as TracedItem[] })),
		gates: [],
	});
	const at = (checklist: string, path: (string | number)[]) => {
		const file = files.get(entryKey({ collection: 'checklists', id: checklist }));
		return { file: file?.path ?? checklist, line: file?.lineOf(path) ?? 1, field: path.join('.') };
	};
	const items = report.unguidedItems.map(({ checklist, index, item }) => ({
		...at(checklist, ['items', index, 'guidance']),
		message: `required item "${item.id}" has no guidance`,
		fix: 'add the entries that explain how to meet it, e.g. "guidance: [playbooks/<id>]", or make it optional with "required: false"',
	}));
	const roles = report.unownedRoles.map(({ role, items: owned, guidance, owners }) => {
		const first = owned[0] ?? { checklist: '', index: 0 };
		const [theItems, link] =
			owned.length === 1
				? ['this item', 'it links']
				: [`this and ${String(owned.length - 1)} other checklist items`, 'they link'];
		const ownsNone =
			guidance.length === 1
				? `does not own the entry ${link}`
				: `owns none of the ${String(guidance.length)} entries ${link}`;
		return {
			...at(first.checklist, ['items', first.index, 'role']),
			message: `${role} is responsible for ${theItems}, and ${ownsNone} as guidance (owned by ${owners.map((owner) => owner.role).join(', ')})`,
			fix: `make ${role} the owner of the guidance it answers for ("owner: ${role}"), or make a role that owns that guidance responsible for the items`,
		};
	});
	const guidance = report.unlinkedGuidance.map((entry) => {
		const file = files.get(entryKey(entry));
		return {
			file: file?.path ?? entryKey(entry),
			line: 1,
			field: 'file',
			message: 'no checklist item links this entry as guidance',
			fix: `add "${entryKey(entry)}" to the guidance of the items it helps meet, in content/checklists/, or keep it for readers who find it by its process and phase`,
		};
	});
	return [
		...summarise(items, 'unguided', ['required item', 'required items'], 'with no guidance'),
		...summarise(roles, 'roles', ['role', 'roles'], 'owning none of their items’ guidance'),
		...summarise(guidance, 'unlinked', ['guidance entry', 'guidance entries'], 'no item links'),
	];
}

/**
 * Warnings of one kind, each pointing to its list on the report. Past the limit the last one
 * shown also counts the rest, so the check says a few lines, not hundreds, on a large catalog.
 */
function summarise(
	warnings: ContentProblem[],
	section: string,
	[one, many]: [string, string],
	finding: string,
): ContentProblem[] {
	const page = `${TRACEABILITY_PATH}#${section}`;
	const shown = warnings.map((warning) => ({ ...warning, fix: `${warning.fix} (${page})` }));
	if (shown.length <= MOST_WARNINGS_OF_A_KIND) return shown;
	const last = shown[MOST_WARNINGS_OF_A_KIND - 1];
	const rest = shown.length - MOST_WARNINGS_OF_A_KIND;
	const kind = `${rest === 1 ? one : many} ${finding}`;
	return [
		...shown.slice(0, MOST_WARNINGS_OF_A_KIND - 1),
		...(last
			? [{ ...last, message: `${last.message}; and ${String(rest)} more ${kind}: ${page} lists them all` }]
			: []),
	];
}
