import type { Locator, Page } from 'playwright-core';

/** A checklist page as a user drives it: items by their text, the toolbar by its labels. */
export class ChecklistPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async open(id: string, query = ''): Promise<this> {
		await this.page.goto(`/checklists/${id}/${query}`);
		// The toolbar is laid out from the first paint; the element says when it works.
		await this.page.locator('pdp-checklist[data-ready]').waitFor({ state: 'attached' });
		return this;
	}

	get root(): Locator {
		return this.page.locator('pdp-checklist');
	}
	get toolbar(): Locator {
		return this.page.locator('[data-toolbar]');
	}
	get items(): Locator {
		return this.page.locator('.pdp-checklist__item');
	}
	get progress(): Locator {
		return this.page.locator('[data-progress]');
	}
	get notice(): Locator {
		return this.page.locator('[data-notice]');
	}
	get sharedBanner(): Locator {
		return this.page.locator('[data-shared]');
	}
	get runSelect(): Locator {
		return this.page.getByRole('combobox', { name: 'Run' });
	}
	get output(): Locator {
		return this.page.locator('[data-output-field]');
	}
	/** The progress strip that stays under the header while the list scrolls. */
	get stickyProgress(): Locator {
		return this.page.locator('[data-progress-sticky]');
	}

	/** The "Link to this item" link of the item at this position (0-based). */
	itemLink(index: number): Locator {
		return this.items.nth(index).getByRole('link', { name: 'Link to this item' });
	}

	/** Document height minus the Related block below the list, in CSS pixels. */
	async heightWithoutRelated(): Promise<number> {
		return this.page.evaluate(() => {
			const related = document.querySelector('.pdp-related');
			return document.documentElement.scrollHeight - (related?.getBoundingClientRect().height ?? 0);
		});
	}

	/** The checkbox of the item at this position (0-based). */
	checkbox(index: number): Locator {
		return this.items.nth(index).getByRole('checkbox');
	}

	async itemText(index: number): Promise<string> {
		return (
			(await this.items.nth(index).locator('.pdp-checklist__text').textContent())?.trim() ?? ''
		);
	}

	async itemId(index: number): Promise<string> {
		return (await this.items.nth(index).getAttribute('data-item-id')) ?? '';
	}

	button(name: string): Locator {
		return this.toolbar.getByRole('button', { name, exact: true });
	}

	/**
	 * Chooses a toolbar action the way a reader does: a button on the toolbar is clicked; one in a
	 * menu (Run actions, Export or import) is reached by opening its menu first.
	 */
	async press(name: string): Promise<void> {
		const menu = this.toolbar.locator('details[data-menu]').filter({
			has: this.page.getByRole('button', { name, exact: true, includeHidden: true }),
		});
		if (
			(await menu.count()) > 0 &&
			!(await menu.evaluate((details) => details.hasAttribute('open')))
		)
			await menu.locator('summary').click();
		await this.button(name).click();
	}

	async newRun(name: string): Promise<void> {
		await this.press('New run');
		await this.page.getByRole('textbox', { name: 'Run name' }).fill(name);
		await this.toolbar.getByRole('button', { name: 'Save', exact: true }).click();
	}

	async checkedIndexes(): Promise<number[]> {
		const states = await this.items.evaluateAll((items) =>
			items.map((item) => (item.querySelector('input') as HTMLInputElement).checked),
		);
		return states.flatMap((checked, index) => (checked ? [index] : []));
	}
}
