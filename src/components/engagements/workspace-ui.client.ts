/** A part of the workspace, found by its `data-<name>` attribute. */
export function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, name: string): T {
	return root.querySelector<T>(`[data-${name}]`)!;
}

/** Shows a notice at the top of the workspace (or hides it, given ''). */
export function showNotice(root: HTMLElement, text: string): void {
	const notice = part(root, 'notice');
	notice.textContent = text;
	notice.hidden = text === '';
	if (text) notice.scrollIntoView({ block: 'nearest' });
}

/** An element with a class and, optionally, text (set as text, never as HTML). */
export function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className = '',
	text?: string,
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (className) element.className = className;
	if (text !== undefined) element.textContent = text;
	return element;
}

/** A link with its text. */
export function link(href: string, text: string, className = ''): HTMLAnchorElement {
	const anchor = make('a', className, text);
	anchor.href = href;
	return anchor;
}

/** The address of an engagement's page. */
export function engagementPath(id: string): string {
	return `/engagements/engagement/?id=${encodeURIComponent(id)}`;
}
