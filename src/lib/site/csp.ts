import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The text of every inline `<script>` (one without `src`) in a page, as the browser hashes it. */
export function listInlineScripts(html: string): string[] {
	return [...html.matchAll(INLINE_SCRIPT)]
		.map((match) => match[1] ?? '')
		.filter((text) => text.length > 0);
}

/** A CSP source expression for a script's text: `'sha256-…'`. */
export function hashInlineScript(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy. Scripts: our own files and the listed inline scripts
 * (Starlight's theme and sidebar scripts) by hash, never 'unsafe-inline'; 'wasm-unsafe-eval'
 * because Pagefind's search runs WebAssembly. Styles allow inline because Starlight and Astro
 * put `style` attributes and scoped `<style>` blocks in every page; styles cannot run script,
 * and no content can add them (the content check refuses `style` attributes and `<style>`).
 */
export function buildContentSecurityPolicy(scriptHashes: Iterable<string>): string {
	const hashes = [...new Set(scriptHashes)].sort();
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** Headers every response of the site carries, CSP first. */
export function buildSecurityHeaders(policy: string): [string, string][] {
	return [
		['Content-Security-Policy', policy],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
		['X-Frame-Options', 'DENY'],
	];
}

/** The headers in the `_headers` file format static hosts read (one block for every path). */
export function formatHeadersFile(headers: readonly [string, string][]): string {
	return `/*\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}
