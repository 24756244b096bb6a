import { describe, expect, it } from 'vitest';
import { sectionWeight, type Block, type Section } from '$lib/transcript/model';
import { WINDOW_SIZE } from './list-window.svelte';
import { FIRST_BUDGET, MIN_SECTIONS, firstWindowSize, sectionWindowSize } from './section-window';

const block = (sentences: number): Block => ({
	kind: 'paragraph',
	text: 'x',
	inlines: [{ kind: 'text', text: 'x' }],
	line: 1,
	anchor: null,
	sentences: Array.from({ length: sentences }, (_, i) => ({ from: i, to: i + 1 }))
});
const sections = (count: number, sentences: number): Section[] =>
	Array.from({ length: count }, (_, i) => ({
		id: `s${i}`,
		title: `S${i}`,
		level: 2,
		line: i,
		anchor: null,
		blocks: [block(sentences)]
	}));

describe('sectionWindowSize', () => {
	it('renders a small transcript whole', () => {
		expect(sectionWindowSize(sections(19, 20))).toBe(19);
	});
	it('renders fewer long sections at once', () => {
		const size = sectionWindowSize(sections(2100, 181));
		expect(size).toBeGreaterThanOrEqual(MIN_SECTIONS);
		expect(size * sectionWeight(sections(1, 181)[0] as Section)).toBeLessThanOrEqual(600);
	});
	it('keeps a large window for many short sections', () => {
		const size = sectionWindowSize(sections(20_000, 2));
		expect(size).toBeGreaterThanOrEqual(150);
		expect(size).toBeLessThanOrEqual(WINDOW_SIZE);
	});
	it('windows a few hundred very long sections', () => {
		expect(sectionWindowSize(sections(300, 500))).toBeLessThan(300);
	});
});

describe('sectionWindowSize on a sample', () => {
	it('weighs a long transcript by an even sample and still sees where its sections are long', () => {
		// 50,000 sections, every tenth of them long: the sample meets the long ones in proportion.
		const mixed = sections(50_000, 2).map((s, i) =>
			i % 10 === 0 ? { ...s, blocks: [block(60)] } : s
		);
		const exactAverage = (45_000 * 3 + 5_000 * 61) / 50_000;
		const exact = 600 / exactAverage;
		const size = sectionWindowSize(mixed);
		expect(size).toBeGreaterThanOrEqual(Math.floor(exact * 0.85));
		expect(size).toBeLessThanOrEqual(Math.ceil(exact * 1.15));
		// A plain stride of 50 would have met only the long ones (a window of 9).
		expect(size).toBeGreaterThan(20);
	});
});

describe('firstWindowSize', () => {
	it('renders about a screenful first', () => {
		// Sections of 21 elements: enough of them to reach the first budget.
		expect(firstWindowSize(sections(1000, 20), 28)).toBe(Math.ceil(FIRST_BUDGET / 21));
	});
	it('renders at least one section, and never more than the window', () => {
		expect(firstWindowSize(sections(2100, 181), 3)).toBe(1);
		expect(firstWindowSize(sections(2, 1), 240)).toBe(2);
		expect(firstWindowSize(sections(10_000, 1), 5)).toBe(5);
	});
});
