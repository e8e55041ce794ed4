/** Saves text as a file through the browser's download, without leaving the page. */
export function downloadText(fileName: string, text: string, type: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Puts text on the clipboard; false when the browser refuses (no permission, no clipboard). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
