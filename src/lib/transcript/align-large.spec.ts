import { describe, expect, it } from 'vitest';
import { EXACT_PAIRS, matchHeadings } from './align';
import type { Section, TimelineEntry } from './model';
import { createTitleMatcher } from './similarity';

const entry = (title: string, i: number): TimelineEntry => ({
	time: i,
	label: String(i),
	title,
	line: i,
	anchor: null
});
const section = (title: string, i: number): Section => ({
	id: `s${i}`,
	title,
	level: 2,
	line: i,
	blocks: [],
	anchor: null
});

describe('matchHeadings on large inputs', () => {
	it('anchors on identical titles and still matches reworded ones in between, in order', () => {
		const n = 2500; // 2500 × 2500 is above the exact DP's limit
		expect(n * n).toBeGreaterThan(EXACT_PAIRS);
		const titles = Array.from({ length: n }, (_, i) => `Chapter ${i} about topic number ${i * 7}`);
		const entries = titles.map(entry);
		const headings = titles.map((t, i) => (i % 100 === 50 ? `${t} (reworded)` : t));
		headings.splice(1200, 0, 'An extra heading with no time');
		const sections = headings.map(section);
		const matcher = createTitleMatcher([...titles, ...headings]);
		const out = matchHeadings(entries, sections, matcher);
		out.forEach((h, i) => expect(h).toBe(i < 1200 ? i : i + 1));
	});
});
