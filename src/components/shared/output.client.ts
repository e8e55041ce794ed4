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

/**
 * Shows text in a toolbar's output box (`data-output`, `data-output-label`, `data-output-field`
 * inside `root`) and copies it; selects it when copying is refused.
 */
export async function showOutput(root: HTMLElement, label: string, text: string): Promise<void> {
	const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`)!;
	part('output-label').textContent = label;
	part<HTMLTextAreaElement>('output-field').value = text;
	part('output').hidden = false;
	if (await copyText(text)) part('output-label').textContent = `${label} (copied)`;
	else part<HTMLTextAreaElement>('output-field').select();
}
