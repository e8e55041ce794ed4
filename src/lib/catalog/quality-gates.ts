import type { ContentProblem } from '../content/problems.ts';
import type { ValidEntry } from '../content/rules.ts';

/** The page address of a quality gate. */
export function qualityGatePath(gateId: string): string {
	return `/quality-gates/${gateId}/`;
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
