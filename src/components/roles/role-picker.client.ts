import { isStorageFull, openStorage } from '../shared/storage.client.ts';
import { createElement } from '../shared/element.client.ts';
import {
	decodeRoleChoice,
	encodeRoleChoice,
	ROLE_STORAGE_KEY,
} from '../../lib/browser/role-choice.ts';

const NOTICES = {
	unavailable:
		'This browser does not let the page save your role (private mode or blocked storage): it is used until you leave this page.',
	full: 'Browser storage is full: your role is used on this page but not saved.',
	corrupt: 'Your saved role could not be read and was cleared; choose it again.',
	unknown: 'Your saved role is no longer in the catalog; choose another.',
} as const;

/** Scrolls each RACI table so the reader's column sits beside the sticky activity column. */
function showMyColumn(): void {
	for (const column of document.querySelectorAll<HTMLElement>('.pdp-raci thead th[data-mine]')) {
		const scroller = column.closest('.pdp-table-scroll');
		const sticky = scroller?.querySelector('th');
		if (scroller && sticky) scroller.scrollLeft = column.offsetLeft - sticky.offsetWidth - 16;
	}
}

/**
 * `<pdp-role-picker>`: "I am a …". Remembers the reader's role in this browser and highlights
 * that role's checklist items and RACI column on the page (marked in text, not colour alone).
 */
class PdpRolePicker extends HTMLElement {
	#select: HTMLSelectElement | null = null;
	#status: HTMLElement | null = null;
	#notice: HTMLElement | null = null;
	#clear: HTMLButtonElement | null = null;
	#rolePage: HTMLElement | null = null;
	#storage: Storage | undefined;
	#role = '';

	connectedCallback(): void {
		this.#select = this.querySelector('select');
		this.#status = this.querySelector('[data-role-status]');
		this.#notice = this.querySelector('[data-role-notice]');
		this.#clear = this.querySelector('[data-action="clear"]');
		this.#rolePage = this.querySelector('[data-role-page]');
		if (!this.#select) return;
		this.#storage = openStorage();
		if (!this.#storage) this.#showNotice(NOTICES.unavailable);
		this.#select.addEventListener('change', () => this.#choose(this.#select?.value ?? ''));
		this.#clear?.addEventListener('click', () => {
			this.#choose('');
			this.#select?.focus();
		});
		// A RACI table in a closed disclosure has no layout until it opens.
		document.addEventListener('toggle', showMyColumn, true);
		window.addEventListener('storage', (event) => {
			if (event.key === ROLE_STORAGE_KEY || event.key === null) this.#load();
		});
		this.#load();
		this.hidden = false;
	}

	#knownRoles(): Set<string> {
		return new Set(
			[...(this.#select?.options ?? [])].map((option) => option.value).filter(Boolean),
		);
	}

	#load(): void {
		let raw: string | null = null;
		try {
			raw = this.#storage?.getItem(ROLE_STORAGE_KEY) ?? null;
		} catch {
			this.#showNotice(NOTICES.unavailable);
		}
		const decoded = decodeRoleChoice(raw, this.#knownRoles());
		if (decoded.kind === 'corrupt' || decoded.kind === 'unknown') {
			this.#showNotice(NOTICES[decoded.kind]);
			this.#write('');
		}
		this.#apply(decoded.kind === 'role' ? decoded.role : '');
	}

	#choose(role: string): void {
		this.#write(role);
		this.#apply(role);
	}

	#write(role: string): void {
		if (!this.#storage) return;
		try {
			if (role) this.#storage.setItem(ROLE_STORAGE_KEY, encodeRoleChoice(role));
			else this.#storage.removeItem(ROLE_STORAGE_KEY);
		} catch (error) {
			this.#showNotice(isStorageFull(error) ? NOTICES.full : NOTICES.unavailable);
		}
	}

	#apply(role: string): void {
		this.#role = role;
		if (this.#select) this.#select.value = role;
		if (this.#clear) this.#clear.hidden = !role;
		const rolePageLink = this.#rolePage?.querySelector('a');
		if (this.#rolePage && rolePageLink) {
			this.#rolePage.hidden = !role || location.pathname === `/roles/${role}/`;
			rolePageLink.href = role ? `/roles/${role}/` : '/roles/';
		}
		let items = 0;
		let mineItems = 0;
		for (const marked of document.querySelectorAll<HTMLElement>('[data-role-lens] [data-role]')) {
			const mine = role !== '' && marked.dataset['role'] === role;
			const isItem = marked.matches('li');
			if (isItem) items += 1;
			marked.toggleAttribute('data-mine', mine);
			for (const badge of marked.querySelectorAll('[data-mine-badge]')) badge.remove();
			const slot = marked.querySelector('[data-mine-slot]');
			if (!mine || !(slot || isItem || marked.matches('th'))) continue;
			if (isItem) mineItems += 1;
			const badge = createElement('span', 'pdp-mine-badge', 'Your role');
			badge.dataset['mineBadge'] = '';
			(slot ?? marked).append(badge);
		}
		showMyColumn();
		this.#renderStatus(items > 0 ? mineItems : undefined);
	}

	/** `mineItems` is undefined when the page has no checklist items to count. */
	#renderStatus(mineItems: number | undefined): void {
		if (!this.#status || !this.#select) return;
		if (!this.#role) {
			this.#status.textContent = 'Choose your role to highlight what you are responsible for.';
			return;
		}
		const title = this.#select.selectedOptions[0]?.textContent?.trim() ?? this.#role;
		if (mineItems === undefined) {
			this.#status.textContent = `Your role: ${title}.`;
			return;
		}
		const count = mineItems === 0 ? 'No' : String(mineItems);
		const verb = mineItems === 1 ? 'item on this page is' : 'items on this page are';
		this.#status.textContent = `Your role: ${title}. ${count} checklist ${verb} yours, marked “Your role”.`;
	}

	#showNotice(text: string): void {
		if (!this.#notice) return;
		this.#notice.textContent = text;
		this.#notice.hidden = false;
	}
}

if (!customElements.get('pdp-role-picker')) customElements.define('pdp-role-picker', PdpRolePicker);
