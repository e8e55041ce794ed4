import type { Assessment } from '../../lib/checklists/assessment-state.ts';
import { encodeAssessmentShare } from '../../lib/checklists/assessment-share.ts';
import { ASSESS_FRAGMENT } from '../../lib/checklists/review-mode.ts';
import { copyText } from '../shared/output.client.ts';
import { assessmentPart as part } from './assessment-view.client.ts';

/** An assessment's share link, and how many of its notes were cut to fit. */
export interface AssessmentShareLink {
	/** None when even without notes the link would be too long. */
	url: string | undefined;
	shortened: number;
}

/**
 * The share link of an assessment on this page (`…/checklists/<id>/#assess=<value>`, the
 * fragment keeping notes out of server logs), or none when even without notes it is too long;
 * `shortened` counts the notes cut to fit.
 */
export function assessmentShareUrl(
	assessment: Pick<Assessment, 'name' | 'ratings'>,
	fingerprint: string,
): AssessmentShareLink {
	const { param, shortened } = encodeAssessmentShare({ ...assessment, fingerprint });
	const url =
		param === undefined
			? undefined
			: `${location.origin}${location.pathname}${ASSESS_FRAGMENT}=${param}`;
	return { url, shortened };
}

/** What the page says after "Copy share link": copied or not, and which notes were shortened. */
function describeShare(made: boolean, copied: boolean, shortened: number): string {
	if (!made)
		return 'This assessment is too large to share as a link: download the Markdown instead.';
	const one = shortened === 1;
	const cut =
		shortened === 0
			? ''
			: ` ${shortened} evidence ${one ? 'note was' : 'notes were'} too long for a link and ${one ? 'is' : 'are'} shortened in it (marked …): the Markdown keeps every note whole.`;
	return `${copied ? 'Copied the share link.' : 'This browser did not allow copying: the link is selected below.'}${cut}`;
}

/**
 * Copies the share link and says so below the toolbar; shows it selected, to copy by hand, when
 * the browser refuses, and says why there is none when the assessment is too large.
 */
export async function showShareLink(root: HTMLElement, link: AssessmentShareLink): Promise<void> {
	const { url, shortened } = link;
	const field = part<HTMLTextAreaElement>(root, 'share-field');
	field.value = url ?? '';
	part(root, 'share').hidden = !url;
	const copied = url !== undefined && (await copyText(url));
	if (url && !copied) field.select();
	part(root, 'share-status').textContent = describeShare(url !== undefined, copied, shortened);
}

/** Back from a shared assessment's address to plain Assess mode, in place (no history entry). */
export function dropSharedAssessment(): void {
	history.replaceState(
		history.state,
		'',
		`${location.pathname}${location.search}${ASSESS_FRAGMENT}`,
	);
}
