import type { CollectionName } from '../schemas/common.ts';
import { buildOnboardingPath, type OnboardingStep } from '../lib/catalog/onboarding.ts';
import { getPublishedEntries, readEntryBody } from './catalog.ts';

let path: Promise<OnboardingStep[]> | undefined;

/** The onboarding path of this build, built once and shared by its page and every step page. */
export function loadOnboardingPath(): Promise<OnboardingStep[]> {
	path ??= Promise.all([getPublishedEntries('phases'), getPublishedEntries('playbooks')]).then(
		([phases, playbooks]) => {
			// Only the playbooks on the path: each body is read from its file to time the reading.
			const named = new Set(
				phases.flatMap(
					({ data }) => data.onboarding?.playbooks.map((step) => step.playbook.id) ?? [],
				),
			);
			return buildOnboardingPath(
				phases.map(({ id, data, filePath }) => ({
					id,
					title: data.title,
					order: data.order,
					body: readEntryBody({ filePath }),
					// The guide shows these lists above its body; they are read as much as the body is.
					text: [data.summary, ...data.goals, ...data.entryCriteria, ...data.exitCriteria],
					onboarding: data.onboarding && {
						learn: data.onboarding.learn,
						playbooks: data.onboarding.playbooks.map((step) => ({
							id: step.playbook.id,
							learn: step.learn,
						})),
					},
				})),
				playbooks
					.filter(({ id }) => named.has(id))
					.map(({ id, data, filePath }) => ({
						id,
						title: data.title,
						body: readEntryBody({ filePath }),
						text: [data.summary],
					})),
			);
		},
	);
	return path;
}

/** The step an entry page is on, or undefined when the entry is not on the onboarding path. */
export async function findOnboardingStep(
	collection: CollectionName,
	id: string,
): Promise<OnboardingStep | undefined> {
	if (collection !== 'phases' && collection !== 'playbooks') return undefined;
	return (await loadOnboardingPath()).find((step) => step.key === `${collection}/${id}`);
}
