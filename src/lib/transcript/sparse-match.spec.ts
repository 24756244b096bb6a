import { describe, expect, it } from 'vitest';
import { MIN_SIMILARITY } from './align';
import { createTitleMatcher } from './similarity';
import { sparseMatch } from './sparse-match';

describe('sparseMatch', () => {
	it('matches large lists in order, skipping what has no partner', () => {
		const headings = Array.from({ length: 3000 }, (_, i) => `Chapter ${i} about topic ${i * 7}`);
		const entries = headings.filter((_, i) => i % 3 !== 1).map((h) => h.replace('about ', ''));
		entries.splice(10, 0, 'Completely unrelated words');
		const matcher = createTitleMatcher([...entries, ...headings]);
		const out = sparseMatch(entries, headings, matcher, MIN_SIMILARITY);
		expect(out[10]).toBeNull();
		expect(out[0]).toBe(0);
		expect(out[11]).toBe(15);
		const matched = out.filter((j): j is number => j !== null);
		expect(matched).toHaveLength(entries.length - 1);
		expect(matched.every((j, k) => k === 0 || j > (matched[k - 1] ?? -1))).toBe(true);
	});
});
