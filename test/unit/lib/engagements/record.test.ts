import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAssessmentStore } from '../../../../src/lib/checklists/assessment-state.ts';
import { createStore, type ChecklistStore } from '../../../../src/lib/checklists/state.ts';
import {
	decodeRecord,
	encodeRecord,
	findConflict,
	importWork,
	type EngagementWork,
	type WorkspaceStores,
} from '../../../../src/lib/engagements/record.ts';
import type { Engagement } from '../../../../src/lib/engagements/types.ts';
import { engagementRecordSchema } from '../../../../src/schemas/engagement-record.ts';
import { arbitraryWork, catalog, sampleWork } from './fixtures.ts';

const EXPORTED = new Date('2027-03-01T09:30:00Z');

/** The sample's record file as JSON, changed by `change`, as text. */
function recordText(change: (record: Record<string, unknown>) => void = () => {}): string {
	const record = JSON.parse(encodeRecord(sampleWork(), catalog, EXPORTED)) as Record<
		string,
		unknown
	>;
	change(record);
	return JSON.stringify(record);
}

function engagementOf(record: Record<string, unknown>): Record<string, unknown> {
	return record['engagement'] as Record<string, unknown>;
}

function decoded(text: string) {
	const result = decodeRecord(text, catalog);
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result;
}

describe('encodeRecord', () => {
	test('writes pretty JSON ending with a newline, each entry with its checklist’s fingerprint', () => {
		const text = encodeRecord(sampleWork(), catalog, EXPORTED);
		expect(text.endsWith('}\n')).toBe(true);
		expect(text).toContain('\n  "schemaVersion": 1,');
		const record = engagementRecordSchema.parse(JSON.parse(text));
		expect(record.exported).toBe('2027-03-01T09:30:00.000Z');
		expect(record.runs.map(({ checklist, fingerprint }) => [checklist, fingerprint])).toEqual(
			catalog.checklists.map(({ id, fingerprint }) => [id, fingerprint]),
		);
		expect(record.assessments[0]?.assessment.ratings['constructor']).toEqual({
			note: 'A note before a rating.',
		});
	});

	test('reads back unchanged, noticing only the tick the checklist no longer has', () => {
		const result = decoded(encodeRecord(sampleWork(), catalog, EXPORTED));
		expect(result.work).toEqual(sampleWork());
		expect(result.notices).toEqual([
			'Operational quality review: 1 ticked or rated item is no longer in the checklist; kept and listed apart.',
		]);
	});

	test('any work the catalog can hold reads back unchanged', () => {
		fc.assert(
			fc.property(arbitraryWork, (work) => {
				const result = decoded(encodeRecord(work, catalog, EXPORTED));
				expect(result.work).toEqual(work);
				expect(result.notices.filter((notice) => !notice.includes('no longer in'))).toEqual([]);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('decodeRecord refuses', () => {
	test.each([
		['a file over 5 MB', 'x'.repeat(5_000_001), 'The file is larger than 5 MB'],
		['5 MB counted in UTF-8 bytes', `"${'é'.repeat(2_500_000)}"`, 'The file is larger than 5 MB'],
		['text that is not JSON', 'not json {', 'not an engagement record'],
		['an empty file', '', 'not an engagement record'],
		['a JSON array', '[1, 2]', 'not an engagement record'],
		['JSON null', 'null', 'not an engagement record'],
		['a number', '42', 'not an engagement record'],
		['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'not an engagement record'],
		[
			'a missing schemaVersion',
			recordText((record) => delete record['schemaVersion']),
			'not an engagement record',
		],
		[
			'a schemaVersion written as text',
			recordText((record) => (record['schemaVersion'] = '1')),
			'not an engagement record',
		],
		[
			'schemaVersion 0',
			recordText((record) => (record['schemaVersion'] = 0)),
			'not an engagement record',
		],
		[
			'a newer schemaVersion',
			recordText((record) => (record['schemaVersion'] = 2)),
			'made by a newer version of PDP',
		],
		[
			'a checklist export',
			JSON.stringify({ schemaVersion: 1, checklist: 'oqr', checked: [] }),
			'not an engagement record',
		],
		[
			'an engagement without a name',
			recordText((record) => (engagementOf(record)['name'] = ' \u0000 ')),
			'has no name',
		],
		[
			'a start before 2000',
			recordText((record) => (engagementOf(record)['start'] = '1999-12-31')),
			'start date',
		],
		[
			'a start that is no day',
			recordText((record) => (engagementOf(record)['start'] = '2027-02-30')),
			'start date',
		],
		[
			'an end after 2100',
			recordText((record) => (engagementOf(record)['end'] = '2101-01-01')),
			'planned end date',
		],
		[
			'an end before the start',
			recordText((record) => (engagementOf(record)['end'] = '2026-12-31')),
			'does not come after its start',
		],
		[
			'an end on the start',
			recordText((record) => (engagementOf(record)['end'] = '2027-01-04')),
			'does not come after its start',
		],
	])('%s', (_, text, reason) => {
		const result = decodeRecord(text, catalog);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.reason).toContain(reason);
	});

	test('a file just under the bound is read', () => {
		const text = recordText();
		const padded = `${text}${' '.repeat(5_000_000 - text.length)}`;
		expect(decodeRecord(padded, catalog).ok).toBe(true);
	});
});

describe('decodeRecord cleans', () => {
	test('deep nesting inside a record is read without throwing', () => {
		const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		const text = recordText((record) => {
			record['runs'] = ['DEEP', ...(record['runs'] as unknown[])];
			engagementOf(record)['notes'] = 'DEEP';
			engagementOf(record)['phaseDates'] = { launch: 'DEEP' };
		}).replaceAll('"DEEP"', deep);
		expect(text.length).toBeGreaterThan(600_000);
		const result = decoded(text);
		expect(result.work.engagement.notes).toBe('');
		expect(result.work.engagement.phaseDates.size).toBe(0);
		expect(result.notices).toContain('1 entry in the file could not be read and was left out.');
	});

	test('__proto__ and constructor keys stay data and never reach Object.prototype', () => {
		const text = recordText()
			.replace('{', '{"__proto__":{"polluted":true},')
			.replace(
				'"engagement":{',
				'"engagement":{"__proto__":{"polluted":true},"constructor":{"polluted":true},',
			)
			.replace(
				'"phaseDates":{',
				'"phaseDates":{"__proto__":{"start":"2027-01-01","end":"2027-01-02"},',
			)
			// The assessment's ratings (a milestone's come first, and map ids to plain ratings).
			.replace(
				'"ratings":{"scope-agreed":{',
				'"ratings":{"__proto__":{"rating":"met","note":""},"toString":{"rating":"met","note":""},"scope-agreed":{',
			)
			.replace('"run":{', '"run":{"__proto__":{"polluted":true},');
		expect(text.match(/__proto__/g)).toHaveLength(5);
		const result = decoded(text);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.getPrototypeOf(result.work.engagement)).toBe(Object.prototype);
		expect([...result.work.engagement.phaseDates.keys()]).toEqual(['launch']);
		const ratings = result.work.assessments.get('oqr')?.ratings;
		expect([...(ratings?.keys() ?? [])]).toEqual(['scope-agreed', 'risks-logged', 'constructor']);
		expect(result.notices).toContain('2 entries in the file could not be read and were left out.');
		expect(encodeRecord(result.work, catalog, EXPORTED)).not.toContain('__proto__');
	});

	test('runs and assessments of checklists the catalog lacks are left out, naming them', () => {
		const result = decoded(
			recordText((record) => {
				const runs = record['runs'] as Record<string, unknown>[];
				runs.push(
					{ ...runs[0], checklist: 'retired-checklist' },
					{ ...runs[0], checklist: 'constructor' },
				);
				(record['assessments'] as Record<string, unknown>[]).push({
					checklist: 'gone',
					assessment: {},
				});
				engagementOf(record)['phaseDates'] = {
					'old-phase': { start: '2027-01-04', end: '2027-01-05' },
				};
			}),
		);
		expect([...result.work.runs.keys()]).toEqual(['kickoff-ready', 'oqr']);
		expect(result.work.engagement.phaseDates.size).toBe(0);
		expect(result.notices).toContain(
			'Left out what the file holds for checklists or phases this site does not have: old-phase, retired-checklist, constructor, gone.',
		);
	});

	test('of two runs or assessments for one checklist the first is kept', () => {
		const result = decoded(
			recordText((record) => {
				const runs = record['runs'] as Record<string, unknown>[];
				runs.push({
					checklist: 'oqr',
					run: { id: 'other', name: 'Other', checked: [], updated: 0 },
				});
				const assessments = record['assessments'] as Record<string, unknown>[];
				assessments.push({ ...assessments[0] });
			}),
		);
		expect(result.work.runs.get('oqr')?.id).toBe('run2');
		expect(result.notices).toContain(
			'The file holds more than one run or assessment for Operational quality review: the first was kept.',
		);
	});

	test('ticks and ratings of items the checklist no longer has are kept and counted', () => {
		const result = decoded(
			recordText((record) => {
				const [, oqr] = record['runs'] as { run: { checked: string[] } }[];
				oqr?.run.checked.push('gone-item');
				const [assessment] = record['assessments'] as { assessment: { ratings: object } }[];
				if (assessment)
					assessment.assessment.ratings = {
						...assessment.assessment.ratings,
						'old-item': { rating: 'met', note: '' },
					};
			}),
		);
		expect(result.work.runs.get('oqr')?.checked).toEqual([
			'scope-agreed',
			'retired-item',
			'gone-item',
		]);
		expect(result.work.assessments.get('oqr')?.ratings.get('old-item')).toEqual({
			rating: 'met',
			note: '',
		});
		expect(result.notices).toContain(
			'Operational quality review: 3 ticked or rated items are no longer in the checklist; kept and listed apart.',
		);
	});

	test('over-long names and notes are cut, with a notice', () => {
		const result = decoded(
			recordText((record) => {
				Object.assign(engagementOf(record), {
					name: 'N'.repeat(200),
					sow: 'S'.repeat(81),
					notes: 'n'.repeat(3_000),
				});
				const [run] = record['runs'] as { run: { name: string } }[];
				if (run) run.run.name = 'R'.repeat(81);
				const [assessment] = record['assessments'] as {
					assessment: { ratings: Record<string, { note: string }> };
				}[];
				const scope = assessment?.assessment.ratings['scope-agreed'];
				if (scope) scope.note = 'e'.repeat(501);
			}),
		);
		const { engagement } = result.work;
		expect([engagement.name.length, engagement.sow.length, engagement.notes.length]).toEqual([
			80, 80, 2_000,
		]);
		expect(result.work.runs.get('kickoff-ready')?.name).toHaveLength(80);
		expect(result.work.assessments.get('oqr')?.ratings.get('scope-agreed')?.note).toHaveLength(500);
		expect(result.notices).toContain(
			'Shortened to fit: the engagement’s name, the engagement’s statement of work reference, the engagement’s notes, a run’s name, a rating’s note.',
		);
	});

	test('links are rebuilt to point at the runs and assessments the file carries', () => {
		const result = decoded(
			recordText((record) => {
				engagementOf(record)['checklists'] = [
					{ checklist: 'oqr', run: 'elsewhere', assessment: 'elsewhere' },
					{ checklist: 'gone', run: 'x' },
				];
			}),
		);
		expect(result.work.engagement.checklists).toEqual([
			{ checklist: 'oqr', run: 'run2', assessment: 'ass1' },
			{ checklist: 'kickoff-ready', run: 'run1', assessment: undefined },
		]);
	});

	test('unusable ids are made afresh and missing names taken from the engagement', () => {
		const result = decoded(
			recordText((record) => {
				engagementOf(record)['id'] = 'Not An Id';
				const [run] = record['runs'] as { run: Record<string, unknown> }[];
				if (run) run.run = { id: '__proto__', checked: 'agenda-agreed' };
			}),
		);
		expect(result.work.engagement.id).toMatch(/^[a-z0-9]{1,24}$/);
		const run = result.work.runs.get('kickoff-ready');
		expect(run).toMatchObject({ name: 'Acme migration', checked: [], updated: 0 });
		expect(run?.id).toMatch(/^[a-z0-9]{1,24}$/);
		expect(result.work.engagement.checklists[0]).toMatchObject({
			checklist: 'kickoff-ready',
			run: run?.id,
		});
	});

	test('an assessment of a checklist that is not assessed item by item is left out', () => {
		const result = decoded(
			recordText((record) => {
				const [assessment] = record['assessments'] as Record<string, unknown>[];
				(record['assessments'] as unknown[]).unshift({ ...assessment, checklist: 'kickoff-ready' });
			}),
		);
		expect([...result.work.assessments.keys()]).toEqual(['oqr']);
		expect(result.notices).toContain(
			'Left out assessments of Kickoff readiness, which is not assessed item by item.',
		);
	});

	test('runs and assessments that are not lists are none', () => {
		const result = decoded(
			recordText((record) => {
				record['runs'] = { 0: 'x' };
				delete record['assessments'];
			}),
		);
		expect(result.work.runs.size + result.work.assessments.size).toBe(0);
		expect(result.work.engagement.checklists).toEqual([]);
	});
});

describe('whatever the file holds', () => {
	test('decodes to a record the schema accepts once written, or is refused, never throwing', () => {
		const anyChecklist = fc.oneof(
			fc.constantFrom('oqr', 'kickoff-ready', '__proto__', 'gone'),
			fc.string(),
		);
		const recordLike = fc
			.record(
				{
					schemaVersion: fc.constantFrom(1, 2, '1', 1.5),
					engagement: fc.oneof(
						fc.record(
							{
								id: fc.oneof(fc.string(), fc.constant('eng1')),
								name: fc.string(),
								start: fc.constantFrom('2027-01-04', '1999-01-01', '2027-02-30'),
								end: fc.constantFrom('2027-06-30', '2027-01-04', '2101-01-01'),
								notes: fc.oneof(fc.string(), fc.jsonValue()),
								phaseDates: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
								checklists: fc.jsonValue(),
							},
							{ requiredKeys: ['name', 'start', 'end'] },
						),
						fc.jsonValue(),
					),
					runs: fc.array(
						fc.record({ checklist: anyChecklist, run: fc.jsonValue() }, { requiredKeys: [] }),
					),
					assessments: fc.array(
						fc.record(
							{
								checklist: anyChecklist,
								assessment: fc.record(
									{ id: fc.string(), ratings: fc.dictionary(fc.string(), fc.jsonValue()) },
									{ requiredKeys: [] },
								),
							},
							{ requiredKeys: [] },
						),
					),
				},
				{ requiredKeys: [] },
			)
			.map((value) => JSON.stringify(value));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.anything().map((value) => JSON.stringify(value) ?? ''),
					recordLike,
				),
				(text) => {
					const result = decodeRecord(text, catalog);
					if (result.ok) {
						const written = encodeRecord(result.work, catalog, EXPORTED);
						engagementRecordSchema.parse(JSON.parse(written));
						expect(decodeRecord(written, catalog)).toMatchObject({ ok: true, work: result.work });
					} else expect(result.reason).toMatch(/^The /);
					expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
				},
			),
			{ numRuns: 500 },
		);
	});
});

function storesWith(change: Partial<WorkspaceStores> = {}): WorkspaceStores {
	const own = createStore('My own run', 10);
	return {
		engagements: { version: 1, engagements: [] },
		runs: new Map([['kickoff-ready', own]]),
		assessments: new Map(),
		...change,
	};
}

function engagement(id: string, name = 'Existing'): Engagement {
	return { ...sampleWork().engagement, id, name, checklists: [] };
}

describe('importWork', () => {
	test('adds the engagement and its runs beside the reader’s own, under fresh ids', () => {
		const stores = storesWith();
		const before = structuredClone(stores);
		const work = sampleWork();
		const { stores: next, engagementId, notices } = importWork(stores, work, 'add', 99);
		expect(stores).toEqual(before);
		expect(engagementId).toBe('eng1');
		expect(notices).toEqual([]);
		const kickoff = next.runs.get('kickoff-ready');
		expect(kickoff?.runs.map(({ name }) => name)).toEqual(['My own run', 'Acme migration']);
		expect(kickoff?.active).toBe(stores.runs.get('kickoff-ready')?.active);
		const added = kickoff?.runs[1];
		expect(added?.id).not.toBe('run1');
		expect(added?.checked).toEqual(['agenda-agreed']);
		const oqr = next.runs.get('oqr');
		expect(oqr?.runs).toHaveLength(1);
		expect(oqr?.active).toBe(oqr?.runs[0]?.id);
		const assessment = next.assessments.get('oqr');
		expect(assessment?.assessments.map(({ name }) => name)).toEqual(['Acme OQR']);
		const [imported] = next.engagements.engagements;
		expect(imported).toMatchObject({ id: 'eng1', name: 'Acme migration', updated: 99 });
		expect(imported?.checklists).toEqual([
			{ checklist: 'kickoff-ready', run: added?.id },
			{ checklist: 'oqr', run: oqr?.runs[0]?.id, assessment: assessment?.active },
		]);
	});

	test('findConflict finds an engagement with the same id; add then keeps both', () => {
		const stores = storesWith({ engagements: { version: 1, engagements: [engagement('eng1')] } });
		expect(findConflict(stores, sampleWork())?.name).toBe('Existing');
		expect(findConflict(storesWith(), sampleWork())).toBeUndefined();
		const { stores: next, engagementId } = importWork(stores, sampleWork(), 'add');
		expect(next.engagements.engagements.map(({ name }) => name)).toEqual([
			'Existing',
			'Acme migration (imported)',
		]);
		expect(engagementId).not.toBe('eng1');
	});

	test('keep-both gives a new id and a suffix that keeps the name within its bound', () => {
		const work: EngagementWork = {
			...sampleWork(),
			engagement: { ...sampleWork().engagement, name: `${'A'.repeat(75)} B` },
		};
		const stores = storesWith({ engagements: { version: 1, engagements: [engagement('eng1')] } });
		const { stores: next, engagementId } = importWork(stores, work, 'keep-both');
		const imported = next.engagements.engagements.find(({ id }) => id === engagementId);
		expect(imported?.name).toBe(`${'A'.repeat(69)} (imported)`);
		expect(imported?.name).toHaveLength(80);
		expect(engagementId).not.toBe('eng1');
	});

	test('replace puts the engagement in place; the earlier runs stay, unfiled', () => {
		const earlier = {
			...engagement('eng1'),
			checklists: [{ checklist: 'kickoff-ready', run: 'own' }],
		};
		const stores = storesWith({
			engagements: { version: 1, engagements: [engagement('first'), earlier, engagement('last')] },
		});
		const { stores: next, engagementId, notices } = importWork(stores, sampleWork(), 'replace');
		expect(engagementId).toBe('eng1');
		expect(next.engagements.engagements.map(({ id, name }) => `${id}:${name}`)).toEqual([
			'first:Existing',
			'eng1:Acme migration',
			'last:Existing',
		]);
		expect(next.runs.get('kickoff-ready')?.runs[0]?.name).toBe('My own run');
		expect(notices).toEqual([
			'The runs and assessments the replaced engagement filed stay in their checklists, no longer filed in an engagement.',
		]);
	});

	test('a checklist holding 50 runs or 50 assessments refuses that one; the rest import', () => {
		const full: ChecklistStore = {
			version: 1,
			active: 'r0',
			runs: Array.from({ length: 50 }, (_, index) => ({
				id: `r${index}`,
				name: `Run ${index}`,
				checked: [],
				updated: 0,
			})),
		};
		const fullAssessments = createAssessmentStore();
		fullAssessments.assessments = Array.from({ length: 50 }, (_, index) => ({
			id: `a${index}`,
			name: `A ${index}`,
			ratings: new Map(),
			updated: 0,
		}));
		const stores = storesWith({
			runs: new Map([['oqr', full]]),
			assessments: new Map([['oqr', fullAssessments]]),
		});
		const { stores: next, notices } = importWork(stores, sampleWork(), 'add');
		expect(next.runs.get('oqr')).toBe(full);
		expect(next.assessments.get('oqr')).toBe(fullAssessments);
		expect(next.runs.get('kickoff-ready')?.runs).toHaveLength(1);
		expect(notices).toEqual([
			'Checklist oqr already keeps 50 runs, the most it can: its run was not imported.',
			'Checklist oqr already keeps 50 assessments, the most it can: its assessment was not imported.',
		]);
		expect(next.engagements.engagements[0]?.checklists.map(({ checklist }) => checklist)).toEqual([
			'kickoff-ready',
		]);
	});

	test('49 runs take one more', () => {
		const runs = Array.from({ length: 49 }, (_, index) => ({
			id: `r${index}`,
			name: `Run ${index}`,
			checked: [],
			updated: 0,
		}));
		const stores = storesWith({ runs: new Map([['oqr', { version: 1, active: 'r0', runs }]]) });
		expect(importWork(stores, sampleWork(), 'add').stores.runs.get('oqr')?.runs).toHaveLength(50);
	});

	test('with 50 engagements kept nothing is imported, unless one is replaced', () => {
		const kept = Array.from({ length: 50 }, (_, index) =>
			engagement(index === 7 ? 'eng1' : `e${index}`),
		);
		const stores = storesWith({ engagements: { version: 1, engagements: kept } });
		for (const mode of ['add', 'keep-both'] as const) {
			const refused = importWork(stores, sampleWork(), mode);
			expect(refused.stores).toBe(stores);
			expect(refused.engagementId).toBe('');
			expect(refused.notices).toEqual([
				'This browser already keeps 50 engagements, the most it can: delete one, then import again.',
			]);
		}
		const replaced = importWork(stores, sampleWork(), 'replace');
		expect(replaced.stores.engagements.engagements).toHaveLength(50);
		expect(replaced.stores.engagements.engagements[7]?.name).toBe('Acme migration');
	});
});
