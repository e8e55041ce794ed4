import { describe, expect, test } from 'vitest';
import {
	parseImport,
	summariseRun,
	toCsv,
	toJson,
	toMarkdown,
	type ExportRun,
} from '../../../../src/lib/checklists/export.ts';
import { fingerprintItems } from '../../../../src/lib/checklists/state.ts';

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
				`1 of 2 done · required 1 of 1 · 2026-11-30 · checklist version ${fingerprintItems(['raid-current', 'csv-trap'])}`,
				'',
				'- [x] [The RAID log is current](https://pdp.example/checklists/dqi/#raid-current) — Engagement Manager, required, due ongoing',
				'- [ ] [=HYPERLINK("x"), with "quotes"](https://pdp.example/checklists/dqi/#csv-trap) — Consultant, optional, due at the phase exit',
				'',
			].join('\n'),
		);
	});

	test('Markdown keeps the checklist’s sections and links the exact state exported', () => {
		const markdown = toMarkdown({
			...run,
			items: [
				{ ...run.items[0]!, section: 'Governance' },
				{ ...run.items[1]!, section: 'Risks & [issues]' },
			],
			stateUrl: 'https://pdp.example/checklists/dqi/?shared=abc',
		});
		expect(markdown.split('\n')).toEqual([
			'### Delivery Quality Inspection (DQI): Acme migration',
			'',
			`1 of 2 done · required 1 of 1 · 2026-11-30 · checklist version ${fingerprintItems(['raid-current', 'csv-trap'])}`,
			'',
			'[Open this run as exported](https://pdp.example/checklists/dqi/?shared=abc)',
			'',
			'#### Governance',
			'',
			'- [x] [The RAID log is current](https://pdp.example/checklists/dqi/#raid-current) — Engagement Manager, required, due ongoing',
			'',
			'#### Risks & \\[issues\\]',
			'',
			'- [ ] [=HYPERLINK("x"), with "quotes"](https://pdp.example/checklists/dqi/#csv-trap) — Consultant, optional, due at the phase exit',
			'',
		]);
	});

	test('the summary counts all items and the required ones', () => {
		expect(summariseRun(run.items, new Set(['csv-trap']))).toBe('1 of 2 done · required 0 of 1');
		expect(summariseRun([], new Set())).toBe('0 of 0 done · required 0 of 0');
	});

	test('CSV quotes fields and defuses spreadsheet formulas', () => {
		expect(toCsv(run).split('\r\n')).toEqual([
			'id,text,role,required,due,done',
			'raid-current,The RAID log is current,Engagement Manager,yes,ongoing,yes',
			`csv-trap,"'=HYPERLINK(""x""), with ""quotes""",Consultant,no,at the phase exit,no`,
			'',
		]);
	});

	test.each([
		['=SUM(A1)', `'=SUM(A1)`],
		['+1-2', `'+1-2`],
		['-2+3', `'-2+3`],
		['@cmd', `'@cmd`],
		['\tTAB', `'\tTAB`],
		['\rCR', `"'\rCR"`],
		['a, b', '"a, b"'],
		['line\nbreak', '"line\nbreak"'],
		['say "hi"', '"say ""hi"""'],
		['plain text', 'plain text'],
		['mid=formula', 'mid=formula'],
	])('a CSV cell of %j is written as %j: no formula runs, no row breaks', (text, cell) => {
		const csv = toCsv({
			...run,
			items: [{ id: 'x', text, role: 'r', required: false, due: 'd' }],
			checked: new Set(),
		});
		expect(csv.slice(csv.indexOf('\r\n') + 2)).toBe(`x,${cell},r,no,d,no\r\n`);
	});

	test('JSON reads back as the same run', () => {
		expect(parseImport(toJson(run), 'dqi')).toEqual({
			ok: true,
			name: 'Acme migration',
			checked: ['raid-current'],
		});
	});

	test('an imported run name keeps no control characters, so it cannot split an export’s heading', () => {
		const text = toJson({ ...run, runName: 'Acme\nmigration\t\u0000 phase 2' });
		expect(parseImport(text, 'dqi')).toMatchObject({ ok: true, name: 'Acme migration   phase 2' });
		expect(parseImport(toJson({ ...run, runName: ' \n ' }), 'dqi')).toMatchObject({
			name: 'Imported run',
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
