import { openStorage } from '../shared/storage.client.ts';
import { cleanStoredName, readStoredRecord } from '../../lib/browser/stored-record.ts';
import { ENGAGEMENT_LIMITS } from '../../schemas/storage-limits.ts';
import { ENGAGEMENT_STORAGE_KEY } from '../../lib/engagements/keys.ts';

/** What is filed: a run or an assessment of the checklist, by id. */
type Kind = 'run' | 'assessment';
type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const linksOf = (engagement: Fields): Fields[] =>
	Array.isArray(engagement['checklists']) ? engagement['checklists'].filter(isObject) : [];
const nameOf = (engagement: Fields) =>
	cleanStoredName(engagement['name'], ENGAGEMENT_LIMITS.nameLength) ?? '';

/**
 * The stored engagements as they are, or undefined when they cannot be read. Only what this
 * control needs is checked (each engagement's id and name); everything else is written back as
 * it was, and the workspace cleans it when it reads it.
 */
function readStore(): { store: Fields; engagements: Fields[] } | undefined {
	let raw: string | null | undefined;
	try {
		raw = openStorage()?.getItem(ENGAGEMENT_STORAGE_KEY);
	} catch {
		return undefined;
	}
	const stored = readStoredRecord(raw ?? null, ENGAGEMENT_LIMITS.storedChars);
	const store =
		stored.kind === 'record' ? (stored.record as Fields) : { version: 1, engagements: [] };
	const list: unknown = store['engagements'];
	if (stored.kind === 'corrupt' || store['version'] !== 1 || !Array.isArray(list)) return undefined;
	return {
		store,
		engagements: list.filter(
			(engagement): engagement is Fields =>
				isObject(engagement) &&
				/^[a-z0-9]{1,24}$/.test(String(engagement['id'])) &&
				nameOf(engagement) !== '',
		),
	};
}

/**
 * The checklist page's "Engagement…" control (`EngagementFiling.astro`, inside `toolbar`): it says
 * which engagement the run (or assessment) on screen is filed in and files it in another. A run
 * belongs to one engagement at most, so filing it elsewhere takes it out of the first.
 */
export function openFiling(toolbar: HTMLElement, checklist: string, kind: Kind, id: string): void {
	const part = <T extends HTMLElement>(name: string) =>
		toolbar.querySelector<T>(`[data-filing-${name}]`)!;
	const form = part<HTMLFormElement>('form');
	const select = part<HTMLSelectElement>('select');
	const isFiled = (link: Fields) => link['checklist'] === checklist && link[kind] === id;
	const draw = (done?: string) => {
		const read = readStore();
		const choices = read?.engagements.filter((engagement) => engagement['archived'] !== true) ?? [];
		const current = read?.engagements.find((engagement) => linksOf(engagement).some(isFiled));
		const status = part('status');
		const link = (text: string, href: string) =>
			Object.assign(document.createElement('a'), { textContent: text, href });
		part('choice').hidden = part('submit').hidden = choices.length === 0;
		if (choices.length === 0) {
			status.replaceChildren(
				read
					? 'No engagement is kept in this browser yet: start one in '
					: 'The engagements in this browser cannot be read: see ',
				link('Engagements', '/engagements/'),
				'.',
			);
		} else if (current) {
			status.replaceChildren(
				done ?? `This ${kind} is filed in `,
				link(nameOf(current), `/engagements/engagement/?id=${String(current['id'])}`),
				'.',
			);
		} else status.replaceChildren(done ?? `This ${kind} is not in an engagement.`);
		select.replaceChildren(
			...choices.map(
				(engagement) =>
					new Option(nameOf(engagement), String(engagement['id']), false, engagement === current),
			),
		);
		part('submit').textContent = current ? 'Move here' : 'File here';
	};
	form.onsubmit = (event) => {
		event.preventDefault();
		const latest = readStore();
		const target = latest?.engagements.find((engagement) => engagement['id'] === select.value);
		if (!latest || !target) return;
		for (const engagement of latest.engagements) {
			engagement['checklists'] = linksOf(engagement).flatMap((link) => {
				if (!isFiled(link)) return [link];
				const rest = { ...link, [kind]: undefined };
				return rest['run'] || rest['assessment'] ? [rest] : [];
			});
		}
		const links = linksOf(target);
		const existing = links.find((link) => link['checklist'] === checklist);
		if (existing) existing[kind] = id;
		else links.push({ checklist, [kind]: id });
		target['checklists'] = links;
		target['updated'] = Date.now();
		try {
			openStorage()?.setItem(ENGAGEMENT_STORAGE_KEY, JSON.stringify(latest.store));
			draw('Filed in ');
		} catch {
			draw(`This browser does not let the page save, so the ${kind} was not filed.`);
		}
	};
	part('close').onclick = () => {
		form.hidden = true;
	};
	draw();
	form.hidden = false;
	(select.hidden ? part('close') : select).focus();
}
