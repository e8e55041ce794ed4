import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AssessmentPage } from './support/assessment-page.ts';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries } from '../support/site-content.ts';
import { resolveOutDir } from '../../src/lib/content-dir.ts';
import { gzipSize, pageScripts, withImports } from '../../scripts/lib/site-measure.ts';

const CHECKLIST = 'oqr';
const KEY = `pdp:assessment:v1:${CHECKLIST}`;
const entries = readSiteEntries();
const checklist = entries.find(
	(entry) => entry.collection === 'checklists' && entry.id === CHECKLIST,
);
interface Item {
	id: string;
	text: string;
	section: string;
	required?: boolean;
}
const items = (checklist?.data['items'] ?? []) as Item[];
const total = items.length;
const inSection = (section: string) => items.filter((item) => item.section === section);
const [setUp, businessCase] = [inSection('Set-up'), inSection('Business case')];
const [first, second] = [setUp[0]!, setUp[1]!];
const required = businessCase.find((item) => item.required !== false)!;
const phaseChecklist = entries.find(
	(entry) => entry.collection === 'checklists' && entry.data['kind'] === 'phase',
)!.id;
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('assessment without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('explains that it needs JavaScript and leaves the checklist readable', async () => {
		const { page } = browse();
		await page.goto(`/checklists/${CHECKLIST}/`);
		await expect(
			page.getByText('The assessment needs JavaScript', { exact: false }).isVisible(),
		).resolves.toBe(true);
		await expect(page.getByRole('radio').count()).resolves.toBe(0);
		await expect(page.locator('.pdp-checklist__item').count()).resolves.toBe(total);
	});
});

describe('assessment', () => {
	const browse = useBrowser();
	const open = async () => new AssessmentPage(browse().page).open(CHECKLIST);

	test('scores sections and the gate as items are rated, and keeps ratings and notes on reload', async () => {
		const assessment = await open();
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: — · 0 of ${total} rated`,
		);
		await expect(
			assessment.root.locator('.pdp-assess__overall').getAttribute('role'),
		).resolves.toBe('status');
		await assessment.rate(first.text, 'Met');
		await expect(assessment.sectionScore('Set-up').textContent()).resolves.toBe(
			`Section score: 100% · 1 of ${setUp.length} rated`,
		);
		await assessment.rate(second.text, 'Partly');
		await expect(assessment.sectionScore('Set-up').textContent()).resolves.toBe(
			`Section score: 75% · 2 of ${setUp.length} rated`,
		);
		await assessment.rate(required.text, 'Not met');
		await assessment.rate(businessCase.find((item) => item !== required)!.text, 'Not applicable');
		await expect(assessment.sectionScore('Business case').textContent()).resolves.toBe(
			`Section score: 0% · 2 of ${businessCase.length} rated`,
		);
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: 50% · 4 of ${total} rated`,
		);
		await expect(assessment.requiredNotMet.textContent()).resolves.toBe(
			'1 required item is rated not met.',
		);
		await expect(
			assessment.item(required.text).getByText('Required item rated not met').isVisible(),
		).resolves.toBe(true);
		await assessment.note(first.text).fill('Booked for 3 June with the OQR board');
		await assessment.page.reload();
		await assessment.root.locator('[data-assess-ui]:not([hidden])').waitFor();
		await expect(assessment.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
		await expect(assessment.radio(required.text, 'Not met').isChecked()).resolves.toBe(true);
		await expect(assessment.note(first.text).inputValue()).resolves.toBe(
			'Booked for 3 June with the OQR board',
		);
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: 50% · 4 of ${total} rated`,
		);
		expect(browse().problems).toEqual([]);
	});

	test('takes a rating back to not rated, keeping the note', async () => {
		const assessment = await open();
		await assessment.rate(first.text, 'Not met');
		await assessment.item(first.text).getByRole('textbox').fill('Scheduled after the proposal');
		await expect(assessment.overall.textContent()).resolves.toMatch(/ · 1 of \d+ rated$/);
		await assessment.item(first.text).getByRole('button', { name: 'Clear rating' }).click();
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: — · 0 of ${total} rated`,
		);
		await expect(
			assessment.item(first.text).getByRole('radio', { checked: true }).count(),
		).resolves.toBe(0);
		await expect(
			assessment.item(first.text).getByRole('button', { name: 'Clear rating' }).isVisible(),
		).resolves.toBe(false);
		await assessment.page.reload();
		await expect(assessment.item(first.text).getByRole('textbox').inputValue()).resolves.toBe(
			'Scheduled after the proposal',
		);
	});

	test('rates from the keyboard: arrow keys move between the four ratings', async () => {
		const assessment = await open();
		await assessment.radio(first.text, 'Met').focus();
		await assessment.page.keyboard.press('Space');
		await assessment.page.keyboard.press('ArrowRight');
		await expect(assessment.radio(first.text, 'Partly').isChecked()).resolves.toBe(true);
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: 50% · 1 of ${total} rated`,
		);
	});

	test('keeps one assessment per engagement: create, rename, switch, delete with undo', async () => {
		const assessment = await open();
		await assessment.rate(first.text, 'Met');
		await assessment.nameAssessment('New assessment', 'Acme migration');
		await expect(assessment.radio(first.text, 'Met').isChecked()).resolves.toBe(false);
		await assessment.rate(first.text, 'Not met');
		await assessment.nameAssessment('Rename assessment', 'Acme cloud migration');
		await expect(assessment.optionNames()).resolves.toEqual([
			'My assessment',
			'Acme cloud migration',
		]);
		await assessment.select.selectOption({ label: 'My assessment' });
		await expect(assessment.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
		await assessment.button('Delete assessment').click();
		await expect(assessment.optionNames()).resolves.toEqual(['Acme cloud migration']);
		await expect(assessment.radio(first.text, 'Not met').isChecked()).resolves.toBe(true);
		await assessment.button('Undo').click();
		await expect(assessment.optionNames()).resolves.toEqual([
			'My assessment',
			'Acme cloud migration',
		]);
		await expect(assessment.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
	});

	test('downloads and copies the assessment as Markdown with ratings and notes', async () => {
		const assessment = await open();
		await assessment.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await assessment.nameAssessment('Rename assessment', 'Acme / Phase 2');
		await assessment.rate(first.text, 'Met');
		await assessment.note(first.text).fill('Booked for 3 June');
		await assessment.rate(required.text, 'Not met');
		const role = await assessment
			.item(first.text)
			.locator('[data-assess-role-title]')
			.textContent();
		const { fileName, text } = await assessment.download();
		expect(fileName).toMatch(/^oqr-assessment-acme-phase-2-\d{4}-\d{2}-\d{2}\.md$/);
		expect(text).toContain(`# ${checklist?.data['title'] as string}: assessment`);
		expect(text).toContain('- Assessment: Acme / Phase 2');
		expect(text).toContain(`- Overall score: 50% · 2 of ${total} rated`);
		expect(text).toContain(`| ${first.text} | ${role} | Yes | Met | Booked for 3 June |`);
		expect(text).toContain(`## Required items not met\n\n- ${required.text} (Business case)\n`);
		expect(text.match(/\| Not rated \|/g)).toHaveLength(total - 2);
		await assessment.button('Copy Markdown').click();
		await expect
			.poll(() => assessment.root.locator('[data-assess-export-status]').textContent())
			.toBe('Copied the Markdown to the clipboard.');
		await expect(assessment.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
			text,
		);
		expect(browse().problems).toEqual([]);
	});

	test('when copying is refused, shows the Markdown selected to copy by hand', async () => {
		const { page } = browse();
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
			});
		});
		const assessment = await new AssessmentPage(page).open(CHECKLIST);
		await assessment.rate(first.text, 'Partly');
		await assessment.button('Copy Markdown').click();
		const field = page.getByRole('textbox', { name: 'Assessment as Markdown' });
		await expect(field.inputValue()).resolves.toContain('| Partly |');
		await expect(
			field.evaluate((element: HTMLTextAreaElement) => element.selectionEnd > 0),
		).resolves.toBe(true);
	});

	test('shows a hostile note as text and escapes it in the export', async () => {
		const assessment = await open();
		const problems = browse().problems;
		assessment.page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
		await assessment.rate(first.text, 'Met');
		await assessment.note(first.text).fill(`${HOSTILE} | broken\ncell`);
		await assessment.nameAssessment('Rename assessment', HOSTILE);
		await assessment.page.reload();
		await assessment.root.locator('[data-assess-ui]:not([hidden])').waitFor();
		await expect(assessment.note(first.text).inputValue()).resolves.toBe(
			`${HOSTILE} | broken\ncell`,
		);
		await expect(assessment.select.locator('option:checked').textContent()).resolves.toBe(HOSTILE);
		await expect(assessment.page.locator('img[src="x"]').count()).resolves.toBe(0);
		const { text } = await assessment.download();
		expect(text).toContain('| Met | \\<img src=x onerror=alert(1)\\> \\| broken<br>cell |');
		expect(text).toContain('- Assessment: \\<img src=x onerror=alert(1)\\>');
		expect(text).not.toMatch(/(?<!\\)<img/);
		expect(problems).toEqual([]);
	});

	test('a rating and a note in one tab appear in the other', async () => {
		const firstTab = await open();
		const secondTab = await new AssessmentPage(await firstTab.page.context().newPage()).open(
			CHECKLIST,
		);
		await firstTab.rate(first.text, 'Partly');
		await firstTab.note(first.text).fill('Agreed with the sales lead');
		await expect.poll(() => secondTab.radio(first.text, 'Partly').isChecked()).toBe(true);
		await expect
			.poll(() => secondTab.note(first.text).inputValue())
			.toBe('Agreed with the sales lead');
		await expect(secondTab.overall.textContent()).resolves.toBe(
			`Overall score: 50% · 1 of ${total} rated`,
		);
	});

	test('lists ratings of items the checklist no longer has, without scoring them', async () => {
		const { page } = browse();
		await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
			KEY,
			JSON.stringify({
				version: 1,
				active: 'old',
				assessments: [
					{
						id: 'old',
						name: 'Before the change',
						ratings: {
							[first.id]: { rating: 'met', note: '' },
							'retired-item': { rating: 'not-met', note: 'gone' },
						},
						updated: 1,
					},
				],
			}),
		] as const);
		const assessment = await new AssessmentPage(page).open(CHECKLIST);
		await expect(
			assessment.root.locator('[data-assess-unknown-list] li').allTextContents(),
		).resolves.toEqual(['retired-item: Not met']);
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: 100% · 1 of ${total} rated`,
		);
	});

	test('is left out of print, where the tick list prints instead', async () => {
		const assessment = await open();
		await assessment.page.emulateMedia({ media: 'print' });
		await expect(
			assessment.page.getByRole('heading', { name: 'Assess this gate' }).isVisible(),
		).resolves.toBe(false);
		await expect(assessment.page.locator('.pdp-checklist__item').first().isVisible()).resolves.toBe(
			true,
		);
	});

	test('has no accessibility violations with an assessment in progress', async () => {
		const assessment = await open();
		await assessment.rate(first.text, 'Met');
		await assessment.rate(required.text, 'Not met');
		await assessment.note(first.text).fill('Booked');
		await expect(findAccessibilityViolations(assessment.page)).resolves.toEqual([]);
		expect(browse().problems).toEqual([]);
	});

	test('is offered on quality-gate checklists only', async () => {
		const { page, problems } = browse();
		await page.goto(`/checklists/${phaseChecklist}/`);
		await page.locator('pdp-checklist [data-toolbar]:not([hidden])').waitFor();
		await expect(page.locator('pdp-assessment').count()).resolves.toBe(0);
		await expect(page.getByRole('heading', { name: 'Assess this gate' }).count()).resolves.toBe(0);
		expect(problems).toEqual([]);
	});

	test('its own JavaScript is at most 8 KB gzip and loads on quality-gate pages only', () => {
		const outDir = resolve(import.meta.dirname, '../..', resolveOutDir());
		const gate = pageScripts(outDir, `/checklists/${CHECKLIST}/`);
		const phase = pageScripts(outDir, `/checklists/${phaseChecklist}/`);
		const own = [...gate].filter((script) => script.includes('Assessment'));
		expect(own).toHaveLength(1);
		expect([...phase].filter((script) => script.includes('Assessment'))).toEqual([]);
		// Counted with every module it imports, even those the tick list shares with it.
		expect(gzipSize(outDir, withImports(outDir, own[0] ?? ''))).toBeLessThanOrEqual(8 * 1024);
	});
});

/** Makes one Storage method throw for the assessment's keys only, as a browser would. */
function failFor(method: 'getItem' | 'setItem', name: string): string {
	return `{ const original = Storage.prototype.${method}; Storage.prototype.${method} = function (key, ...rest) { if (String(key).startsWith('pdp:assessment:')) throw new DOMException('refused', '${name}'); return original.call(this, key, ...rest); }; }`;
}

describe('assessment state under fault', () => {
	const browse = useBrowser();

	test('storage that cannot be opened at all (blocked): works in memory with a notice', async () => {
		const { page } = browse();
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				configurable: true,
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		// Starlight's own theme scripts do not catch this: the same errors on a page without an
		// assessment are the baseline, and the assessment must add none.
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
		await page.goto(`/checklists/${phaseChecklist}/`);
		await page.locator('pdp-checklist [data-toolbar]:not([hidden])').waitFor();
		const baseline = errors.splice(0).sort();
		const assessment = await new AssessmentPage(page).open(CHECKLIST);
		await expect(assessment.notice.textContent()).resolves.toContain('does not let the page save');
		await assessment.rate(first.text, 'Met');
		await assessment.note(first.text).fill('Kept for this tab');
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: 100% · 1 of ${total} rated`,
		);
		await assessment.button('Download Markdown').click();
		expect(errors.sort()).toEqual(baseline);
	});

	test('storage that is full: keeps ratings for the tab with a notice', async () => {
		const { page, problems } = browse();
		await page.addInitScript(failFor('setItem', 'QuotaExceededError'));
		const assessment = await new AssessmentPage(page).open(CHECKLIST);
		await assessment.rate(first.text, 'Partly');
		await expect(assessment.notice.textContent()).resolves.toContain('storage is full');
		await assessment.rate(second.text, 'Met');
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: 75% · 2 of ${total} rated`,
		);
		expect(problems).toEqual([]);
	});

	test.each([
		['garbage', '{oops'],
		['a future format', '{"version":2,"assessments":"elsewhere"}'],
		['prototype keys', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'],
	])('%s in storage: set aside with a notice, and a fresh start', async (_name, raw) => {
		const { page, problems } = browse();
		await page.addInitScript(
			([key, value]) => {
				if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
				sessionStorage.setItem('seeded', 'yes');
			},
			[KEY, raw] as const,
		);
		const assessment = await new AssessmentPage(page).open(CHECKLIST);
		await expect(assessment.notice.textContent()).resolves.toContain('could not be read');
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: — · 0 of ${total} rated`,
		);
		await expect(
			page.evaluate((key) => localStorage.getItem(`${key}:set-aside`), KEY),
		).resolves.toBe(raw);
		await assessment.rate(first.text, 'Met');
		await page.reload();
		await assessment.root.locator('[data-assess-ui]:not([hidden])').waitFor();
		await expect(assessment.notice.isVisible()).resolves.toBe(false);
		await expect(assessment.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
		await expect(page.evaluate(() => 'polluted' in {})).resolves.toBe(false);
		expect(problems).toEqual([]);
	});
});
