import { describe, expect, test } from 'vitest';
import {
	parseImport,
	toCsv,
	toJson,
	toMarkdown,
	type ExportRun,
} from '../../../src/lib/checklist-export.ts';
import { fingerprintItems } from '../../../src/lib/checklist-state.ts';

const run: ExportRun = {
	checklistId: 'dqi',
	title: 'Delivery Quality Inspection (DQI)',
	url: 'https://pdp.example/checklists/dqi/',
	runName: 'Acme migration',
	date: '2026-11-30',
	items: [
		{
			id: 'raid-current',
			text: 'The RAID log is current',
			role: 'Engagement Manager',
			required: true,
			due: 'ongoing',
		},
		{
			id: 'csv-trap',
			text: '=HYPERLINK("x"), with "quotes"',
			role: 'Consultant',
			required: false,
			due: 'at the phase exit',
		},
	],
	checked: new Set(['raid-current']),
};

describe('checklist exports', () => {
	test('Markdown is a task list linking every item', () => {
		expect(toMarkdown(run)).toBe(
			[
				'### Delivery Quality Inspection (DQI): Acme migration',
				'',
				`1 of 2 done · 2026-11-30 · checklist version ${fingerprintItems(['raid-current', 'csv-trap'])}`,
				'',
				'- [x] [The RAID log is current](https://pdp.example/checklists/dqi/#raid-current) — Engagement Manager, required, due ongoing',
				'- [ ] [=HYPERLINK("x"), with "quotes"](https://pdp.example/checklists/dqi/#csv-trap) — Consultant, optional, due at the phase exit',
				'',
			].join('\n'),
		);
	});

	test('CSV quotes fields and defuses spreadsheet formulas', () => {
		expect(toCsv(run).split('\r\n')).toEqual([
			'id,text,role,required,due,done',
			'raid-current,The RAID log is current,Engagement Manager,yes,ongoing,yes',
			`csv-trap,"'=HYPERLINK(""x""), with ""quotes""",Consultant,no,at the phase exit,no`,
			'',
		]);
	});

	test('JSON reads back as the same run', () => {
		expect(parseImport(toJson(run), 'dqi')).toEqual({
			ok: true,
			name: 'Acme migration',
			checked: ['raid-current'],
		});
	});

	test.each([
		['not JSON', 'hello', 'The file is not JSON: choose a file exported from this checklist.'],
		['another shape', '{"a":1}', 'The file is not a checklist export from this site.'],
		[
			'another checklist',
			toJson({ ...run, checklistId: 'oqr' }),
			'The file is an export of another checklist (oqr).',
		],
	])('import refuses %s with a plain message', (_name, text, message) => {
		expect(parseImport(text, 'dqi')).toEqual({ ok: false, message });
	});
});
