/**
 * A reload reopens the transcript the reader had open, but the page is prerendered with the bundled
 * one: without a hint it showed that for ~0.3–0.5 s first. While the reader's own transcript is
 * open, a flag in `localStorage` says so; `static/theme.js` reads it before the first paint and marks
 * the page `data-reopening`, which keeps the transcript's parts hidden until the app has reopened
 * it (or found nothing to reopen), or for 4 s at most (a CSS failsafe, should the app not start).
 */

/** The `localStorage` key (keep in step with `static/theme.js`). */
export const REOPEN_HINT = 'tandem-reopen';

/** Records whether the transcript open now is the reader's own (not the bundled one). */
export function noteReopen(own: boolean): void {
	try {
		if (own) localStorage.setItem(REOPEN_HINT, '1');
		else localStorage.removeItem(REOPEN_HINT);
	} catch {
		// Storage unavailable: a reload shows the bundled text for a moment, as before.
	}
}

/** Shows the transcript's parts, hidden while the page reopens the reader's own. */
export function revealPage(): void {
	if (typeof document !== 'undefined') delete document.documentElement.dataset.reopening;
}
