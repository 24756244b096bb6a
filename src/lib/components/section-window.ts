/** How many sections of a transcript to render at once, by how much each one puts in the page. */
import type { Section } from '$lib/transcript/model';
import { WINDOW_SIZE, WINDOW_THRESHOLD } from './list-window.svelte';

/** Elements rendered at once (headings, blocks, sentence spans) that keep a render well under a frame budget. */
export const RENDER_BUDGET = 600;
/** A transcript with at most this many elements (and few enough sections) is rendered whole. */
export const WHOLE_BUDGET = 6000;
/** The fewest sections a window holds. */
export const MIN_SECTIONS = 3;

/** Elements a section renders: its heading, and each block (its sentences, when split). */
export function sectionWeight(section: Section): number {
	let n = 1;
	for (const b of section.blocks) n += Math.max(1, b.sentences?.length ?? 0);
	return n;
}

/**
 * The window size for `sections`: all of them when the whole is small, else as many average
 * sections as fit {@link RENDER_BUDGET} (between {@link MIN_SECTIONS} and the lists' usual size).
 */
export function sectionWindowSize(sections: readonly Section[]): number {
	let total = 0;
	for (const s of sections) total += sectionWeight(s);
	if (sections.length <= WINDOW_THRESHOLD && total <= WHOLE_BUDGET) return sections.length;
	const average = total / Math.max(1, sections.length);
	const size = Math.floor(RENDER_BUDGET / average);
	return Math.max(MIN_SECTIONS, Math.min(WINDOW_SIZE, size));
}
