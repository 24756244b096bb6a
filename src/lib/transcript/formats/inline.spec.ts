import { describe, expect, it } from 'vitest';
import { inlineText, parseInline, safeHref } from './inline';

describe('parseInline', () => {
	it('reads bold, em, code, links and images', () => {
		expect(parseInline('a **b** _c_ `d*e` [f](https://x.io/a_(b)) ![g](img.png)')).toEqual([
			{ kind: 'text', text: 'a ' },
			{ kind: 'strong', text: 'b' },
			{ kind: 'text', text: ' ' },
			{ kind: 'em', text: 'c' },
			{ kind: 'text', text: ' ' },
			{ kind: 'code', text: 'd*e' },
			{ kind: 'text', text: ' ' },
			{ kind: 'link', text: 'f', href: 'https://x.io/a_(b)' },
			{ kind: 'text', text: ' ' },
			{ kind: 'image', alt: 'g', src: 'img.png' }
		]);
	});

	it('keeps only http(s) links as links', () => {
		expect(parseInline('[x](javascript:alert(1)) [y](mailto:a@b)')).toEqual([
			{ kind: 'text', text: 'x y' }
		]);
	});

	it('never shows raw ** from broken pairs', () => {
		const cases = [
			'**如果你觉得阅读时****间，还能直观地感受访谈氛围，**',
			'**内** 容。',
			' _**\\--END-_**-**_**_',
			'**unclosed bold',
			'a ***b*** c'
		];
		for (const c of cases) expect(inlineText(parseInline(c))).not.toMatch(/\*\*/);
		expect(inlineText(parseInline(cases[0] ?? ''))).toBe(
			'如果你觉得阅读时间，还能直观地感受访谈氛围，'
		);
		expect(inlineText(parseInline(' _**\\--END-_**-**_**_'))).toBe(' --END--');
	});

	it('keeps intra-word underscores and spaced asterisks', () => {
		expect(inlineText(parseInline('snake_case_name and 2 * 3'))).toBe('snake_case_name and 2 * 3');
	});

	it('handles nested link labels with images', () => {
		const parts = parseInline('[2、[视频实录]![](https://img/x.png)](https://mp.example/s?a=1)');
		expect(parts).toEqual([
			{ kind: 'link', text: '2、[视频实录]', href: 'https://mp.example/s?a=1' }
		]);
		expect(parseInline('[![](https://img/x.png)](https://a.b/c)')).toEqual([
			{ kind: 'image', alt: '', src: 'https://img/x.png' }
		]);
	});

	it('uses the url as the text of an empty link', () => {
		expect(parseInline('[](https://a.b/c)')).toEqual([
			{ kind: 'link', text: 'https://a.b/c', href: 'https://a.b/c' }
		]);
	});

	it('leaves unmatched brackets as text', () => {
		expect(inlineText(parseInline('[not a link] and [x]'))).toBe('[not a link] and [x]');
	});

	it('shows raw HTML as the text it is, never as markup', () => {
		const src = '<script>alert(1)</script> <img src=x onerror=alert(1)> <svg onload=alert(1)>';
		expect(parseInline(src)).toEqual([{ kind: 'text', text: src }]);
		expect(inlineText(parseInline('<iframe src="https://e.vil"></iframe><style>p{}</style>'))).toBe(
			'<iframe src="https://e.vil"></iframe><style>p{}</style>'
		);
	});

	it('never makes javascript:, data:, mailto: or relative targets clickable', () => {
		const src =
			'[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,<b>x</b>) <javascript:alert(1)> [d](/local) a@b.io';
		const parts = parseInline(src);
		expect(parts.filter((p) => p.kind === 'link')).toEqual([]);
		expect(inlineText(parts)).toContain('javascript:alert(1)');
	});

	it('reads autolinks and normalises link targets with the URL parser', () => {
		expect(parseInline('see https://a.b/c. and <HTTPS://X.Y>')).toEqual([
			{ kind: 'text', text: 'see ' },
			{ kind: 'link', text: 'https://a.b/c', href: 'https://a.b/c' },
			{ kind: 'text', text: '. and ' },
			{ kind: 'link', text: 'HTTPS://X.Y', href: 'https://x.y/' }
		]);
	});

	it('decodes entities and keeps escaped markers', () => {
		expect(inlineText(parseInline('a &amp; b &lt;i&gt; &#x4e2d; \\*\\*x\\*\\* & c'))).toBe(
			'a & b <i> 中 **x** & c'
		);
	});

	it('gives the same result on every call (the lexer is shared)', () => {
		const src = '[a **b**](https://x.y) <i>c</i> `d`';
		const first = parseInline(src);
		parseInline('[unclosed <a href="x">](');
		expect(parseInline(src)).toEqual(first);
	});
});

describe('safeHref', () => {
	it('accepts absolute http(s) only', () => {
		expect(safeHref('https://a.b/x y')).toBe('https://a.b/x%20y');
		expect(safeHref(' http://a.b')).toBe('http://a.b/');
		for (const bad of [
			'javascript:alert(1)',
			'data:text/html,x',
			'vbscript:x',
			'//a.b',
			'/x',
			'file:///etc'
		])
			expect(safeHref(bad)).toBeNull();
	});
});
