import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** The ratings as the page labels them. */
export type RatingLabel = 'Met' | 'Partly' | 'Not met' | 'Not applicable';

/** A quality-gate checklist's assessment as a user drives it: items by their text, controls by label. */
export class AssessmentPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	/** Opens the checklist in Assess mode (`#assess`, or a shared assessment's `#assess=…`). */
	async open(id: string, fragment = '#assess'): Promise<this> {
		await this.page.goto(`/checklists/${id}/${fragment}`);
		await this.ready();
		return this;
	}

	/** Waits for the assessment's lazily loaded code to have brought the form to life. */
	async ready(): Promise<void> {
		await this.page.locator('pdp-assessment [data-assess-ui]:not([inert])').waitFor();
	}

	/** The Tick or Assess tab above the list. */
	tab(name: 'Tick' | 'Assess'): Locator {
		return this.page.getByRole('tablist', { name: 'Checklist mode' }).getByRole('tab', {
			name,
			exact: true,
		});
	}

	/** The panel of the mode shown. */
	get visiblePanel(): Locator {
		return this.page.locator('[role="tabpanel"]:visible');
	}

	get sharedBanner(): Locator {
		return this.root.locator('[data-assess-shared]');
	}
	get shareStatus(): Locator {
		return this.root.locator('[data-assess-share-status]');
	}

	/** Clicks "Copy share link" and returns the link shown. */
	async shareLink(): Promise<string> {
		await this.button('Copy share link').click();
		const field = this.page.getByRole('textbox', { name: 'Share link' });
		await field.waitFor();
		return field.inputValue();
	}

	/** The assessments this browser stores for a checklist, as stored (raw text). */
	async stored(id: string): Promise<string | null> {
		return this.page.evaluate((key) => localStorage.getItem(key), `pdp:assessment:v1:${id}`);
	}

	get root(): Locator {
		return this.page.locator('pdp-assessment');
	}
	get overall(): Locator {
		return this.root.locator('[data-assess-overall]');
	}
	get requiredNotMet(): Locator {
		return this.root.locator('[data-assess-required-not-met]');
	}
	get notice(): Locator {
		return this.root.locator('[data-assess-notice]');
	}
	get select(): Locator {
		return this.page.getByRole('combobox', { name: 'Assessment', exact: true });
	}

	/** The group of an item: its legend is the item's text. */
	item(text: string): Locator {
		return this.root.getByRole('group', { name: text, exact: true });
	}

	radio(text: string, rating: RatingLabel): Locator {
		return this.item(text).getByRole('radio', { name: rating, exact: true });
	}

	note(text: string): Locator {
		return this.item(text).getByRole('textbox', { name: 'Evidence note' });
	}

	async rate(text: string, rating: RatingLabel): Promise<void> {
		await this.radio(text, rating).check();
	}

	sectionScore(title: string): Locator {
		return this.root
			.locator('.pdp-assess__section', {
				has: this.page.getByRole('heading', { name: title, exact: true, level: 3 }),
			})
			.locator('[data-assess-section-score]');
	}

	button(name: string): Locator {
		return this.root.getByRole('button', { name, exact: true });
	}

	async nameAssessment(
		button: 'New assessment' | 'Rename assessment',
		name: string,
	): Promise<void> {
		await this.button(button).click();
		await this.page.getByRole('textbox', { name: 'Assessment name' }).fill(name);
		await this.button('Save name').click();
	}

	async optionNames(): Promise<string[]> {
		return this.select.locator('option').allTextContents();
	}

	/** Clicks "Download Markdown" and returns the file's name and text. */
	async download(): Promise<{ fileName: string; text: string }> {
		const [download] = await Promise.all([
			this.page.waitForEvent('download'),
			this.button('Download Markdown').click(),
		]);
		return {
			fileName: download.suggestedFilename(),
			text: readFileSync((await download.path()) ?? '', 'utf8'),
		};
	}
}
