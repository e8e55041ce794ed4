import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser, type WatchedPage } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { failStorageFor } from './support/storage-faults.ts';
import { readSiteEntries } from '../support/site-content.ts';

const entries = readSiteEntries();
const checklists = entries.filter((entry) => entry.collection === 'checklists');
const gates = entries.filter(
	(entry) => entry.collection === 'processes' && entry.data['qualityGate'],
);
const itemsOf = (id: string) =>
	(checklists.find((entry) => entry.id === id)?.data['items'] ?? []) as {
		id: string;
		text: string;
		required?: boolean;
	}[];
const TODAY = new Date('2026-07-15T10:00:00');
const ENGAGEMENT = {
	name: 'Acme migration',
	customer: 'Acme Ltd',
	start: '2026-03-02',
	end: '2026-11-27',
	sow: 'SOW-0042',
	notes: 'Data centre exit by November.',
};
const scratch = mkdtempSync(join(tmpdir(), 'pdp-engagements-'));

/** Opens the engagements with the clock fixed on 15 July 2026. */
async function openList(page: Page): Promise<void> {
	await page.clock.setFixedTime(TODAY);
	await page.goto('/engagements/');
	await page.locator('pdp-engagements[data-ready]').waitFor();
}

/** Opens an engagement's page and waits for it to draw. */
async function openEngagement(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('pdp-engagements[data-ready]').waitFor();
}

/** A checklist's row in its phase's table, found by the checklist's title. */
const checklistRow = (page: Page, title: string) =>
	page.locator('[data-phases] tbody tr').filter({ hasText: title });
/** A gate's row, found by its name. */
const gateRow = (page: Page, name: string) =>
	page.locator('[data-gates] tbody tr').filter({ hasText: name });

/** The timeline's table, drawn once the timeline comes near the screen. */
async function timelineRows(page: Page) {
	await page.locator('[data-timeline]').scrollIntoViewIfNeeded();
	const rows = page.locator('[data-timeline] table tbody tr');
	await rows.first().waitFor();
	return rows;
}

/** Creates the engagement through the form and waits for its page. */
async function create(page: Page, fields: Partial<typeof ENGAGEMENT> = {}): Promise<void> {
	await openList(page);
	await page.locator('[data-create] > summary').click();
	const form = page.locator('[data-create-form]');
	for (const [name, value] of Object.entries({ ...ENGAGEMENT, ...fields })) {
		await form.locator(`[name="${name}"]`).fill(value);
	}
	await form.getByRole('button', { name: 'Create engagement' }).click();
	await page.waitForURL('**/engagements/engagement/?id=*');
	await page.locator('pdp-engagements[data-ready]').waitFor();
}

async function downloadText(
	page: Page,
	menu: string,
	item: string,
): Promise<{ name: string; text: string }> {
	await page.locator('summary', { hasText: menu }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: item }).click(),
	]);
	return {
		name: download.suggestedFilename(),
		text: readFileSync((await download.path()) ?? '', 'utf8'),
	};
}

async function freshPage(watched: WatchedPage): Promise<{ context: BrowserContext; page: Page }> {
	const browser = watched.context.browser();
	if (!browser) throw new Error('no browser');
	const context = await browser.newContext({ baseURL: watched.baseUrl });
	const page = await context.newPage();
	await page.clock.setFixedTime(TODAY);
	return { context, page };
}

describe('engagements without JavaScript', () => {
	const browse = useBrowser({ javaScriptEnabled: false });

	test('the workspace says what it does and links every checklist by phase', async () => {
		const { page, problems } = browse();
		await page.goto('/engagements/');
		await expect(page.locator('.pdp-no-script').isVisible()).resolves.toBe(true);
		await expect(page.locator('.pdp-no-script a[href^="/checklists/"]').count()).resolves.toBe(
			checklists.length,
		);
		await expect(page.locator('[data-create-form]').isVisible()).resolves.toBe(false);
		await page.goto('/engagements/engagement/?id=anything');
		await expect(page.locator('.pdp-no-script').isVisible()).resolves.toBe(true);
		await expect(page.locator('.pdp-no-script').textContent()).resolves.toContain(
			'improvement plans and milestones',
		);
		await expect(page.locator('[data-body]').isVisible()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});
});

describe('engagements with JavaScript', () => {
	const browse = useBrowser();

	test('creating an engagement opens its page: where it stands, next up, phases, gates and a timeline', async () => {
		const { page, problems } = browse();
		await openList(page);
		await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
		await expect(page.locator('.pdp-no-script').isVisible()).resolves.toBe(false);
		// A planned end before the start is refused, naming the field.
		await page.locator('[data-create] > summary').click();
		const form = page.locator('[data-create-form]');
		await form.locator('[name="name"]').fill('Backwards');
		await form.locator('[name="start"]').fill('2026-05-01');
		await form.locator('[name="end"]').fill('2026-04-01');
		await form.getByRole('button', { name: 'Create engagement' }).click();
		await expect
			.poll(() => form.locator('[data-form-error]').textContent())
			.toBe('The planned end date must come after the start date.');
		await create(page);
		await expect(page.locator('main h1').textContent()).resolves.toBe(ENGAGEMENT.name);
		await expect(page.locator('[data-facts]').textContent()).resolves.toBe(
			'Acme Ltd · SOW SOW-0042 · 2 March 2026 to 27 November 2026',
		);
		const today = (await page.locator('[data-today]').textContent()) ?? '';
		expect(today).toContain('is in Manage & Inspect');
		expect(today).toContain(
			'Day 135 since the start. The DQI window is open until 2 March 2027, 230 days from today.',
		);
		// Next up: eight required items, the earliest first, the overdue ones flagged.
		const next = page.locator('[data-next] > li');
		await expect(next.count()).resolves.toBe(9);
		await expect(next.first().textContent()).resolves.toContain('Overdue');
		await expect(next.last().textContent()).resolves.toMatch(/^and \d+ more required items/);
		// Each phase lists its checklists, with nothing done yet.
		await expect(page.locator('[data-phases] h3').allTextContents()).resolves.toEqual([
			'Sales to Delivery (S2D)',
			'Launch',
			'Manage & Inspect',
			'Close & Delivery to Sales (D2S)',
		]);
		await expect(page.locator('[data-phases] tbody tr').count()).resolves.toBe(checklists.length);
		// Every gate, its window and status.
		const gateRows = page.locator('[data-gates] tbody tr');
		await expect(gateRows.count()).resolves.toBe(gates.length);
		const dqi = gateRows.filter({ hasText: 'Delivery Quality Inspection' });
		await expect(dqi.textContent()).resolves.toContain('30 June 2026 to 2 March 2027');
		await expect(dqi.textContent()).resolves.toContain('Not started');
		// The timeline is drawn, and read as a table.
		const rows = await (await timelineRows(page)).count();
		expect(rows).toBeGreaterThanOrEqual(4 + gates.length);
		await expect(
			page.locator('[data-timeline] svg rect, [data-timeline] svg circle').count(),
		).resolves.toBe(rows);
		await expect(page.locator('[data-timeline] svg .pdp-ws__now').count()).resolves.toBe(1);
		// Listed on the engagements page.
		await openList(page);
		await expect(page.locator('[data-list] > li').textContent()).resolves.toContain(
			'Today: Manage & Inspect',
		);
		expect(problems).toEqual([]);
	});

	test('work done from the engagement lands in its own run and assessment, and its progress and gate follow', async () => {
		const { page, problems } = browse();
		await create(page);
		const engagementUrl = page.url();
		const s2d = checklistRow(page, 'Sales to Delivery (S2D) phase checklist');
		await s2d.getByRole('link', { name: 'Start a run' }).click();
		await page.waitForURL('**/checklists/s2d-phase/');
		await expect(page.locator('[data-run-select] option:checked').textContent()).resolves.toBe(
			ENGAGEMENT.name,
		);
		const first = itemsOf('s2d-phase')[0]!;
		await page.locator(`#${first.id} input[type="checkbox"]`).check();
		await openEngagement(page, engagementUrl);
		const required = itemsOf('s2d-phase').filter((item) => item.required !== false).length;
		await expect(
			checklistRow(page, 'Sales to Delivery (S2D) phase checklist').textContent(),
		).resolves.toContain(`1 of ${String(required)}`);
		await expect(page.locator('[data-next]').textContent()).resolves.not.toContain(first.text);
		// Assessing the OQR from its gate row opens an assessment named after the engagement.
		const oqr = gateRow(page, 'Opportunity Quality Review');
		await oqr.getByRole('link', { name: 'Assess' }).click();
		await page.waitForURL('**/checklists/oqr/#assess');
		await expect(page.locator('[data-assess-select] option:checked').textContent()).resolves.toBe(
			ENGAGEMENT.name,
		);
		await page.locator('[data-assess-item]').first().getByLabel('Met', { exact: true }).check();
		await openEngagement(page, engagementUrl);
		await expect(gateRow(page, 'Opportunity Quality Review').textContent()).resolves.toContain(
			'In progress',
		);
		expect(problems).toEqual([]);
	});

	test('a run made on its checklist page can be filed in an engagement from there', async () => {
		const { page, problems } = browse();
		await create(page);
		const engagementUrl = page.url();
		await page.goto('/checklists/launch-phase/');
		const first = itemsOf('launch-phase')[0]!;
		await page.locator(`#${first.id} input[type="checkbox"]`).check();
		await page.locator('summary', { hasText: 'Run actions' }).click();
		await page.getByRole('button', { name: 'Engagement…' }).click();
		await page.waitForURL('**/engagements/?file=launch-phase:run:*');
		const filing = page.locator('[data-filing]');
		await filing.waitFor();
		await expect(filing.textContent()).resolves.toContain(
			'File the run “My run” of Launch phase checklist in an engagement.',
		);
		await filing.getByRole('button', { name: 'File it here' }).click();
		await expect
			.poll(() => filing.textContent())
			.toContain(`Filed the run “My run” in ${ENGAGEMENT.name}.`);
		await filing.getByRole('link', { name: 'Back to the checklist' }).click();
		await page.waitForURL('**/checklists/launch-phase/');
		await openEngagement(page, engagementUrl);
		await expect(checklistRow(page, 'Launch phase checklist').textContent()).resolves.toContain(
			'1 of',
		);
		// A hand-made address files nothing.
		await page.goto('/engagements/?file=launch-phase:run:nosuchrun');
		await page.locator('pdp-engagements[data-ready]').waitFor();
		await expect(page.locator('[data-filing]').isVisible()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	test('an assessment with no engagement yet is filed in the one the reader starts for it', async () => {
		const { page, problems } = browse();
		await page.clock.setFixedTime(TODAY);
		await page.goto('/checklists/dqi/#assess');
		await page.locator('[data-assess-item]').first().getByLabel('Met', { exact: true }).check();
		await page.getByRole('button', { name: 'Engagement…' }).click();
		await page.waitForURL('**/engagements/?file=dqi:assessment:*');
		const filing = page.locator('[data-filing]');
		await filing.waitFor();
		await expect(filing.textContent()).resolves.toContain('Start one below');
		await page.locator('[data-create] > summary').click();
		const form = page.locator('[data-create-form]');
		for (const [name, value] of Object.entries(ENGAGEMENT)) {
			await form.locator(`[name="${name}"]`).fill(value);
		}
		await form.getByRole('button', { name: 'Create engagement' }).click();
		await page.waitForURL('**/engagements/engagement/?id=*');
		await page.locator('pdp-engagements[data-ready]').waitFor();
		await expect(gateRow(page, 'Delivery Quality Inspection').textContent()).resolves.toContain(
			'In progress',
		);
		expect(problems).toEqual([]);
	});

	test('moving a phase’s dates moves its items and the timeline', async () => {
		const { page, problems } = browse();
		await create(page);
		const launch = page.locator('section[aria-labelledby="phase-launch"]');
		await launch.getByRole('button', { name: 'Change dates: Launch' }).click();
		await launch.locator('[name="start"]').fill('2026-03-02');
		await launch.locator('[name="end"]').fill('2026-02-01');
		await launch.getByRole('button', { name: 'Save Launch dates' }).click();
		await launch.locator('[data-form-error]:not([hidden])').waitFor();
		await launch.locator('[name="end"]').fill('2026-08-31');
		await launch.getByRole('button', { name: 'Save Launch dates' }).click();
		await expect
			.poll(() => launch.locator('.pdp-ws__meta').first().textContent())
			.toContain('2 March 2026 to 31 August 2026 (dates you set)');
		const launchRow = (await timelineRows(page)).filter({ hasText: 'Launch' }).first();
		await expect.poll(() => launchRow.textContent()).toContain('31 August 2026');
		await launch.getByRole('button', { name: 'Change dates: Launch' }).click();
		await launch.getByRole('button', { name: 'Use the computed dates' }).click();
		await expect.poll(() => launch.textContent()).not.toContain('dates you set');
		expect(problems).toEqual([]);
	});

	test('exports: a calendar another parser reads, dates as CSV, a review record and the engagement record', async () => {
		const { page, problems } = browse();
		await create(page);
		const ics = await downloadText(page, 'Export', 'Dates for a calendar (.ics)');
		expect(ics.name).toBe('acme-migration-2026-07-15.ics');
		const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[]);
		const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
		const dqi = events.find((event) => event.summary.includes('Delivery Quality Inspection'));
		expect(dqi?.startDate.toString()).toBe('2026-06-30');
		expect(dqi?.startDate.isDate).toBe(true);
		expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
		const again = await downloadText(page, 'Export', 'Dates for a calendar (.ics)');
		const uids = (text: string) =>
			new ICAL.Component(ICAL.parse(text) as unknown[])
				.getAllSubcomponents('vevent')
				.map((event) => event.getFirstPropertyValue('uid'));
		expect(uids(again.text)).toEqual(uids(ics.text));

		const csv = await downloadText(page, 'Export', 'Dates as CSV');
		expect(csv.text.split('\r\n')[0]).toBe('kind,title,phase,start,end,link');

		const review = await downloadText(page, 'Export', 'Review record (Markdown)');
		expect(review.name).toBe('acme-migration-2026-07-15-review.md');
		expect(review.text).toContain(ENGAGEMENT.name);
		expect(review.text).toContain('/checklists/');

		const record = await downloadText(page, 'Export', 'Engagement record (JSON)');
		const parsed = JSON.parse(record.text) as {
			schemaVersion: number;
			engagement: { name: string };
		};
		expect(parsed.schemaVersion).toBe(1);
		expect(parsed.engagement.name).toBe(ENGAGEMENT.name);
		// The record is what its published JSON Schema says.
		const schema = (await (
			await page.request.get('/api/engagement-record.schema.json')
		).json()) as object;
		const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
		expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
		expect(problems).toEqual([]);
	});

	test('a record imported in another browser adds the engagement; importing it again asks keep both or replace', async () => {
		const watched = browse();
		await create(watched.page);
		const engagementUrl = watched.page.url();
		await checklistRow(watched.page, 'Sales to Delivery (S2D) phase checklist')
			.getByRole('link', { name: 'Start a run' })
			.click();
		await watched.page.waitForURL('**/checklists/s2d-phase/');
		await watched.page.locator(`#${itemsOf('s2d-phase')[0]!.id} input[type="checkbox"]`).check();
		await openEngagement(watched.page, engagementUrl);
		const record = await downloadText(watched.page, 'Export', 'Engagement record (JSON)');
		const file = join(scratch, 'acme.engagement.json');
		writeFileSync(file, record.text);
		const { context, page } = await freshPage(watched);
		await openList(page);
		await page.locator('[data-import]').setInputFiles(file);
		await expect.poll(() => page.locator('[data-list] > li').count()).toBe(1);
		await expect(page.locator('[data-notice]').textContent()).resolves.toContain(
			`Imported “${ENGAGEMENT.name}”.`,
		);
		// The other browser sees the engagement with its work: the ticked item counts.
		await page.locator('[data-list] a').click();
		await page.locator('pdp-engagements[data-ready]').waitFor();
		await expect(
			checklistRow(page, 'Sales to Delivery (S2D) phase checklist').textContent(),
		).resolves.toMatch(/1 of \d+/);
		await expect(page.locator('[data-next]').textContent()).resolves.not.toContain(
			itemsOf('s2d-phase')[0]!.text,
		);
		await openList(page);
		await page.locator('[data-import]').setInputFiles(file);
		await page.locator('[data-conflict]').waitFor();
		await page.getByRole('button', { name: 'Keep both' }).click();
		await expect.poll(() => page.locator('[data-list] > li').count()).toBe(2);
		await page.locator('[data-import]').setInputFiles(file);
		await page.getByRole('button', { name: 'Replace mine' }).click();
		await expect.poll(() => page.locator('[data-notice]').textContent()).toContain('Imported');
		await expect(page.locator('[data-list] > li').count()).resolves.toBe(2);
		await context.close();
		expect(watched.problems).toEqual([]);
	});

	test('hostile or broken record files are refused with a notice, and nothing kept is lost', async () => {
		const { page, problems } = browse();
		await create(page);
		await openList(page);
		const files: [string, string | Buffer, string][] = [
			['notes.txt', 'not json at all', 'was not imported'],
			['newer.json', JSON.stringify({ schemaVersion: 9, engagement: {} }), 'newer version'],
			[
				'proto.json',
				`{"schemaVersion":1,"__proto__":{"polluted":true},"engagement":{"id":"x1","name":"P","start":"2026-01-01","end":"2026-02-01","__proto__":{"polluted":true}},"runs":[],"assessments":[]}`,
				'Imported',
			],
			[
				'dates.json',
				JSON.stringify({
					schemaVersion: 1,
					engagement: { id: 'd1', name: 'D', start: '1900-01-01', end: '2026-01-01' },
				}),
				'was not imported',
			],
			['huge.json', Buffer.alloc(6_000_000, 32), 'larger than 5 MB'],
			['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'was not imported'],
		];
		for (const [name, content, notice] of files) {
			await page
				.locator('[data-import]')
				.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
			await expect.poll(() => page.locator('[data-notice]').textContent()).toContain(notice);
			await page.evaluate(() => document.querySelector('[data-notice]')?.replaceChildren());
		}
		await expect(page.evaluate(() => ({}))).resolves.toEqual({});
		await expect(
			page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
		).resolves.toBeUndefined();
		await expect(page.locator('[data-list] > li').allTextContents()).resolves.toEqual([
			expect.stringContaining(ENGAGEMENT.name),
			expect.stringContaining('P'),
		]);
		expect(problems).toEqual([]);
	});

	test('a share link opens the engagement read-only in a fresh browser, to save as the reader’s own', async () => {
		const watched = browse();
		await create(watched.page);
		await watched.page.getByRole('button', { name: 'Copy share link' }).click();
		await watched.page.locator('[data-output]:not([hidden])').waitFor();
		const link = await watched.page.locator('[data-output-field]').inputValue();
		expect(link).toMatch(/\/engagements\/engagement\/#share=[\w-]+$/);
		expect(link.length).toBeLessThan(9_000);
		const { context, page } = await freshPage(watched);
		await page.goto(link);
		await page.locator('[data-shared]:not([hidden])').waitFor();
		await expect(page.locator('main h1').textContent()).resolves.toBe(
			`${ENGAGEMENT.name} (shared)`,
		);
		await expect(page.locator('[data-own]').isVisible()).resolves.toBe(false);
		await expect(page.locator('[data-gates] tbody tr').count()).resolves.toBe(gates.length);
		await page.getByRole('button', { name: 'Save as mine' }).click();
		await page.waitForURL('**/engagements/engagement/?id=*');
		await page.locator('pdp-engagements[data-ready]').waitFor();
		await expect(page.locator('main h1').textContent()).resolves.toBe(ENGAGEMENT.name);
		await expect(page.locator('[data-shared]').isVisible()).resolves.toBe(false);
		// A damaged link says so.
		await page.goto('/engagements/engagement/#share=not-a-share');
		await expect
			.poll(() => page.locator('[data-notice]').textContent())
			.toContain('damaged or incomplete');
		await context.close();
		expect(watched.problems).toEqual([]);
	});

	test('two tabs stay in step, and archive and delete can be undone', async () => {
		const { page, context, problems } = browse();
		await create(page);
		const second = await context.newPage();
		await openList(second);
		await expect(second.locator('[data-list] > li').count()).resolves.toBe(1);
		await page.locator('summary', { hasText: 'Engagement' }).last().click();
		await page.getByRole('button', { name: 'Archive' }).click();
		await expect.poll(() => second.locator('[data-list] > li').count()).toBe(0);
		await expect(second.locator('[data-archived-summary]').textContent()).resolves.toBe(
			'Archived (1)',
		);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => second.locator('[data-list] > li').count()).toBe(1);
		await page.locator('summary', { hasText: 'Engagement' }).last().click();
		await page.getByRole('button', { name: 'Delete' }).click();
		await page.locator('[data-missing]:not([hidden])').waitFor();
		await expect.poll(() => second.locator('[data-list] > li').count()).toBe(0);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.locator('main h1').textContent()).resolves.toBe(ENGAGEMENT.name);
		await expect.poll(() => second.locator('[data-list] > li').count()).toBe(1);
		expect(problems).toEqual([]);
	});

	test('what falls short at a gate becomes an improvement plan; a milestone compares with a later assessment', async () => {
		const { page, problems } = browse();
		await create(page);
		const engagementUrl = page.url();
		const [first, second] = itemsOf('oqr') as [{ id: string; text: string }, { text: string }];
		const rate = async (item: { text: string }, rating: string) =>
			page
				.locator('[data-assess-item]', { hasText: item.text })
				.getByRole('radio', { name: rating, exact: true })
				.check();
		await gateRow(page, 'Opportunity Quality Review').getByRole('link', { name: 'Assess' }).click();
		await page.waitForURL('**/checklists/oqr/#assess');
		await rate(first, 'Partly');
		await rate(second, 'Not met');
		await openEngagement(page, engagementUrl);
		// Each item rated short is an action, linked to its guidance; a fresh one is open.
		const action = page.locator('[data-plan] tbody tr', { hasText: first.text });
		await expect(action.textContent()).resolves.toMatch(/OQR · Rated partly · Guidance: .+Open/);
		await expect(
			page.locator('[data-plan] tbody tr', { hasText: second.text }).textContent(),
		).resolves.toContain('Rated not met');
		await action.getByRole('button', { name: 'Edit' }).click();
		const form = page.locator('[data-action-form]');
		await form.getByLabel('Owner').fill('Dana Reyes');
		await form.getByLabel('Due').fill('2026-07-01');
		await form.getByLabel('Status').selectOption({ label: 'In progress' });
		await form.getByLabel('Note').fill('Agree the outcomes with the sponsor.');
		await form.getByRole('button', { name: 'Save action' }).click();
		await expect
			.poll(() => action.textContent())
			.toMatch(/Dana Reyes.*1 July 2026.*Overdue.*In progress/);
		const csv = await downloadText(page, 'Export', 'Improvement plan (CSV, for a tracker)');
		expect(csv.name).toBe('acme-migration-2026-07-15-plan.csv');
		expect(csv.text.split('\r\n')[0]).toBe('Title,Description,Owner,Due date,Status');
		expect(csv.text).toContain(`Checklist item: ${browse().baseUrl}/checklists/oqr/#${first.id}`);
		expect(csv.text).toContain(',Dana Reyes,2026-07-01,In progress\r\n');
		// A milestone freezes the assessment, named after the gate and the day.
		const milestones = page.locator('[data-milestones]');
		await expect(milestones.getByLabel('Label').inputValue()).resolves.toBe('OQR day 135');
		await milestones.getByRole('button', { name: 'Save milestone' }).click();
		await expect.poll(() => milestones.locator('li', { hasText: 'OQR day 135' }).count()).toBe(1);
		// The item comes good on the checklist; the comparison with now shows it improved.
		await page.goto('/checklists/oqr/#assess');
		await rate(first, 'Met');
		await openEngagement(page, engagementUrl);
		await expect(
			milestones.locator('summary', { hasText: 'Improved' }).textContent(),
		).resolves.toBe('Improved: 1');
		await milestones.locator('summary', { hasText: 'Improved' }).click();
		await expect(milestones.locator('.pdp-ws__changes li').first().textContent()).resolves.toBe(
			`${first.text}: Partly → Met`,
		);
		await expect(milestones.locator('svg[role="img"]').getAttribute('aria-label')).resolves.toBe(
			'Score per section: OQR day 135 and Now. The table below gives the numbers.',
		);
		await expect(
			milestones.locator('table tbody tr').first().locator('td').last().textContent(),
		).resolves.toMatch(/^\+\d+ points$/);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			milestones.getByRole('button', { name: 'Export comparison (Markdown)' }).click(),
		]);
		const markdown = readFileSync((await download.path()) ?? '', 'utf8');
		expect(markdown).toContain('compared with Now (2026-07-15)');
		expect(markdown).toContain(`- ${first.text}: Partly → Met`);
		// The decision is kept; the item is met now, so its action says it no longer falls short.
		await page.reload();
		await page.locator('pdp-engagements[data-ready]').waitFor();
		await expect(action.textContent()).resolves.toMatch(/No longer falls short.*Dana Reyes/);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		// Printed: the plan and the comparison, not the forms and buttons.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-plan] table').isVisible()).resolves.toBe(true);
		await expect(milestones.locator('svg').isVisible()).resolves.toBe(true);
		await expect(action.getByRole('button', { name: 'Edit' }).isVisible()).resolves.toBe(false);
		await expect(milestones.locator('[data-milestone-form]').isVisible()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	test('prints the engagement with sign-off lines and without its controls', async () => {
		const { page } = browse();
		await create(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.pdp-signoff').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-own]').isVisible()).resolves.toBe(false);
		await expect(page.locator('[data-gates] table').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-print-date]').textContent()).resolves.toBe('2026-07-15');
	});

	test('storage the browser refuses leaves the workspace working, and says so', async () => {
		const { page } = browse();
		await page.addInitScript(failStorageFor('getItem', 'SecurityError'));
		await openList(page);
		await expect(page.locator('[data-notice]').textContent()).resolves.toContain(
			'does not let the page save',
		);
	});

	test('a change that would make the engagements more than the store keeps is refused, and said so', async () => {
		const { page } = browse();
		await create(page);
		// Engagements with long notes and actions, filled to 1,000 characters under the bound.
		await page.evaluate((limit) => {
			const key = 'pdp:engagements:v1';
			const store = JSON.parse(localStorage.getItem(key) ?? '{}') as {
				engagements: Record<string, unknown>[];
			};
			const [own] = store.engagements;
			const action = (item: number) => ({
				checklist: 'oqr',
				item: `item-${String(item)}`,
				owner: '',
				due: '',
				status: 'open',
				reason: '',
				note: 'y'.repeat(1_000),
				updated: 0,
			});
			const copies = Array.from({ length: 49 }, (_, n) => ({
				...own,
				id: `copy${String(n)}`,
				notes: '',
				actions: [] as unknown[],
			}));
			const size = () => JSON.stringify({ version: 1, engagements: [own, ...copies] }).length;
			// Counted as they are added; one exact count at the end.
			let estimate = size();
			for (let item = 0; estimate < limit - 4_000; item += 1) {
				copies[item % 49]!.actions.push(action(item));
				estimate += JSON.stringify(action(item)).length + 1;
			}
			copies[48]!.notes = 'x'.repeat(limit - 1_000 - size());
			localStorage.setItem(key, JSON.stringify({ version: 1, engagements: [own, ...copies] }));
		}, 2_000_000);
		await page.reload();
		await page.locator('pdp-engagements[data-ready]').waitFor();
		await page.locator('summary', { hasText: 'Engagement' }).click();
		await page.getByRole('button', { name: 'Edit details' }).click();
		await page.locator('[data-edit-form] [name="notes"]').fill('z'.repeat(2_000));
		await page.locator('[data-edit-form]').getByRole('button', { name: 'Save' }).click();
		await expect
			.poll(() => page.locator('[data-notice]').textContent())
			.toContain('Not saved: the engagements would take more than 2,000,000 characters');
		const kept = await page.evaluate(() => localStorage.getItem('pdp:engagements:v1') ?? '');
		expect(kept.length).toBeLessThanOrEqual(2_000_000);
		expect(kept).not.toContain('z'.repeat(2_000));
	});

	test('an engagement whose checklists changed lists what they no longer have', async () => {
		const { page, problems } = browse();
		await create(page);
		const engagementUrl = page.url();
		const s2d = checklistRow(page, 'Sales to Delivery (S2D) phase checklist');
		await s2d.getByRole('link', { name: 'Start a run' }).click();
		await page.waitForURL('**/checklists/s2d-phase/');
		// A tick kept for an item the checklist has since removed.
		await page.evaluate(() => {
			const key = 'pdp:checklist:v1:s2d-phase';
			const store = JSON.parse(localStorage.getItem(key) ?? '{}') as {
				runs: { checked: string[] }[];
			};
			store.runs[0]?.checked.push('an-item-since-removed');
			localStorage.setItem(key, JSON.stringify(store));
		});
		await openEngagement(page, engagementUrl);
		await expect(page.locator('[data-stale]').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-stale-list]').textContent()).resolves.toBe(
			'Sales to Delivery (S2D) phase checklist: an-item-since-removed',
		);
		expect(problems).toEqual([]);
	});

	test('nothing on an engagement’s page moves once it has drawn, the timeline included', async () => {
		const { page } = browse();
		await create(page);
		await page.addInitScript(() => {
			const shifts: number[] = [];
			Object.assign(window, { pdpShifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
				})[]) {
					if (!entry.hadRecentInput) shifts.push(entry.value);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.reload();
		await page.locator('pdp-engagements[data-ready]').waitFor();
		await timelineRows(page);
		await page.waitForTimeout(300);
		const total = await page.evaluate(() =>
			(window as unknown as { pdpShifts: number[] }).pdpShifts.reduce(
				(sum, value) => sum + value,
				0,
			),
		);
		expect(total).toBeLessThan(0.0005);
	});

	test('both pages pass axe with an engagement on them', async () => {
		const { page } = browse();
		await create(page);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
		await openList(page);
		await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
	});
});
