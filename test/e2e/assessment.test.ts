import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AssessmentPage } from './support/assessment-page.ts';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries } from '../support/site-content.ts';
import { resolveOutDir } from '../../src/lib/content/dir.ts';
import { gzipSize, pageScripts, withImports } from '../../scripts/lib/site-measure.ts';
import { encodeAssessmentShare } from '../../src/lib/checklists/assessment-share.ts';

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

	test('explains that it needs JavaScript and leaves the checklist readable, without tabs', async () => {
		const { page } = browse();
		await page.goto(`/checklists/${CHECKLIST}/#assess`);
		await expect(page.getByRole('tab').count()).resolves.toBe(0);
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
		await assessment.ready();
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
		await assessment.ready();
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

	test('prints the assessment in Assess mode: scores, each rating and note, no controls', async () => {
		const assessment = await open();
		await assessment.nameAssessment('Rename assessment', 'Acme review');
		await assessment.rate(first.text, 'Met');
		await assessment.note(first.text).fill('Booked for 3 June');
		await assessment.rate(required.text, 'Not met');
		const { page } = assessment;
		await page.emulateMedia({ media: 'print' });
		await expect(assessment.overall.isVisible()).resolves.toBe(true);
		await expect(assessment.overall.textContent()).resolves.toBe(
			`Overall score: 50% · 2 of ${total} rated`,
		);
		await expect(assessment.sectionScore('Set-up').isVisible()).resolves.toBe(true);
		await expect(page.locator('.pdp-assess__print-header').textContent()).resolves.toMatch(
			/Assessment: Acme review · Printed \d{4}-\d{2}-\d{2} · Checklist version [a-z0-9]+/,
		);
		const item = assessment.item(first.text);
		await expect(item.getByText('Met', { exact: true }).isVisible()).resolves.toBe(true);
		await expect(item.getByText('Partly', { exact: true }).isVisible()).resolves.toBe(false);
		await expect(item.getByText('Evidence: Booked for 3 June').isVisible()).resolves.toBe(true);
		await expect(item.getByRole('textbox').isVisible()).resolves.toBe(false);
		const unrated = await assessment
			.item(second.text)
			.locator('.pdp-assess__ratings')
			.evaluate((element) => getComputedStyle(element, '::before').content);
		expect(unrated).toBe('"Not rated"');
		// A review record, not a page: no tabs, toolbar, tick list, role picker or feedback box.
		for (const chrome of [
			'[role="tablist"]',
			'pdp-assessment .pdp-cl',
			'.pdp-checklist__item',
			'pdp-role-picker',
			'.pdp-feedback',
		])
			await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
	});

	test('prints the tick list, not the assessment, in Tick mode', async () => {
		const assessment = await open();
		await assessment.tab('Tick').click();
		await assessment.page.emulateMedia({ media: 'print' });
		await expect(
			assessment.page.getByRole('heading', { name: 'Assess this gate' }).isVisible(),
		).resolves.toBe(false);
		await expect(assessment.page.locator('.pdp-print-header').textContent()).resolves.toMatch(
			/Run: My run · 0 of \d+ done · required \d+ of \d+/,
		);
		await expect(
			assessment.page.locator('.pdp-checklist__item').locator('visible=true').count(),
		).resolves.toBe(total);
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
		await page.locator('pdp-checklist[data-ready]').waitFor();
		await expect(page.locator('pdp-assessment').count()).resolves.toBe(0);
		await expect(page.getByRole('heading', { name: 'Assess this gate' }).count()).resolves.toBe(0);
		expect(problems).toEqual([]);
	});

	test('its code loads on quality-gate pages only, and there only when Assess is first opened', async () => {
		const outDir = resolve(import.meta.dirname, '../..', resolveOutDir());
		const phase = pageScripts(outDir, `/checklists/${phaseChecklist}/`);
		expect([...phase].filter((script) => /ReviewModes|assessment/.test(script))).toEqual([]);
		const { page } = browse();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const assessment = new AssessmentPage(page);
		await page.goto(`/checklists/${CHECKLIST}/`);
		await assessment.tab('Assess').waitFor();
		const isAssessment = (path: string) => /\/assessment\.client\.[\w-]+\.js$/.test(path);
		expect(requested.filter(isAssessment)).toEqual([]);
		await assessment.tab('Assess').click();
		await assessment.ready();
		expect(requested.filter(isAssessment)).toHaveLength(1);
		// What opening adds to what the page had loaded: the budget test holds its size.
		const before = pageScripts(outDir, `/checklists/${CHECKLIST}/`);
		const [loaded] = requested.filter(isAssessment);
		const added = [...withImports(outDir, loaded ?? '')].filter((script) => !before.has(script));
		expect(added.length).toBeGreaterThan(0);
		expect(gzipSize(outDir, added)).toBeLessThanOrEqual(7 * 1024);
	});
});

describe('assessment share links', () => {
	const browse = useBrowser();
	const open = async () => new AssessmentPage(browse().page).open(CHECKLIST);
	/** A second reader, with a browser (and storage) of their own. */
	const receiver = async () => {
		const browser = browse().context.browser();
		if (!browser) throw new Error('no browser');
		const context = await browser.newContext({ baseURL: browse().baseUrl });
		return { context, reader: new AssessmentPage(await context.newPage()) };
	};

	test('carries name, ratings and notes in the fragment; the receiver sees it read-only and keeps their own', async () => {
		const sender = await open();
		await sender.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await sender.nameAssessment('Rename assessment', 'Acme <b>review</b>');
		await sender.rate(first.text, 'Met');
		await sender.note(first.text).fill('Booked for 3 June\nwith the board');
		await sender.rate(required.text, 'Not met');
		const link = await sender.shareLink();
		expect(link).toMatch(new RegExp(`/checklists/${CHECKLIST}/#assess=[A-Za-z0-9_-]+$`));
		expect(new URL(link).search).toBe('');
		await expect(sender.shareStatus.textContent()).resolves.toBe('Copied the share link.');
		await expect(sender.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);

		const { context, reader } = await receiver();
		await reader.open(CHECKLIST);
		await reader.rate(second.text, 'Partly');
		await reader.note(second.text).fill('Mine');
		await reader.page.waitForTimeout(500);
		const before = await reader.stored(CHECKLIST);
		await reader.page.goto(link);
		await reader.ready();
		await expect(reader.tab('Assess').getAttribute('aria-selected')).resolves.toBe('true');
		await expect(reader.sharedBanner.locator('p').first().textContent()).resolves.toBe(
			`Shared assessment “Acme <b>review</b>” — 2 of ${total} rated. Your own assessments are unchanged.`,
		);
		await expect(reader.sharedBanner.locator('b').count()).resolves.toBe(0);
		await expect(reader.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
		await expect(reader.radio(first.text, 'Met').isDisabled()).resolves.toBe(true);
		await expect(reader.note(first.text).inputValue()).resolves.toBe(
			'Booked for 3 June\nwith the board',
		);
		await expect(reader.note(first.text).getAttribute('readonly')).resolves.toBe('');
		await expect(reader.radio(second.text, 'Partly').isChecked()).resolves.toBe(false);
		await expect(reader.overall.textContent()).resolves.toBe(
			`Overall score: 50% · 2 of ${total} rated`,
		);
		await expect(reader.select.isVisible()).resolves.toBe(false);
		await expect(reader.stored(CHECKLIST)).resolves.toBe(before);

		await reader.button('Back to my assessments').click();
		await expect(reader.sharedBanner.isVisible()).resolves.toBe(false);
		await expect(reader.radio(second.text, 'Partly').isChecked()).resolves.toBe(true);
		await expect(reader.page.evaluate(() => location.hash)).resolves.toBe('#assess');
		await expect(reader.stored(CHECKLIST)).resolves.toBe(before);

		await reader.page.goto(link);
		await reader.ready();
		await reader.button('Save as my assessment').click();
		await expect(reader.optionNames()).resolves.toEqual(['My assessment', 'Acme <b>review</b>']);
		await expect(reader.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
		await expect(reader.radio(first.text, 'Met').isDisabled()).resolves.toBe(false);
		await expect(reader.page.evaluate(() => location.hash)).resolves.toBe('#assess');
		await reader.select.selectOption({ label: 'My assessment' });
		await expect(reader.note(second.text).inputValue()).resolves.toBe('Mine');
		await context.close();
		expect(browse().problems).toEqual([]);
	});

	test('refuses to save a shared assessment past the 50 this browser keeps, keeping the shared view', async () => {
		const { page, problems } = browse();
		const assessments = Array.from({ length: 50 }, (_, index) => ({
			id: `a${String(index)}`,
			name: `Engagement ${String(index)}`,
			ratings: {},
			updated: 1,
		}));
		const seeded = JSON.stringify({ version: 1, active: 'a0', assessments });
		await page.addInitScript(
			([key, value]) => {
				if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
				sessionStorage.setItem('seeded', '1');
			},
			[KEY, seeded] as const,
		);
		const sender = await new AssessmentPage(page).open(CHECKLIST);
		await sender.rate(first.text, 'Met');
		const link = await sender.shareLink();
		const before = await sender.stored(CHECKLIST);
		await page.goto(link);
		await sender.ready();
		await sender.button('Save as my assessment').click();
		await expect(sender.notice.textContent()).resolves.toContain('at most 50 assessments');
		await expect(sender.sharedBanner.isVisible()).resolves.toBe(true);
		await expect(sender.stored(CHECKLIST)).resolves.toBe(before);
		expect(problems).toEqual([]);
	});

	test('a damaged link shows a notice and the reader’s own assessments; a link for another version says so', async () => {
		const { page, problems } = browse();
		const assessment = await new AssessmentPage(page).open(CHECKLIST, '#assess=not-a-share');
		await expect(assessment.notice.textContent()).resolves.toContain('damaged or incomplete');
		await expect(assessment.sharedBanner.isVisible()).resolves.toBe(false);
		await expect(assessment.select.isVisible()).resolves.toBe(true);
		const stale = encodeAssessmentShare({
			name: 'Last year',
			ratings: new Map([[first.id, { rating: 'met', note: '' }]]),
			fingerprint: 'older',
		}).param;
		await page.goto(`/checklists/${CHECKLIST}/#assess=${stale ?? ''}`);
		await assessment.ready();
		await expect(assessment.sharedBanner.isVisible()).resolves.toBe(true);
		await expect(assessment.sharedBanner.textContent()).resolves.toContain(
			'made for another version of the checklist',
		);
		await expect(assessment.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	test('shortens notes too long for a link and says so, and the Markdown carries the link of the exact state', async () => {
		const assessment = await open();
		for (const item of items)
			await assessment.note(item.text).fill(`${item.id}: ${'evidence '.repeat(50)}`);
		await assessment.rate(first.text, 'Partly');
		const link = await assessment.shareLink();
		expect(link.length).toBeLessThanOrEqual(8_000 + 200);
		await expect(assessment.shareStatus.textContent()).resolves.toMatch(
			new RegExp(`${total} evidence notes were too long for a link and are shortened in it`),
		);
		const { text } = await assessment.download();
		expect(text).toContain(`- [Open this assessment as exported](${link})`);
		expect(text).toContain('## Set-up: ');
		await assessment.page.goto(link);
		await assessment.ready();
		await expect(assessment.radio(first.text, 'Partly').isChecked()).resolves.toBe(true);
		await expect(assessment.note(first.text).inputValue()).resolves.toMatch(/^[\s\S]+…$/);
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
		await page.locator('pdp-checklist[data-ready]').waitFor();
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
		await assessment.ready();
		await expect(assessment.notice.isVisible()).resolves.toBe(false);
		await expect(assessment.radio(first.text, 'Met').isChecked()).resolves.toBe(true);
		await expect(page.evaluate(() => 'polluted' in {})).resolves.toBe(false);
		expect(problems).toEqual([]);
	});
});
