import type { Locator, Page } from 'playwright-core';

/** The onboarding page and the onboarding box of a step page, as a new hire uses them. */
export class OnboardingPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	/** Opens `/onboarding/` and, when scripts run, waits until the progress panel shows. */
	async open(): Promise<this> {
		await this.page.goto('/onboarding/');
		return this;
	}

	/** Opens a step's page (`/playbooks/<id>/`). */
	async openStep(href: string): Promise<this> {
		await this.page.goto(href);
		return this;
	}

	/** The "Mark as read" checkbox of a step, by the step's title. */
	toggle(title: string): Locator {
		return this.page.getByRole('checkbox', { name: `Mark as read: ${title}`, exact: true }).first();
	}

	/** The polite status that says "5 of 14 read". */
	get progress(): Locator {
		return this.page.locator('pdp-onboarding [data-progress-text][role="status"]');
	}
	get progressBar(): Locator {
		return this.page.getByRole('progressbar', { name: 'Onboarding progress' });
	}
	get continueLink(): Locator {
		return this.page.locator('[data-continue-link]');
	}
	get notice(): Locator {
		return this.page.locator('pdp-onboarding [data-notice]');
	}
	/** The onboarding box of a step page. */
	get stepNav(): Locator {
		return this.page.getByRole('navigation', { name: 'Onboarding path' });
	}
	/** The steps listed on the onboarding page, in order. */
	get steps(): Locator {
		return this.page.locator('ol.pdp-onboarding__steps > li');
	}

	button(name: string): Locator {
		return this.page.getByRole('button', { name, exact: true });
	}

	/** The text of the status once it says something. */
	async progressText(): Promise<string> {
		return (await this.progress.textContent())?.trim() ?? '';
	}
}
