import { describe, expect, it } from 'vitest';
import { focusKind, shortcutFor, SHORTCUTS, type KeyLike } from './keyboard';

/** A stand-in for a focused element (tests run without a DOM). */
function el(tagName: string, opts: { type?: string; editable?: boolean; inside?: string[] } = {}) {
	const selfSel: Record<string, string[]> = {
		BUTTON: ['button'],
		TEXTAREA: ['textarea'],
		SELECT: ['select'],
		A: ['a[href]'],
		DIALOG: ['dialog']
	};
	const mine = [...(selfSel[tagName] ?? []), ...(opts.inside ?? [])];
	return {
		tagName,
		type: opts.type,
		isContentEditable: opts.editable ?? false,
		closest: (sel: string) =>
			sel
				.split(',')
				.map((s) => s.trim())
				.some((s) => mine.includes(s))
				? {}
				: null
	};
}

function key(k: string, target: unknown = el('BODY'), mods: Partial<KeyLike> = {}): KeyLike {
	return { key: k, altKey: false, ctrlKey: false, metaKey: false, target, ...mods };
}

describe('shortcuts', () => {
	it('maps the video-site keys', () => {
		expect(shortcutFor(key(' '))).toBe('toggle');
		expect(shortcutFor(key('k'))).toBe('toggle');
		expect(shortcutFor(key('K'))).toBe('toggle');
		expect(shortcutFor(key('j'))).toBe('back10');
		expect(shortcutFor(key('l'))).toBe('forward10');
		expect(shortcutFor(key('ArrowLeft'))).toBe('back5');
		expect(shortcutFor(key('ArrowRight'))).toBe('forward5');
		expect(shortcutFor(key('ArrowUp'))).toBe('prevSection');
		expect(shortcutFor(key('ArrowDown'))).toBe('nextSection');
		expect(shortcutFor(key(','))).toBe('prevSentence');
		expect(shortcutFor(key('.'))).toBe('nextSentence');
		expect(shortcutFor(key('['))).toBe('slower');
		expect(shortcutFor(key(']'))).toBe('faster');
		expect(shortcutFor(key('/'))).toBe('search');
		expect(shortcutFor(key('?'))).toBe('help');
		expect(shortcutFor(key('x'))).toBeNull();
	});

	it('stays silent while typing in a field', () => {
		for (const target of [
			el('INPUT', { type: 'search' }),
			el('INPUT'),
			el('TEXTAREA'),
			el('SELECT'),
			el('DIV', { editable: true })
		]) {
			expect(focusKind(target)).toBe('field');
			for (const k of [' ', 'k', 'j', '/', '?', 'ArrowLeft', '.'])
				expect(shortcutFor(key(k, target))).toBeNull();
		}
	});

	it('stays silent with a modifier held', () => {
		expect(shortcutFor(key('k', undefined, { ctrlKey: true }))).toBeNull();
		expect(shortcutFor(key('ArrowLeft', undefined, { altKey: true }))).toBeNull();
		expect(shortcutFor(key('l', undefined, { metaKey: true }))).toBeNull();
	});

	it('lets Space activate a focused button, and a slider keep its arrows', () => {
		expect(shortcutFor(key(' ', el('BUTTON')))).toBeNull();
		expect(shortcutFor(key('k', el('BUTTON')))).toBe('toggle');
		const slider = el('INPUT', { type: 'range' });
		expect(shortcutFor(key('ArrowLeft', slider))).toBeNull();
		expect(shortcutFor(key('j', slider))).toBe('back10');
	});

	it('lists every action once in the help', () => {
		const actions = SHORTCUTS.map((s) => s.action);
		expect(new Set(actions).size).toBe(actions.length);
	});
});
