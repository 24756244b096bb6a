import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '$lib/keyboard';
import { en, zh, type Messages } from './messages';
import { pickLang } from './locale.svelte';

/** Sample arguments for each parameterised message, by its parameter count. */
function render(value: Messages[keyof Messages]): string[] {
	if (typeof value === 'string') return [value];
	const fn = value as (...args: unknown[]) => string;
	if (fn === en.shortcut || fn === zh.shortcut)
		return SHORTCUTS.map((s) => (fn as Messages['shortcut'])(s.action));
	if (fn === en.exportItem || fn === zh.exportItem)
		return (['vtt-chapters', 'json-chapters', 'markdown', 'vtt-captions'] as const).map((k) =>
			(fn as Messages['exportItem'])(k)
		);
	if (fn === en.reading || fn === zh.reading) return [(fn as Messages['reading'])(['a.md'])];
	if (fn === en.backToCurrent || fn === zh.backToCurrent)
		return (['above', 'below', 'visible'] as const).map((w) =>
			(fn as Messages['backToCurrent'])(w)
		);
	return [fn('x', 'y', 'z', 'w', 'v')];
}

describe('UI messages', () => {
	const keys = Object.keys(en) as (keyof Messages)[];

	it('has every key in both languages, none empty', () => {
		expect(Object.keys(zh).sort()).toEqual([...keys].sort());
		for (const key of keys) {
			for (const text of [...render(en[key]), ...render(zh[key])]) {
				expect(text.trim(), key).not.toBe('');
				expect(text, key).not.toContain('undefined');
			}
		}
	});

	it('differs between English and Chinese for the words people see most', () => {
		for (const key of ['play', 'pause', 'seek', 'mediaFile', 'timeline', 'search'] as const) {
			expect(zh[key]).not.toBe(en[key]);
		}
	});

	it('picks the stored language, else the first English or Chinese browser language', () => {
		expect(pickLang('zh', ['en-US'])).toBe('zh');
		expect(pickLang('en', ['zh-CN'])).toBe('en');
		expect(pickLang(null, ['zh-TW', 'en'])).toBe('zh');
		expect(pickLang(null, ['fr-FR', 'zh'])).toBe('zh');
		expect(pickLang(null, ['en-GB', 'zh-CN'])).toBe('en');
		expect(pickLang('xx', ['de'])).toBe('en');
		expect(pickLang(null, [])).toBe('en');
	});
});
