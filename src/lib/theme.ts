/** The reader's colour theme: follow the system, or always light or dark; remembered in localStorage. */
export type Theme = 'system' | 'light' | 'dark';

/** Where the choice is kept (static/theme.js reads the same key before the first paint). */
export const THEME_KEY = 'tandem-theme';

/** The stored theme, `system` when none or storage is unavailable. */
export function loadTheme(): Theme {
	try {
		const value = localStorage.getItem(THEME_KEY);
		return value === 'light' || value === 'dark' ? value : 'system';
	} catch {
		return 'system';
	}
}

/** Applies `theme` to the document and remembers it; `system` clears the override. */
export function applyTheme(theme: Theme): void {
	const root = document.documentElement;
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
	try {
		if (theme === 'system') localStorage.removeItem(THEME_KEY);
		else localStorage.setItem(THEME_KEY, theme);
	} catch {
		// Not remembered when storage is unavailable; the choice still applies to this visit.
	}
}
