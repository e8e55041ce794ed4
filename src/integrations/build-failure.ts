import { AstroError } from 'astro/errors';

/**
 * An error that fails the build with our own report and nothing under it: Astro prints a stack
 * trace for any error that has one, and ours would only point at this integration, never at the
 * content file the report already names.
 */
export function buildFailure(report: string, hint: string): AstroError {
	const error = new AstroError(report, hint);
	error.stack = '';
	return error;
}
