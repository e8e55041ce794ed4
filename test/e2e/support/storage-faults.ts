/**
 * A script for `page.addInitScript` that makes one Storage method throw a DOMException for our
 * keys only: Starlight's own scripts (theme, sidebar) read localStorage too, and are not what
 * fault tests are about.
 */
export function failStorageFor(method: 'getItem' | 'setItem', name: string): string {
	return `{ const original = Storage.prototype.${method}; Storage.prototype.${method} = function (key, ...rest) { if (String(key).startsWith('pdp:')) throw new DOMException('refused', '${name}'); return original.call(this, key, ...rest); }; }`;
}
