/** Stepping between timed units (sections, sentences, paragraphs) given their sorted start times. */
import { locate } from '$lib/transcript/locate';

/** A span of the media in seconds, `start` ≤ `end`. */
export interface Range {
	/** Start in seconds. */
	start: number;
	/** End in seconds. */
	end: number;
}

/** How far into a unit (s) "previous" still means "the one before" rather than "back to this one's start". */
export const RESTART_GRACE = 1.5;

/** Start of the unit after the one at `t`, or null at the last. */
export function nextStart(starts: ArrayLike<number>, t: number): number | null {
	const i = locate(starts, t + 1e-3);
	const next = starts[i + 1];
	return next === undefined ? null : next;
}

/** Start of the unit before (or, more than `grace` s into a unit, of the current one); null when none. */
export function prevStart(
	starts: ArrayLike<number>,
	t: number,
	grace = RESTART_GRACE
): number | null {
	const i = locate(starts, t);
	if (i < 0) return null;
	const own = starts[i] ?? 0;
	if (t - own > grace) return own;
	const prev = starts[i - 1];
	return prev === undefined ? own : prev;
}

/** The unit around `t` as a range (its end is the next start, or `end` for the last one); null before the first. */
export function rangeAt(starts: ArrayLike<number>, t: number, end: number): Range | null {
	const i = locate(starts, t);
	if (i < 0) return null;
	const start = starts[i] ?? 0;
	const next = starts[i + 1];
	const stop = next === undefined ? end : next;
	return Number.isFinite(stop) && stop > start ? { start, end: stop } : null;
}

/** Sorted, de-duplicated finite starts (a typed-array sort: hundreds of thousands take a few ms). */
export function sortedStarts(...lists: Iterable<number>[]): Float64Array {
	let n = 0;
	for (const list of lists) for (const t of list) if (Number.isFinite(t)) n++;
	const all = new Float64Array(n);
	let k = 0;
	for (const list of lists)
		for (const t of list) if (Number.isFinite(t)) all[k++] = t === 0 ? 0 : t;
	all.sort();
	let m = 0;
	for (let i = 0; i < n; i++) if (m === 0 || all[i] !== all[m - 1]) all[m++] = all[i] ?? 0;
	return all.slice(0, m);
}
