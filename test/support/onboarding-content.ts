import { buildOnboardingPath, type OnboardingStep } from '../../src/lib/catalog/onboarding.ts';
import { readSiteEntries, type SiteEntry } from './site-content.ts';

interface OnboardingFrontMatter {
	learn: string;
	playbooks: { playbook: string; learn: string }[];
}

const texts = (entry: SiteEntry, ...fields: string[]) =>
	fields.flatMap((field) => {
		const value = entry.data[field];
		return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
	});

/** The onboarding path of the real content under `content/`, built the way the site builds it. */
export function readOnboardingPath(entries = readSiteEntries()): OnboardingStep[] {
	return buildOnboardingPath(
		entries
			.filter((entry) => entry.collection === 'phases')
			.map((entry) => {
				const onboarding = entry.data['onboarding'] as OnboardingFrontMatter | undefined;
				return {
					id: entry.id,
					title: String(entry.data['title']),
					order: Number(entry.data['order']),
					body: entry.body,
					text: texts(entry, 'summary', 'goals', 'entryCriteria', 'exitCriteria'),
					onboarding: onboarding && {
						learn: onboarding.learn,
						playbooks: onboarding.playbooks.map((step) => ({
							id: step.playbook,
							learn: step.learn,
						})),
					},
				};
			}),
		entries
			.filter((entry) => entry.collection === 'playbooks')
			.map((entry) => ({
				id: entry.id,
				title: String(entry.data['title']),
				body: entry.body,
				text: texts(entry, 'summary'),
			})),
	);
}
