import { describe, expect, test } from 'vitest';
import {
	assessLabel,
	GATE_KIND_SECTIONS,
	gateKindLabel,
	gateKindPath,
	qualityGatePath,
} from '../../../../src/lib/catalog/quality-gates.ts';
import { GATE_KINDS } from '../../../../src/schemas/processes.ts';

describe('quality gates, success measures and security checkpoints', () => {
	test('the /quality-gates/ page has one section per kind, gates first', () => {
		expect(GATE_KIND_SECTIONS.map((section) => section.kind)).toEqual([...GATE_KINDS]);
		expect(GATE_KIND_SECTIONS.map((section) => section.heading)).toEqual([
			'Quality gates',
			'Success measures',
			'Security checkpoint',
		]);
	});

	test('only a quality gate is called a gate', () => {
		expect(GATE_KINDS.map(gateKindLabel)).toEqual([
			'Quality gate',
			'Success measure',
			'Security checkpoint',
		]);
		expect(GATE_KINDS.map(assessLabel)).toEqual([
			'Assess this gate',
			'Assess this checkpoint',
			'Assess this checkpoint',
		]);
		expect(assessLabel(undefined)).toBe('Assess this gate');
	});

	test('pages keep their addresses whatever their kind', () => {
		expect(qualityGatePath('csat')).toBe('/quality-gates/csat/');
		expect(gateKindPath('success-measure')).toBe('/quality-gates/#success-measure');
	});
});
