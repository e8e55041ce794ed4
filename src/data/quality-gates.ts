import type { CollectionEntry } from 'astro:content';
import { getPublishedEntries, loadCatalog } from './catalog.ts';

/** A quality gate as its page shows it: the gate block and the process that declares it. */
export interface QualityGate {
	process: CollectionEntry<'processes'>;
	gate: NonNullable<CollectionEntry<'processes'>['data']['qualityGate']>;
}

/** Every published process's quality gate, in phase order (the phase it runs in first), then name. */
export async function loadQualityGates(): Promise<QualityGate[]> {
	const graph = await loadCatalog();
	const phaseOrder = (process: CollectionEntry<'processes'>) =>
		Math.min(...process.data.phases.map((phase) => graph.get(phase)?.order ?? Infinity));
	return (await getPublishedEntries('processes'))
		.flatMap((process) =>
			process.data.qualityGate ? [{ process, gate: process.data.qualityGate }] : [],
		)
		.sort(
			(left, right) =>
				phaseOrder(left.process) - phaseOrder(right.process) ||
				left.gate.name.localeCompare(right.gate.name),
		);
}
