import type { Assessment } from '../../lib/checklists/assessment-state.ts';
import { encodeAssessmentShare } from '../../lib/checklists/assessment-share.ts';
import { ASSESS_FRAGMENT } from '../../lib/checklists/review-mode.ts';

/**
 * The share link of an assessment on this page (`…/checklists/<id>/#assess=<value>`, the
 * fragment keeping notes out of server logs), or none when even without notes it is too long;
 * `shortened` counts the notes cut to fit.
 */
export function assessmentShareUrl(
	assessment: Pick<Assessment, 'name' | 'ratings'>,
	fingerprint: string,
): { url: string | undefined; shortened: number } {
	const { param, shortened } = encodeAssessmentShare({ ...assessment, fingerprint });
	const url =
		param === undefined
			? undefined
			: `${location.origin}${location.pathname}${ASSESS_FRAGMENT}=${param}`;
	return { url, shortened };
}

/** What the page says after "Copy share link": copied or not, and which notes were shortened. */
export function describeShare(made: boolean, copied: boolean, shortened: number): string {
	if (!made)
		return 'This assessment is too large to share as a link: download the Markdown instead.';
	const one = shortened === 1;
	const cut =
		shortened === 0
			? ''
			: ` ${shortened} evidence ${one ? 'note was' : 'notes were'} too long for a link and ${one ? 'is' : 'are'} shortened in it (marked …): the Markdown keeps every note whole.`;
	return `${copied ? 'Copied the share link.' : 'This browser did not allow copying: the link is selected below.'}${cut}`;
}
