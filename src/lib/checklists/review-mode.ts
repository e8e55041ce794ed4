/**
 * The two modes of a quality-gate checklist page, Tick (the run) and Assess (the rating form),
 * and how the URL fragment chooses one: `#assess` opens Assess, and so does a shared assessment
 * (`#assess=<value>`) or the Assess heading's own anchor.
 */

/** Which list a quality-gate checklist page shows. */
export type ReviewMode = 'tick' | 'assess';

/** The fragment that opens Assess mode, and the prefix of a shared assessment's fragment. */
export const ASSESS_FRAGMENT = '#assess';

/** The shared assessment a fragment carries (`#assess=<value>`), if it carries one. */
export function sharedAssessmentOf(hash: string): string | undefined {
	return hash.startsWith(`${ASSESS_FRAGMENT}=`)
		? hash.slice(ASSESS_FRAGMENT.length + 1)
		: undefined;
}

/** True when the fragment opens Assess mode. */
export function opensAssessMode(hash: string): boolean {
	return (
		hash === ASSESS_FRAGMENT ||
		hash === `${ASSESS_FRAGMENT}-this-gate` ||
		sharedAssessmentOf(hash) !== undefined
	);
}
