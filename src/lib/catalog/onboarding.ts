/**
 * The new-hire onboarding path: each phase guide that has an `onboarding` block, in phase
 * order, followed by the key playbooks it names. Steps carry what to learn, an estimated
 * reading time and links to their neighbours, so pages can render it without JavaScript.
 */
import type { Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { entryPath } from './entry-types.ts';

/** Reading speed behind every estimate: a common figure for work prose read with care. */
export const WORDS_PER_MINUTE = 200;

/** A phase as the path needs it; `text` is prose its page shows besides the body (goals…). */
export interface OnboardingPhaseSource {
	id: string;
	title: string;
	order: number;
	body: string;
	text: readonly string[];
	onboarding?: { learn: string; playbooks: readonly { id: string; learn: string }[] } | undefined;
}

/** A playbook as the path needs it; `text` is prose its page shows besides the body (summary). */
export interface OnboardingPlaybookSource {
	id: string;
	title: string;
	body: string;
	text: readonly string[];
}

/** A link to a neighbouring step. */
export interface OnboardingStepLink {
	key: string;
	collection: OnboardingStep['collection'];
	id: string;
	title: string;
	href: string;
}

/** One step of the path. */
export interface OnboardingStep {
	/** The step's key in stored progress: `<collection>/<id>`, e.g. `phases/s2d`. */
	key: string;
	collection: 'phases' | 'playbooks';
	id: string;
	title: string;
	href: string;
	/** What a new hire learns from the step. */
	learn: string;
	readingMinutes: number;
	/** 1-based position on the whole path. */
	position: number;
	/** The phase whose part of the path the step belongs to. */
	phase: { id: string; title: string };
	previous: OnboardingStepLink | undefined;
	next: OnboardingStepLink | undefined;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words in plain text: letters and digits, with inner apostrophes, dots and hyphens. */
export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/**
 * Words a reader reads in a Markdown body: the text of paragraphs, headings, lists, tables and
 * inline code. Code blocks, raw HTML, link addresses and front matter are not prose, so they
 * are left out.
 */
export function countMarkdownWords(markdown: string): number {
	let words = 0;
	visit(fromMarkdown(markdown), (node) => {
		if (node.type === 'text' || node.type === 'inlineCode')
			words += countWords((node as Text).value);
	});
	return words;
}

/** Minutes to read `words` at `WORDS_PER_MINUTE`, rounded up; never less than one. */
export function estimateReadingMinutes(words: number): number {
	return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** A reading time as people say it: "45 min", "1 h", "1 h 5 min". */
export function formatReadingTime(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${rest} min`;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function readingMinutes(source: { body: string; text: readonly string[] }): number {
	const words = source.text.reduce((total, text) => total + countWords(text), 0);
	return estimateReadingMinutes(words + countMarkdownWords(source.body));
}

type UnlinkedStep = Omit<OnboardingStep, 'position' | 'previous' | 'next'>;

/**
 * The path, in order. A playbook the published set lacks (a draft, in a build) and a playbook
 * named twice are skipped: the content check reports both, and the path must stay consistent.
 */
export function buildOnboardingPath(
	phases: readonly OnboardingPhaseSource[],
	playbooks: readonly OnboardingPlaybookSource[],
): OnboardingStep[] {
	const playbooksById = new Map(playbooks.map((playbook) => [playbook.id, playbook]));
	const seen = new Set<string>();
	const steps: UnlinkedStep[] = [];
	const ordered = [...phases].sort(
		(left, right) => left.order - right.order || left.title.localeCompare(right.title),
	);
	for (const phase of ordered) {
		if (!phase.onboarding) continue;
		const phaseRef = { id: phase.id, title: phase.title };
		steps.push({
			key: `phases/${phase.id}`,
			collection: 'phases',
			id: phase.id,
			title: phase.title,
			href: entryPath('phases', phase.id),
			learn: phase.onboarding.learn,
			readingMinutes: readingMinutes(phase),
			phase: phaseRef,
		});
		for (const { id, learn } of phase.onboarding.playbooks) {
			const playbook = playbooksById.get(id);
			if (!playbook || seen.has(id)) continue;
			seen.add(id);
			steps.push({
				key: `playbooks/${id}`,
				collection: 'playbooks',
				id,
				title: playbook.title,
				href: entryPath('playbooks', id),
				learn,
				readingMinutes: readingMinutes(playbook),
				phase: phaseRef,
			});
		}
	}
	const link = (step: UnlinkedStep | undefined): OnboardingStepLink | undefined =>
		step && {
			key: step.key,
			collection: step.collection,
			id: step.id,
			title: step.title,
			href: step.href,
		};
	return steps.map((step, index) => ({
		...step,
		position: index + 1,
		previous: link(steps[index - 1]),
		next: link(steps[index + 1]),
	}));
}

/** The path's steps grouped by phase, in order, for listing. */
export function groupStepsByPhase(
	steps: readonly OnboardingStep[],
): { phase: OnboardingStep['phase']; steps: OnboardingStep[] }[] {
	const groups: { phase: OnboardingStep['phase']; steps: OnboardingStep[] }[] = [];
	for (const step of steps) {
		const last = groups.at(-1);
		if (last?.phase.id === step.phase.id) last.steps.push(step);
		else groups.push({ phase: step.phase, steps: [step] });
	}
	return groups;
}
