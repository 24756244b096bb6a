// Applies the reader's chosen theme (System/Light/Dark) before the first paint. An external file,
// not inline script, so the Content-Security-Policy can forbid inline script. See ThemeToggle.svelte.
try {
	var theme = localStorage.getItem('tandem-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage may be unavailable (private mode, blocked cookies): the system theme applies.
}
