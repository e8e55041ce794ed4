import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries } from '../support/site-content.ts';
import { AssessmentPage } from './support/assessment-page.ts';

interface Gate {
	id: string;
	name: string;
	checklist?: string;
	ifRedOrAmber?: string[];
	performedBy: { role: string }[];
}

const entries = readSiteEntries();
const gates = entries.flatMap((entry) =>
	entry.collection === 'processes' && entry.data['qualityGate']
		? [{ process: entry.id, ...(entry.data['qualityGate'] as Gate) }]
		: [],
);

describe('quality gates', () => {
	const browse = useBrowser();

	test('the index lists only the OQR and the DQI as quality gates, and the rest under headings that claim no more', async () => {
		const { page, problems } = browse();
		await page.goto('/quality-gates/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Quality gates and success measures',
		);
		const listed = (section: string) =>
			page
				.locator(`ul[aria-labelledby="${section}"] a`)
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		const paths = (...ids: string[]) => ids.map((id) => `/quality-gates/${id}/`).sort();
		await expect(page.locator('h2#quality-gate').textContent()).resolves.toBe('Quality gates');
		expect((await listed('quality-gate')).sort()).toEqual(paths('oqr', 'dqi'));
		await expect(page.locator('h2#success-measure').textContent()).resolves.toBe(
			'Success measures',
		);
		expect((await listed('success-measure')).sort()).toEqual(
			paths('csat', 'deliverable-acceptance'),
		);
		await expect(page.locator('h2#security-checkpoint').textContent()).resolves.toBe(
			'Security checkpoint',
		);
		expect(await listed('security-checkpoint')).toEqual(paths('pesa'));
		expect(problems).toEqual([]);
	});

	test.each([
		['csat', 'Success measure'],
		['deliverable-acceptance', 'Success measure'],
		['pesa', 'Security checkpoint'],
		['oqr', 'Quality gate'],
	])(
		'/quality-gates/%s/ keeps its address, says it is a %s, and says once what the framework leaves open',
		async (id, kind) => {
			const { page, problems } = browse();
			const response = await page.goto(`/quality-gates/${id}/`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('.pdp-meta-line a').first().textContent()).resolves.toBe(kind);
			// Its process's open questions, in one line linking each question's page.
			await expect(page.locator('.pdp-open-questions').count()).resolves.toBe(1);
			await expect(
				page.locator('.pdp-open-questions a[href^="/questions/"]').count(),
			).resolves.toBeGreaterThan(0);
			expect(problems).toEqual([]);
		},
	);

	test('the PESA checklist is assessed as a checkpoint, not as a gate', async () => {
		const { page } = browse();
		await page.goto('/quality-gates/pesa/');
		await expect(page.getByRole('link', { name: 'Assess this gate' }).count()).resolves.toBe(0);
		await expect(
			page.getByRole('link', { name: 'Assess this checkpoint' }).getAttribute('href'),
		).resolves.toBe('/checklists/pesa/#assess');
		await page.goto('/checklists/pesa/#assess');
		await new AssessmentPage(page).ready();
		await expect(
			page.getByRole('heading', { name: 'Assess this checkpoint', level: 2 }).isVisible(),
		).resolves.toBe(true);
	});

	test.each(gates)(
		'$name says what it is, when it applies, who does it and links its checklist',
		async (gate) => {
			const { page, problems } = browse();
			await page.goto(`/quality-gates/${gate.id}/`);
			await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
				gate.name,
			);
			for (const heading of ['What it is', 'When it applies', 'Who does it']) {
				await expect(page.getByRole('heading', { name: heading, level: 2 }).count()).resolves.toBe(
					1,
				);
			}
			await expect(page.locator('.pdp-duties [data-role]').count()).resolves.toBe(
				gate.performedBy.length,
			);
			await expect(
				page.locator(`main a[href="/processes/${gate.process}/"]`).first().isVisible(),
			).resolves.toBe(true);
			if (gate.checklist) {
				await expect(
					page.locator(`main a[href="/checklists/${gate.checklist}/"]`).first().isVisible(),
				).resolves.toBe(true);
			}
			await expect(findAccessibilityViolations(page)).resolves.toEqual([]);
			expect(problems).toEqual([]);
		},
	);

	test('the DQI page sums up its checklist by section, with the two things to do, instead of listing the items', async () => {
		const dqi = entries.find((entry) => entry.collection === 'checklists' && entry.id === 'dqi');
		const items = (dqi?.data['items'] ?? []) as { section: string; required?: boolean }[];
		const sections = [...new Set(items.map((item) => item.section))];
		const { page, problems } = browse();
		await page.goto('/quality-gates/dqi/');
		await expect(
			page.getByRole('heading', { name: 'Its checklist', level: 2 }).count(),
		).resolves.toBe(1);
		await expect(page.locator('.pdp-checklist__item').count()).resolves.toBe(0);
		const rows = page.getByRole('list', { name: /^Sections of / }).getByRole('listitem');
		await expect(rows.count()).resolves.toBe(sections.length);
		const section = sections[1] ?? '';
		const inSection = items.filter((item) => item.section === section);
		await expect(rows.nth(1).textContent()).resolves.toMatch(
			new RegExp(
				`^\\s*${section}\\s*${inSection.length} items?, ${inSection.filter((item) => item.required !== false).length} required\\s*$`,
			),
		);
		await expect(
			page.getByRole('link', { name: 'Tick the checklist' }).getAttribute('href'),
		).resolves.toBe('/checklists/dqi/');
		const assess = page.getByRole('link', { name: 'Assess this gate' });
		await expect(assess.getAttribute('href')).resolves.toBe('/checklists/dqi/#assess');
		// The page is now short: its own reading, not a second copy of the list.
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThan(6_000);
		await assess.click();
		const assessment = new AssessmentPage(page);
		await assessment.ready();
		await expect(assessment.tab('Assess').getAttribute('aria-selected')).resolves.toBe('true');
		expect(problems).toEqual([]);
	});

	test('the DQI page sends Red or Amber engagements to back-to-green planning', async () => {
		const dqi = gates.find((gate) => gate.id === 'dqi');
		const target = dqi?.ifRedOrAmber?.[0]?.replace(/^playbooks\//, '') ?? '';
		expect(target).not.toBe('');
		const { page } = browse();
		await page.goto('/quality-gates/dqi/');
		const section = page.locator('h2#red-or-amber + p + ul');
		await expect(section.locator(`a[href="/playbooks/${target}/"]`).count()).resolves.toBe(1);
	});

	test('a process that is a quality gate links to its gate page', async () => {
		const { page } = browse();
		for (const gate of gates) {
			await page.goto(`/processes/${gate.process}/`);
			await expect(
				page.locator(`main a[href="/quality-gates/${gate.id}/"]`).first().isVisible(),
				gate.process,
			).resolves.toBe(true);
		}
	});
});
