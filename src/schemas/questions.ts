import { z } from 'astro/zod';
import { authored, baseFields, type ReferenceFactory } from './common.ts';

const passage = (what: string, example: string) =>
	z
		.string()
		.trim()
		.min(20, authored('too short', `say ${what} in at least 20 characters`))
		.meta({ description: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)}, e.g. ${example}` });

/**
 * A point the framework leaves open and the content owner must confirm
 * (`content/questions/<id>.yaml`): what the framework says, the working assumption pages follow
 * meanwhile and, once settled, the answer. Entries name it in `questions` instead of writing the
 * point out; their pages show one line linking here.
 */
export function questionSchema(reference: ReferenceFactory) {
	return z.strictObject({
		...baseFields(reference),
		framework: passage(
			'what the framework says on the point, quoting it where it helps',
			'"The framework lists EM under ProServe Delivery without expanding it."',
		),
		assumption: passage(
			'the working assumption pages follow until the point is settled',
			'"Pages read EM as Engagement Manager."',
		),
		answer: passage(
			'the confirmed answer; once set, the question is answered and pages must follow it',
			'"EM stands for Engagement Manager (confirmed by the Director, 2027-01-10)."',
		)
			.optional()
			.meta({
				description:
					'The confirmed answer. Once set the question is answered: update the pages that name it to follow the answer, then remove it from their `questions`.',
			}),
	});
}
