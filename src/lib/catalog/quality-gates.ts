import type { ContentProblem } from '../content/problems.ts';
import type { ValidEntry } from '../content/rules.ts';
import type { GATE_KINDS } from '../../schemas/processes.ts';

/** What the framework makes of a checkpoint with a page under /quality-gates/. */
export type GateKind = (typeof GATE_KINDS)[number];

/**
 * How each kind is named on the pages, and its section of the /quality-gates/ page, in the
 * order the page lists them. Only the framework's own quality gates are called gates.
 */
export const GATE_KIND_SECTIONS: readonly {
	kind: GateKind;
	label: string;
	heading: string;
	intro: string;
}[] = [
	{
		kind: 'quality-gate',
		label: 'Quality gate',
		heading: 'Quality gates',
		intro:
			'The inspection points the framework names as its quality gates and asks teams to implement.',
	},
	{
		kind: 'success-measure',
		label: 'Success measure',
		heading: 'Success measures',
		intro:
			"What the framework lists among its success metrics, not among its quality gates: how an engagement shows it met the customer's expectations.",
	},
	{
		kind: 'security-checkpoint',
		label: 'Security checkpoint',
		heading: 'Security checkpoint',
		intro:
			'What the framework requires under its security-first approach, not among its quality gates: an assessment done before the work is signed.',
	},
];

/** The reader-facing name of a kind, e.g. "Success measure". */
export function gateKindLabel(kind: GateKind): string {
	return GATE_KIND_SECTIONS.find((section) => section.kind === kind)?.label ?? 'Quality gate';
}

/** What the assessment of a checklist is called: only a quality gate's is "Assess this gate". */
export function assessLabel(kind: GateKind | undefined): string {
	return kind === undefined || kind === 'quality-gate'
		? 'Assess this gate'
		: 'Assess this checkpoint';
}

/** The page address of a quality gate, success measure or security checkpoint. */
export function qualityGatePath(gateId: string): string {
	return `/quality-gates/${gateId}/`;
}

/** The address of a kind's section on the /quality-gates/ page. */
export function gateKindPath(kind: GateKind): string {
	return `/quality-gates/#${kind}`;
}

/** The gate id a process declares, when its data has a well-formed `qualityGate` block. */
function gateIdOf(data: Record<string, unknown>): string | undefined {
	const gate: unknown = data['qualityGate'];
	if (typeof gate !== 'object' || gate === null) return undefined;
	const id: unknown = Reflect.get(gate, 'id');
	return typeof id === 'string' ? id : undefined;
}

/** Two processes may not declare the same quality-gate id: both would claim one page. */
export function checkQualityGateIds(entries: readonly ValidEntry[]): ContentProblem[] {
	const firstFile = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.file.collection !== 'processes') continue;
		const id = gateIdOf(entry.data);
		if (id === undefined) continue;
		const first = firstFile.get(id);
		if (first === undefined) {
			firstFile.set(id, entry.file.path);
			continue;
		}
		problems.push({
			file: entry.file.path,
			line: entry.file.lineOf(['qualityGate', 'id']),
			field: 'qualityGate.id',
			message: `quality gate "${id}" is already declared by ${first}`,
			fix: 'give this gate its own id, or remove the qualityGate block from one of the two processes',
		});
	}
	return problems;
}
