/** Creates an element with a class and, optionally, its text (set as text, never as HTML). */
export function createElement<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	created.className = className;
	if (text !== undefined) created.textContent = text;
	return created;
}
