/**
 * JSON text as a value, or undefined for anything that is not JSON. Never throws. Its own module,
 * so that pages which only read a stored record (the role picker) do not load it.
 */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
