/** Time → active index by binary search over sorted start times (a part is [start, next start)). */
import type { Transcript } from './model';

/** Index of the last start ≤ t in ascending `starts`, or -1 when t is before the first (or `starts` is empty). */
export function locate(starts: ArrayLike<number>, t: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if ((starts[mid] ?? Infinity) <= t) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

const anchorStarts = new WeakMap<object, Float64Array>();
const entryStarts = new WeakMap<object, Float64Array>();

/** The start times of `items`, computed once per array (arrays are treated as immutable). */
function startsOf(
	cache: WeakMap<object, Float64Array>,
	items: readonly { time: number }[]
): Float64Array {
	let starts = cache.get(items);
	if (!starts) {
		starts = Float64Array.from(items, (x) => x.time);
		cache.set(items, starts);
	}
	return starts;
}

/** Index into `transcript.anchors` of the anchor active at time t, or -1 before the first. */
export function locateAnchor(transcript: Pick<Transcript, 'anchors'>, t: number): number {
	return locate(startsOf(anchorStarts, transcript.anchors), t);
}

/** Index into `transcript.timeline` of the entry active at time t, or -1 before the first. */
export function locateEntry(transcript: Pick<Transcript, 'timeline'>, t: number): number {
	return locate(startsOf(entryStarts, transcript.timeline), t);
}
