import { openStorage } from '../shared/storage.client.ts';
import {
	ENGAGEMENT_STORAGE_KEY,
	decodeEngagementStore,
	encodeEngagementStore,
	engagementFiling,
	fileInEngagement,
	updateEngagement,
} from '../../lib/engagements/store.ts';
import type { EngagementStore } from '../../lib/engagements/types.ts';

type Filed = { run: string } | { assessment: string };

function read(): EngagementStore | undefined {
	try {
		const { store, problem } = decodeEngagementStore(
			openStorage()?.getItem(ENGAGEMENT_STORAGE_KEY) ?? null,
		);
		return problem ? undefined : store;
	} catch {
		return undefined;
	}
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	created.textContent = text;
	return created;
}

/**
 * The checklist page's "Engagement" control, loaded when it is first used: it says which
 * engagement the run (or assessment) on screen is filed in and files it in another. A run
 * belongs to one engagement at most: filing it elsewhere takes it out of the first.
 */
export function openFiling(
	after: HTMLElement,
	checklist: string,
	filed: Filed,
	noun: string,
): void {
	const form = document.createElement('form');
	form.className = 'pdp-cl__row pdp-cl__filing';
	form.dataset['filingForm'] = '';
	after.parentElement?.querySelector('[data-filing-form]')?.remove();
	after.after(form);
	const draw = (message = '') => {
		const store = read();
		const close = element('button', 'Close');
		close.type = 'button';
		close.className = 'pdp-button';
		close.addEventListener('click', () => form.remove());
		const status = element('p');
		status.setAttribute('role', 'status');
		const choices = store?.engagements.filter(({ archived }) => !archived) ?? [];
		const current = store && engagementFiling(store, checklist, filed);
		if (!store || choices.length === 0) {
			status.append(
				`${store ? 'No engagement is kept in this browser yet' : 'The engagements in this browser cannot be read'}: start one in `,
			);
			const link = element('a', 'Engagements');
			link.href = '/engagements/';
			status.append(link, '.');
			return form.replaceChildren(status, close);
		}
		status.append(
			message || (current ? `This ${noun} is filed in ` : `This ${noun} is not in an engagement.`),
		);
		if (current) {
			const link = element('a', current.name);
			link.href = `/engagements/engagement/?id=${current.id}`;
			status.append(link, '.');
		}
		const label = element('label', 'Engagement ');
		const select = element('select');
		select.className = 'pdp-field';
		select.append(
			...choices.map(({ id, name }) => new Option(name, id, false, id === current?.id)),
		);
		label.append(select);
		const submit = element('button', current ? 'Move here' : 'File here');
		submit.className = 'pdp-button';
		form.replaceChildren(status, label, submit, close);
		form.onsubmit = (event) => {
			event.preventDefault();
			const latest = read();
			const target = latest?.engagements.find(({ id }) => id === select.value);
			if (!latest || !target) return;
			const previous = engagementFiling(latest, checklist, filed);
			let next = latest;
			if (previous && previous.id !== target.id) {
				next = updateEngagement(next, previous.id, (engagement) => ({
					checklists: engagement.checklists.flatMap((link) => {
						if (link.checklist !== checklist) return [link];
						const rest =
							'run' in filed ? { ...link, run: undefined } : { ...link, assessment: undefined };
						return rest.run || rest.assessment ? [rest] : [];
					}),
				}));
			}
			next = updateEngagement(next, target.id, (engagement) =>
				fileInEngagement(engagement, checklist, filed),
			);
			try {
				openStorage()?.setItem(ENGAGEMENT_STORAGE_KEY, encodeEngagementStore(next));
				draw(`Filed in `);
			} catch {
				draw(`This browser does not let the page save, so the ${noun} was not filed. `);
			}
		};
	};
	draw();
	form.querySelector<HTMLElement>('select, button')?.focus();
}
