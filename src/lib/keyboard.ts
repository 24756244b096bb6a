/** Keyboard shortcuts, as on video sites: which key does what, and when keys are left alone. */

/** Something a shortcut does. */
export type ShortcutAction =
	| 'toggle'
	| 'back10'
	| 'forward10'
	| 'back5'
	| 'forward5'
	| 'prevSection'
	| 'nextSection'
	| 'prevSentence'
	| 'nextSentence'
	| 'slower'
	| 'faster'
	| 'search'
	| 'help'
	| 'pointA'
	| 'pointB'
	| 'loopSection'
	| 'clearLoop';

/** The shortcuts, in the order the help dialog lists them. */
export const SHORTCUTS: readonly { keys: string[]; action: ShortcutAction; label: string }[] = [
	{ keys: [' ', 'k'], action: 'toggle', label: 'Play / pause' },
	{ keys: ['j'], action: 'back10', label: 'Back 10 seconds' },
	{ keys: ['l'], action: 'forward10', label: 'Forward 10 seconds' },
	{ keys: ['ArrowLeft'], action: 'back5', label: 'Back 5 seconds' },
	{ keys: ['ArrowRight'], action: 'forward5', label: 'Forward 5 seconds' },
	{ keys: ['ArrowUp'], action: 'prevSection', label: 'Previous section' },
	{ keys: ['ArrowDown'], action: 'nextSection', label: 'Next section' },
	{ keys: [','], action: 'prevSentence', label: 'Previous sentence' },
	{ keys: ['.'], action: 'nextSentence', label: 'Next sentence' },
	{ keys: ['['], action: 'slower', label: 'Slower (−0.05×)' },
	{ keys: [']'], action: 'faster', label: 'Faster (+0.05×)' },
	{ keys: ['a'], action: 'pointA', label: 'Set loop start A' },
	{ keys: ['b'], action: 'pointB', label: 'Set loop end B and loop A–B' },
	{ keys: ['r'], action: 'loopSection', label: 'Loop this section' },
	{ keys: ['Escape'], action: 'clearLoop', label: 'Stop looping' },
	{ keys: ['/'], action: 'search', label: 'Search' },
	{ keys: ['?'], action: 'help', label: 'Show these shortcuts' }
];

const BY_KEY = new Map<string, ShortcutAction>(
	SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const))
);

/** How a key is shown in the help dialog. */
export function keyLabel(key: string): string {
	const names: Record<string, string> = {
		' ': 'Space',
		ArrowLeft: '←',
		ArrowRight: '→',
		ArrowUp: '↑',
		ArrowDown: '↓',
		Escape: 'Esc'
	};
	return names[key] ?? key;
}

/** The parts of a key event that decide a shortcut. */
export interface KeyLike {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** The element the event was aimed at (the focused one). */
	target: unknown;
}

/** What a focused element does with keys itself: types text, takes Space/Enter, or nothing special. */
export function focusKind(target: unknown): 'field' | 'control' | 'none' {
	const el = target as {
		closest?: (s: string) => unknown;
		isContentEditable?: boolean;
		tagName?: string;
		type?: string;
	} | null;
	if (!el || typeof el.closest !== 'function') return 'none';
	if (el.isContentEditable) return 'field';
	if (el.closest('textarea, select, [contenteditable=""], [contenteditable="true"]'))
		return 'field';
	if (el.tagName === 'INPUT') {
		const type = (el.type ?? 'text').toLowerCase();
		// A range slider and buttons-as-inputs take arrow keys / Space but do not type text.
		return ['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'file', 'color'].includes(
			type
		)
			? 'control'
			: 'field';
	}
	if (el.closest('button, a[href], summary, [role="button"], [role="slider"], dialog'))
		return 'control';
	return 'none';
}

/** The action for a key press, or null when the key should do what it normally does. */
export function shortcutFor(e: KeyLike): ShortcutAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	const kind = focusKind(e.target);
	if (kind === 'field') return null;
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	const action = BY_KEY.get(e.key) ?? BY_KEY.get(key) ?? null;
	if (!action) return null;
	const el = e.target as { closest?: (s: string) => unknown; type?: string; tagName?: string };
	if (kind === 'control') {
		// Space and Enter activate a focused button; a slider keeps its arrow keys; a dialog its Escape.
		if (e.key === ' ') return null;
		if (e.key.startsWith('Arrow') && (el.tagName === 'INPUT' || el.closest?.('[role="slider"]')))
			return null;
		if (e.key === 'Escape' && el.closest?.('dialog')) return null;
	}
	return action;
}

/** Listens for shortcuts on `target`; `run` performs one and returns true when it did (the key's default is then prevented). */
export function installShortcuts(
	target: Window,
	run: (action: ShortcutAction) => boolean
): () => void {
	const onKey = (event: KeyboardEvent) => {
		if (event.defaultPrevented || event.isComposing) return;
		const action = shortcutFor(event);
		if (action && run(action)) event.preventDefault();
	};
	target.addEventListener('keydown', onKey);
	return () => target.removeEventListener('keydown', onKey);
}
