/** Settings a deployment chooses through environment variables at build time. */
export interface SiteSettings {
	/** Public address of the site, for canonical links, the sitemap and feeds. */
	siteUrl: string;
	/** Prefix of "Edit this page" links; the entry's path in the repository is appended. */
	editBaseUrl: string;
	/** Where "Was this helpful?" sends the reader: a mailto: address or an issue-tracker URL. */
	feedbackUrl: string;
}

/** Reads the settings, with defaults that make a local build work unchanged. */
export function readSiteSettings(
	env: Record<string, string | undefined> = process.env,
): SiteSettings {
	return {
		siteUrl: env['PDP_SITE_URL']?.trim() || 'http://localhost:4321',
		editBaseUrl:
			env['PDP_EDIT_BASE_URL']?.trim() || 'https://git.example.com/delivery/pdp/-/edit/main/',
		feedbackUrl: env['PDP_FEEDBACK_URL']?.trim() || 'mailto:delivery-practices@example.com',
	};
}

/** The "Edit page" address of a content file, from its path in the repository. */
export function editUrlOf(filePath: string, settings: SiteSettings = readSiteSettings()): string {
	return new URL(filePath.replace(/^\.?\//, ''), settings.editBaseUrl).href;
}

/**
 * The address a "Was this helpful?" answer opens: a prefilled e-mail for mailto: settings,
 * otherwise the issue tracker's address with title and body parameters. Nothing is sent by the
 * page itself.
 */
export function feedbackHref(
	feedbackUrl: string,
	page: { title: string; url: string },
	helpful: boolean,
): string {
	const subject = `[PDP] ${helpful ? 'Helpful' : 'Not helpful'}: ${page.title}`;
	const body = `Page: ${page.url}\n\n${helpful ? 'What helped most:' : 'What was missing or wrong:'}\n`;
	if (feedbackUrl.startsWith('mailto:')) {
		return `${feedbackUrl}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
	}
	const url = new URL(feedbackUrl);
	url.searchParams.set('title', subject);
	url.searchParams.set('body', body);
	return url.href;
}
