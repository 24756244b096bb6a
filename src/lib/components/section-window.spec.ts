import { describe, expect, it } from 'vitest';
import type { Block, Section } from '$lib/transcript/model';
import { WINDOW_SIZE } from './list-window.svelte';
import { MIN_SECTIONS, sectionWeight, sectionWindowSize } from './section-window';

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
