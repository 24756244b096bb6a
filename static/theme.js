// Applies the reader's chosen theme (System/Light/Dark) before the first paint. An external file,
// not inline script, so the Content-Security-Policy can forbid inline script. See ThemeToggle.svelte.
// Also marks a page that will reopen the reader's own transcript, so that the bundled one it is
// prerendered with is not shown first (see src/lib/reopen-hint.ts).
try {
	var theme = localStorage.getItem('tandem-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
	if (localStorage.getItem('tandem-reopen')) document.documentElement.dataset.reopening = '';
} catch {
	// Storage may be unavailable (private mode, blocked cookies): the system theme applies.
}
