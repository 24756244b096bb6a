import { describe, expect, it } from 'vitest';
import { alignTimeline, EXACT_PAIRS, matchHeadings, titlesMatchOneToOne } from './align';
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

describe('titlesMatchOneToOne', () => {
	it('holds only for one entry per heading with the same title, each with matching units', () => {
		const titles = ['Intro', '第一章', 'Part 2'];
		expect(titlesMatchOneToOne(titles.map(entry), titles.map(section))).toBe(true);
		expect(titlesMatchOneToOne(titles.map(entry), [...titles, 'More'].map(section))).toBe(false);
		expect(titlesMatchOneToOne(titles.map(entry), ['Intro', '第一章', 'Part 3'].map(section))).toBe(
			false
		);
		// A title with nothing to match (punctuation only) scores 0 even against itself.
		expect(titlesMatchOneToOne(['Intro', '—'].map(entry), ['Intro', '—'].map(section))).toBe(false);
	});

	it('gives the alignment the full match finds', () => {
		const titles = Array.from({ length: 600 }, (_, i) => (i % 7 ? `Part ${i}` : '重复的标题'));
		const entries = titles.map(entry);
		const sections = titles.map(section);
		expect(titlesMatchOneToOne(entries, sections)).toBe(true);
		const full = matchHeadings(entries, sections, createTitleMatcher([...titles, ...titles]));
		expect(alignTimeline(entries, sections).headingOf).toEqual(full);
		expect(full).toEqual(titles.map((_, i) => i));
	});
});
