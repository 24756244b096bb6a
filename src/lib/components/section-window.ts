/** How many sections of a transcript to render at once, by how much each one puts in the page. */
import { RENDER_BUDGET, sectionWeight, type Section } from '$lib/transcript/model';
import { WINDOW_SIZE, WINDOW_THRESHOLD } from './list-window.svelte';
/** A transcript with at most this many elements (and few enough sections) is rendered whole. */
export const WHOLE_BUDGET = 6000;
/** The fewest sections a window holds. */
export const MIN_SECTIONS = 3;

/** Elements of a long transcript rendered first, in the task that shows it: about a screenful. */
export const FIRST_BUDGET = 150;
/** Sections weighed for the average of a long transcript (evenly spread over it). */
const SAMPLE = 1000;

/**
 * The window size for `sections`: all of them when the whole is small, else as many average
 * sections as fit {@link RENDER_BUDGET} (between {@link MIN_SECTIONS} and the lists' usual size).
 * A long transcript's average is taken from an even sample of its sections (no walk over all of them).
 */
export function sectionWindowSize(sections: readonly Section[]): number {
	const n = sections.length;
	const count = Math.min(n, SAMPLE);
	const step = n / Math.max(1, count);
	let total = 0;
	// One section from each of `count` even strata, at a spread offset within it (a plain stride
	// could keep meeting the same kind of section in a regular transcript).
	for (let k = 0; k < count; k++) {
		const jitter = step > 1 ? ((k * 0.618034) % 1) * step : 0;
		total += sectionWeight(sections[Math.min(n - 1, Math.floor(k * step + jitter))] as Section);
	}
	const weighed = count;
	if (n <= WINDOW_THRESHOLD && total <= WHOLE_BUDGET) return n;
	const average = total / Math.max(1, weighed);
	const size = Math.floor(RENDER_BUDGET / average);
	return Math.max(MIN_SECTIONS, Math.min(WINDOW_SIZE, size));
}

/**
 * How many of a windowed transcript's first sections to render before the rest of the window:
 * enough for {@link FIRST_BUDGET} elements (at least one section, at most `size`).
 */
export function firstWindowSize(sections: readonly Section[], size: number): number {
	let weight = 0;
	let count = 0;
	while (count < Math.min(size, sections.length) && weight < FIRST_BUDGET)
		weight += sectionWeight(sections[count++] as Section);
	return Math.max(1, count);
}
