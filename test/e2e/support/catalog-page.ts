import type { Locator, Page } from 'playwright-core';

/** The catalog as a user drives it: facets by their labels, results as cards. */
export class CatalogPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async open(path = '/catalog/'): Promise<this> {
		await this.page.goto(path);
		await this.page.locator('pdp-catalog[data-ready]').waitFor();
		// Facets start closed so the results lead; a reader opens the ones to filter by. Those
		// only some types have (the play facts) stay hidden until such a type is chosen.
		for (const summary of await this.page
			.locator('[data-facet-group]:not([hidden]) > summary')
			.all())
			await summary.click();
		return this;
	}

	/** A facet's disclosure, by its facet (`difficulty`). */
	facet(name: string): Locator {
		return this.page.locator(`[data-facet-group="${name}"]`);
	}

	/** Opens a facet that has just been offered, as a reader would. */
	async openFacet(name: string): Promise<void> {
		const facet = this.facet(name);
		if (!(await facet.evaluate((element) => (element as HTMLDetailsElement).open)))
			await facet.locator('summary').click();
	}

	get sort(): Locator {
		return this.page.getByLabel('Sort by');
	}

	/** The checkbox of a facet value, by its label (the count is not part of the name's start). */
	option(label: string): Locator {
		return this.page
			.locator('.pdp-facets__option', { has: this.page.getByText(label, { exact: true }) })
			.getByRole('checkbox');
	}

	count(label: string): Locator {
		return this.page
			.locator('.pdp-facets__option', { has: this.page.getByText(label, { exact: true }) })
			.locator('[data-count]');
	}

	get status(): Locator {
		return this.page.locator('[data-status]');
	}

	get results(): Locator {
		return this.page.locator('[data-results] > li');
	}

	async resultTitles(): Promise<string[]> {
		return this.page.locator('[data-results] .pdp-entry-card__title').allTextContents();
	}
}
