import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { findAccessibilityViolations } from './support/axe.ts';
import { readSiteEntries } from '../support/site-content.ts';

interface Gate {
	id: string;
	name: string;
	checklist?: string;
	ifRedOrAmber?: string[];
	performedBy: { role: string }[];
}

const gates = readSiteEntries().flatMap((entry) =>
	entry.collection === 'processes' && entry.data['qualityGate']
		? [{ process: entry.id, ...(entry.data['qualityGate'] as Gate) }]
		: [],
);

describe('quality gates', () => {
	const browse = useBrowser();

	test('the index lists OQR, DQI, PESA, CSAT and deliverable acceptance, each linking its page', async () => {
		const { page, problems } = browse();
		await page.goto('/quality-gates/');
		const links = await page
			.locator('.pdp-gates a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links.sort()).toEqual(
			['oqr', 'dqi', 'pesa', 'csat', 'deliverable-acceptance']
				.map((id) => `/quality-gates/${id}/`)
				.sort(),
		);
		expect(problems).toEqual([]);
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
