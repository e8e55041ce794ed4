const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes and, optionally, text (set as text, never as markup). */
export function svg<K extends keyof SVGElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | number>,
	text?: string,
): SVGElementTagNameMap[K] {
	const element = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
	if (text !== undefined) element.textContent = text;
	return element;
}
