import { describe, expect, it } from 'vitest';
import type { Inline } from './model';
import { splitInlines } from './pieces';
import { inlineSource, segmentSentences } from './timing';

describe('splitInlines', () => {
	it('cuts pieces at sentence ends and keeps every character once', () => {
		const inlines: Inline[] = [
			{ kind: 'text', text: 'One two. Three ' },
			{ kind: 'strong', text: 'four. Five' },
			{ kind: 'image', alt: 'x', src: 'a.png' },
			{ kind: 'text', text: ' six.' }
		];
		const sentences = segmentSentences(inlineSource(inlines));
		const parts = splitInlines(inlines, sentences);
		expect(parts).toHaveLength(3);
		expect(parts[0]).toEqual([{ kind: 'text', text: 'One two. ' }]);
		expect(parts[1]).toEqual([
			{ kind: 'text', text: 'Three ' },
			{ kind: 'strong', text: 'four. ' }
		]);
		expect(parts[2]?.map((p) => p.kind)).toEqual(['strong', 'image', 'text']);
		const joined = parts
			.flat()
			.map((p) => (p.kind === 'image' ? '' : p.text))
			.join('');
		expect(joined).toBe(inlineSource(inlines));
	});
	it('gives no parts for no sentences', () => {
		expect(splitInlines([{ kind: 'text', text: 'a' }], [])).toEqual([]);
	});
});
