import type { z } from 'astro/zod';

/** A schema message written for authors, in two parts: what is wrong, and what to do about it. */
export interface AuthoredMessage {
	what: string;
	fix: string;
}

/** The error option of a zod type, check or refine, with the parts of its message. */
export interface AuthoredError {
	/** What zod reports and Astro prints: `what: fix`. */
	error: string;
	/** The parts; a refine copies them onto its issue, other checks ignore them. */
	params: AuthoredMessage;
}

const messageOf = ({ what, fix }: AuthoredMessage): string => `${what}: ${fix}`;

// Issues other than custom ones carry no params, so their parts are found by their exact text.
const byMessage = new Map<string, AuthoredMessage>();

/**
 * The error option for an authored message, e.g. `.min(2, authored('too short', 'give a
 * title of at least 2 characters'))`; the content check shows the two parts apart.
 */
export function authored(what: string, fix: string): AuthoredError {
	const parts = { what, fix };
	const message = messageOf(parts);
	const known = byMessage.get(message);
	if (known && (known.what !== what || known.fix !== fix)) {
		throw new Error(`authored message "${message}" is already split differently`);
	}
	byMessage.set(message, parts);
	return { error: message, params: parts };
}

/** A custom issue with an authored message, for `addIssue` where the text depends on the value. */
export function authoredIssue(what: string, fix: string) {
	const parts = { what, fix };
	return { code: 'custom' as const, message: messageOf(parts), params: parts };
}

function isAuthoredMessage(value: unknown): value is AuthoredMessage {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Partial<AuthoredMessage>).what === 'string' &&
		typeof (value as Partial<AuthoredMessage>).fix === 'string'
	);
}

/** The parts of an issue's message when a schema authored it, or undefined for zod's own. */
export function readAuthoredMessage(issue: z.core.$ZodIssue): AuthoredMessage | undefined {
	if (issue.code === 'custom' && isAuthoredMessage(issue.params)) {
		return { what: issue.params.what, fix: issue.params.fix };
	}
	return byMessage.get(issue.message);
}
