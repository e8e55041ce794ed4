/** The reader's colour theme as Starlight stores it (`starlight-theme`), read and written safely. */

/** A theme choice. */
export type Theme = 'auto' | 'dark' | 'light';

const STORAGE_KEY = 'starlight-theme';

/** Any value as a theme: anything else than dark or light is `auto`. */
export const parseTheme = (value: unknown): Theme =>
	value === 'dark' || value === 'light' ? value : 'auto';

/** The stored choice; `auto` when there is none, it is damaged, or storage throws. */
export function loadTheme(): Theme {
	try {
		return parseTheme(localStorage.getItem(STORAGE_KEY));
	} catch {
		return 'auto';
	}
}

/** Stores the choice (`auto` as an empty value, as Starlight does); blocked storage is ignored. */
export function storeTheme(theme: Theme): void {
	try {
		localStorage.setItem(STORAGE_KEY, theme === 'auto' ? '' : theme);
	} catch {
		// The choice still applies to this page.
	}
}
