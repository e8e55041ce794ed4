/**
 * The bounds of what the browser stores keep (checklist runs, assessments) and the assessment's
 * ratings. They live beside the schemas, which check stored data against them, and the browser
 * code reads them from here, so `src/schemas` depends on nothing in `src/lib`.
 */

/** Limits that keep hostile or corrupted checklist state from growing without bound. */
export const CHECKLIST_LIMITS = {
	runs: 50,
	nameLength: 80,
	idLength: 80,
	idsPerRun: 500,
	storedChars: 300_000,
	// Below nginx's default 8 KB request line, so a share link always reaches the page.
	shareChars: 6_000,
} as const;

/** Limits that keep hostile or corrupted assessments from growing without bound. */
export const ASSESSMENT_LIMITS = {
	assessments: 50,
	nameLength: 80,
	idLength: 80,
	ratingsPerAssessment: 500,
	noteLength: 500,
	storedChars: 1_000_000,
	// The share link's fragment: never sent to a server, but pasted into mail and chat, so kept
	// short; notes are shortened to fit rather than making a link that does not work.
	shareChars: 8_000,
} as const;

/** The ratings an assessed item can get, in the order the page offers them. */
export const RATINGS = ['met', 'partly', 'not-met', 'na'] as const;

/** Limits of the engagement workspace's store, its record files and share links. */
export const ENGAGEMENT_LIMITS = {
	engagements: 50,
	nameLength: 80,
	customerLength: 80,
	sowLength: 80,
	notesLength: 2_000,
	/** One link per checklist; the catalog has ten, so this leaves room to grow. */
	checklistsPerEngagement: 50,
	/** Every engagement's plan and milestones together; the workspace refuses a save beyond it. */
	storedChars: 2_000_000,
	/** A record file larger than this is refused unread. */
	recordBytes: 5_000_000,
	/** The share link's fragment, as for assessments. */
	shareChars: 8_000,
	/** Decisions kept in one improvement plan: more than every item of every gate. */
	actionsPerEngagement: 300,
	ownerLength: 80,
	reasonLength: 300,
	actionNoteLength: 1_000,
	/** Saved milestones per engagement, over all its assessments. */
	milestonesPerEngagement: 30,
	milestoneLabelLength: 60,
} as const;

/** Where an improvement action stands. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;
