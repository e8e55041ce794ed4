/** localStorage, or undefined when the browser refuses it (the getter itself can throw). */
export function openStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Whether a failed write failed because storage is full, rather than refused. */
export function isStorageFull(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'QuotaExceededError';
}
