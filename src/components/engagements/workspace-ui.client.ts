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

/** Saves text as a download. */
export function download(text: string, type: string, filename: string): void {
	const anchor = document.createElement('a');
	anchor.href = URL.createObjectURL(new Blob([text], { type }));
	anchor.download = filename;
	anchor.click();
	setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
}

/** A file name made from a reader's name for something: lower case, dashes, never empty. */
export function fileSlug(name: string): string {
	return (
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'engagement'
	);
}

/** The address of an engagement's page. */
export function engagementPath(id: string): string {
	return `/engagements/engagement/?id=${encodeURIComponent(id)}`;
}
