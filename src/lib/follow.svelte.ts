/** Whether the page keeps the part being spoken in view; the reader's own scrolling pauses it. */
export class Follow {
	#following = $state(true);
	#where: 'above' | 'below' | 'visible' = $state('visible');

	/** True while the page scrolls along with playback. */
	get following(): boolean {
		return this.#following;
	}
	/** Where the current part is relative to the viewport. */
	get where(): 'above' | 'below' | 'visible' {
		return this.#where;
	}

	/** The reader moved the page themselves: stop following. */
	pause(): void {
		this.#following = false;
	}

	/** Follow again (the "Back to current" button, or a click on a heading or timeline entry). */
	resume(): void {
		this.#following = true;
	}

	/** Records where the current part is, for the "Back to current" button's wording. */
	setWhere(where: 'above' | 'below' | 'visible'): void {
		this.#where = where;
	}
}

/** Keys that scroll the page when focus is not in a field or control (Space and the arrows are player shortcuts). */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End']);

/** True when a key event will scroll the page (not typing in a field, not pressing a button). */
export function isScrollKey(event: KeyboardEvent): boolean {
	if (!SCROLL_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return false;
	const target = event.target;
	if (!(target instanceof HTMLElement)) return true;
	if (target.isContentEditable) return false;
	return !target.closest('input, textarea, select, button, a, [role="slider"], video');
}
