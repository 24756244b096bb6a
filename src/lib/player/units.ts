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

/** The finite values of `list` in ascending order (+0 for -0); sorted only when they are not already. */
function ascending(list: ArrayLike<number>): Float64Array {
	const all = new Float64Array(list.length);
	let n = 0;
	let sorted = true;
	for (let i = 0; i < list.length; i++) {
		const t = list[i] ?? Number.NaN;
		if (!Number.isFinite(t)) continue;
		const v = t === 0 ? 0 : t;
		if (n > 0 && v < (all[n - 1] ?? 0)) sorted = false;
		all[n++] = v;
	}
	const out = all.subarray(0, n);
	return sorted ? out : out.sort();
}

/** Sorted, de-duplicated finite starts of all the lists (linear when each list is in order already). */
export function sortedStarts(...lists: ArrayLike<number>[]): Float64Array {
	let merged = new Float64Array(0);
	for (const list of lists) {
		const next = ascending(list);
		const out = new Float64Array(merged.length + next.length);
		let a = 0;
		let b = 0;
		let m = 0;
		while (a < merged.length || b < next.length) {
			let v: number;
			if (b >= next.length || (a < merged.length && (merged[a] ?? 0) <= (next[b] ?? 0)))
				v = merged[a++] ?? 0;
			else v = next[b++] ?? 0;
			if (m === 0 || v !== out[m - 1]) out[m++] = v;
		}
		merged = out.subarray(0, m);
	}
	return merged.slice();
}
