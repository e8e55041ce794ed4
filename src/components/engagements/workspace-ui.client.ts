import {
	cleanFields,
	describeEngagementProblem,
	type EngagementFields,
} from '../../lib/engagements/store.ts';
import type { Engagement } from '../../lib/engagements/types.ts';

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

/** The fields of an engagement form, cleaned, or the form's error shown and undefined. */
export function readForm(form: HTMLFormElement): EngagementFields | undefined {
	const values = Object.fromEntries(
		[...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : '']),
	);
	const result = cleanFields(values);
	const error = part(form, 'form-error');
	error.hidden = result.ok;
	if (result.ok) return result.fields;
	error.textContent = describeEngagementProblem(result.problem);
	const field = { 'end-before-start': 'end' }[result.problem as string] ?? result.problem;
	form.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
	return undefined;
}

/** Fills an engagement form with an engagement's fields. */
export function fillForm(form: HTMLFormElement, engagement: Engagement): void {
	for (const name of ['name', 'customer', 'start', 'end', 'sow', 'notes'] as const) {
		const field = form.elements.namedItem(name) as HTMLInputElement | null;
		if (field) field.value = engagement[name];
	}
	part(form, 'form-error').hidden = true;
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
