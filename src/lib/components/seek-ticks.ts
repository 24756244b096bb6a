/** The seek bar's tick marks: one per timeline entry, thinned to one per few pixels on a long timeline. */
import type { TimelineEntry } from '$lib/transcript/model';

/** One tick: where it sits (percent of the bar) and what its tooltip says. */
export interface Tick {
	/** Position in percent of the duration. */
	left: number;
	/** The first entry's title at that spot (with how many more share it). */
	title: string;
}

/** Pixels a tick takes: entries closer than this share one. */
export const TICK_PIXELS = 2;

/**
 * Ticks for the entries of `timeline` within `duration`, at most one per {@link TICK_PIXELS} of a bar
 * `width` pixels wide (a 50,000-entry timeline makes a few hundred elements, not 50,000).
 * `more(n)` words the tooltip's "and n more" for a tick that stands for several entries.
 */
export function seekTicks(
	timeline: readonly Pick<TimelineEntry, 'time' | 'title'>[],
	duration: number,
	width: number,
	more: (n: number) => string
): Tick[] {
	if (!(duration > 0)) return [];
	const columns = Math.max(1, Math.floor((width > 0 ? width : 600) / TICK_PIXELS));
	const ticks: Tick[] = [];
	let column = -1;
	let shared = 0;
	const close = () => {
		const last = ticks.at(-1);
		if (last && shared > 0) last.title = `${last.title} ${more(shared)}`;
		shared = 0;
	};
	for (const entry of timeline) {
		if (!(entry.time >= 0 && entry.time <= duration)) continue;
		const c = Math.min(columns - 1, Math.floor((entry.time / duration) * columns));
		if (c === column) {
			shared++;
			continue;
		}
		close();
		column = c;
		ticks.push({ left: (entry.time / duration) * 100, title: entry.title });
	}
	close();
	return ticks;
}
