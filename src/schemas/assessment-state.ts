import { z } from 'astro/zod';
import { ASSESSMENT_LIMITS, RATINGS } from './storage-limits.ts';

/**
 * The stored assessment format (`pdp:assessment:v1:<id>` in localStorage), as a zod schema. The
 * browser's own decoder (`decodeAssessmentStore`, kept small for the page's script budget) is
 * tested against it: whatever it decodes, for any input, encodes to text this schema accepts.
 */
export const assessmentStoreSchema = z.strictObject({
	/** Format version of the stored state. */
	version: z.literal(1),
	/** Id of the assessment shown. */
	active: z.string().regex(/^[a-z0-9]{1,24}$/),
	/** The assessments, one per engagement. */
	assessments: z
		.array(
			z.strictObject({
				/** Random id, stable across renames. */
				id: z.string().regex(/^[a-z0-9]{1,24}$/),
				/** The name the user gave the assessment. */
				name: z.string().min(1).max(ASSESSMENT_LIMITS.nameLength),
				/** By item id: the rating (absent while only a note is written) and the evidence note. */
				ratings: z
					.record(
						z
							.string()
							.max(ASSESSMENT_LIMITS.idLength)
							.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
						z
							.strictObject({
								/** met, partly, not-met or na (not applicable). */
								rating: z.enum(RATINGS).optional(),
								/** The evidence note. */
								note: z.string().max(ASSESSMENT_LIMITS.noteLength),
							})
							.refine((entry) => entry.rating !== undefined || entry.note !== '', {
								message: 'an entry without a rating needs a note',
							}),
					)
					.refine(
						(ratings) => Object.keys(ratings).length <= ASSESSMENT_LIMITS.ratingsPerAssessment,
						{ message: `at most ${ASSESSMENT_LIMITS.ratingsPerAssessment} rated items` },
					),
				/** Last change, in milliseconds since the epoch. */
				updated: z.number(),
			}),
		)
		.min(1)
		.max(ASSESSMENT_LIMITS.assessments),
});
