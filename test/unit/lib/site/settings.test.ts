import { describe, expect, test } from 'vitest';
import { editUrlOf, feedbackHref, readSiteSettings } from '../../../../src/lib/site/settings.ts';

describe('site settings', () => {
	test('come from the environment, with working defaults', () => {
		expect(readSiteSettings({}).siteUrl).toBe('http://localhost:4321');
		expect(
			readSiteSettings({ PDP_EDIT_BASE_URL: 'https://git.corp/pdp/edit/main/' }).editBaseUrl,
		).toBe('https://git.corp/pdp/edit/main/');
	});

	test("an entry's edit link is its file's path under the edit address", () => {
		const settings = readSiteSettings({ PDP_EDIT_BASE_URL: 'https://git.corp/pdp/edit/main/' });
		expect(editUrlOf('./content/checklists/oqr.yaml', settings)).toBe(
			'https://git.corp/pdp/edit/main/content/checklists/oqr.yaml',
		);
		expect(editUrlOf('content/faqs/oqr-faq.md', settings)).toBe(
			'https://git.corp/pdp/edit/main/content/faqs/oqr-faq.md',
		);
	});

	test('feedback opens a prefilled e-mail or issue, naming the page', () => {
		const page = { title: 'Run a DQI & more', url: 'https://pdp.corp/playbooks/run-a-dqi/' };
		expect(feedbackHref('mailto:pdp@corp.example', page, false)).toBe(
			'mailto:pdp@corp.example?subject=%5BPDP%5D%20Not%20helpful%3A%20Run%20a%20DQI%20%26%20more&body=Page%3A%20https%3A%2F%2Fpdp.corp%2Fplaybooks%2Frun-a-dqi%2F%0A%0AWhat%20was%20missing%20or%20wrong%3A%0A',
		);
		const issue = new URL(feedbackHref('https://git.corp/pdp/-/issues/new', page, true));
		expect(issue.searchParams.get('title')).toBe('[PDP] Helpful: Run a DQI & more');
		expect(issue.searchParams.get('body')).toContain('Page: https://pdp.corp/playbooks/run-a-dqi/');
	});
});
