/** Estimated time of any character of the timed body, by text length between its timed places. */
import { estimator } from './interpolate';
import type { Transcript } from './model';

/** Where a character is: section index, block index (null: the section's heading) and char offset. */
export interface TextPlace {
	/** Index into `transcript.sections`. */
	section: number;
	/** Index into that section's blocks, or null for the heading text. */
	block: number | null;
	/** UTF-16 offset in the block's (or heading's) text. */
	offset: number;
}

interface Layout {
	/** Global char offset of each section's heading, then of each of its blocks. */
	heads: number[];
	blocks: number[][];
	estimate: (offset: number) => number | null;
}

const layouts = new WeakMap<Transcript, Layout>();

function layoutOf(t: Transcript): Layout {
	let layout = layouts.get(t);
	if (layout) return layout;
	const heads: number[] = [];
	const blocks: number[][] = [];
	const points: { offset: number; time: number }[] = [];
	let at = 0;
	t.sections.forEach((s) => {
		heads.push(at);
		const time = s.anchor === null ? undefined : t.anchors[s.anchor]?.time;
		if (time !== undefined) points.push({ offset: at, time });
		at += s.title.length + 1;
		blocks.push(
			s.blocks.map((b) => {
				const start = at;
				const bt = b.anchor === null ? undefined : t.anchors[b.anchor]?.time;
				if (bt !== undefined && bt >= (points.at(-1)?.time ?? 0))
					points.push({ offset: start, time: bt });
				at += b.text.length + 1;
				return start;
			})
		);
	});
	layout = { heads, blocks, estimate: estimator(points) };
	layouts.set(t, layout);
	return layout;
}

/** The estimated time (s) at `place`, interpolated by character offset between the nearest timed places; null when untimed. */
export function estimateTime(t: Transcript, place: TextPlace): number | null {
	const layout = layoutOf(t);
	const base =
		place.block === null
			? layout.heads[place.section]
			: layout.blocks[place.section]?.[place.block];
	if (base === undefined) return null;
	const time = layout.estimate(base + place.offset);
	return time === null ? null : Math.round(time * 100) / 100;
}
