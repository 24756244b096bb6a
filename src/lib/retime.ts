/** Retiming a transcript whose times are off: a global offset plus "this heading is now" pins. */
import type { Block, Transcript } from '$lib/transcript/model';

/** A heading set to a time while listening: its original time and the time it should have. */
export interface Pin {
	/** Index into `transcript.anchors`. */
	anchor: number;
	/** The anchor's time as written. */
	from: number;
	/** Its corrected time (before the global offset). */
	to: number;
}

/** All corrections of one transcript. */
export interface Retime {
	/** Seconds added to every time (positive: later). */
	offset: number;
	/** Pins, sorted by `from`, with `to` ascending too. */
	pins: Pin[];
}

/** No correction. */
export const NO_RETIME: Retime = { offset: 0, pins: [] };

/** True when `r` changes nothing. */
export function isIdentity(r: Retime): boolean {
	return r.offset === 0 && r.pins.length === 0;
}

/** The corrected time of an original time `x`: piecewise linear through the pins, then shifted by the offset. */
export function mapTime(r: Retime, x: number): number {
	const pins = r.pins;
	let y = x;
	const first = pins[0];
	const last = pins.at(-1);
	if (first && last) {
		if (x <= first.from) y = x + first.to - first.from;
		else if (x >= last.from) y = x + last.to - last.from;
		else {
			for (let i = 1; i < pins.length; i++) {
				const a = pins[i - 1];
				const b = pins[i];
				if (a && b && x <= b.from) {
					y = a.to + ((x - a.from) * (b.to - a.to)) / (b.from - a.from || 1);
					break;
				}
			}
		}
	}
	return Math.max(0, Math.round((y + r.offset) * 1000) / 1000);
}

/** `r` with a pin saying anchor `anchor` (written at `from`) is heard at `now`; pins it would cross are dropped. */
export function addPin(r: Retime, anchor: number, from: number, now: number): Retime {
	const to = now - r.offset;
	const kept = r.pins.filter(
		(p) => p.anchor !== anchor && (p.from < from ? p.to < to : p.from > from && p.to > to)
	);
	const pins = [...kept, { anchor, from, to }].sort((a, b) => a.from - b.from);
	return { offset: r.offset, pins };
}

/** `r` with its offset moved by `delta` seconds (rounded to 0.1 s). */
export function shiftOffset(r: Retime, delta: number): Retime {
	return { ...r, offset: Math.round((r.offset + delta) * 10) / 10 };
}

/** `t` with every anchor and timeline time corrected by `r` (the same object when `r` is the identity). */
export function applyRetime(t: Transcript, r: Retime): Transcript {
	if (isIdentity(r)) return t;
	return {
		...t,
		anchors: t.anchors.map((a) => ({ ...a, time: mapTime(r, a.time) })),
		timeline: t.timeline.map((e) => ({ ...e, time: mapTime(r, e.time) })),
		sections: retimeSentences(t.sections, r)
	};
}

/**
 * Moves the exact sentence times (from cues) with the rest; sections without any are kept as they
 * are (and the array itself when no section has any: nothing of the text is drawn anew).
 */
function retimeSentences(sections: Transcript['sections'], r: Retime): Transcript['sections'] {
	const exact = (b: Block) => b.sentences?.some((s) => s.time !== undefined || s.end !== undefined);
	if (!sections.some((section) => section.blocks.some(exact))) return sections;
	return sections.map((section) =>
		section.blocks.some(exact)
			? {
					...section,
					blocks: section.blocks.map((b) =>
						exact(b)
							? {
									...b,
									sentences: b.sentences?.map((s) => ({
										...s,
										...(s.time === undefined ? {} : { time: mapTime(r, s.time) }),
										...(s.end === undefined ? {} : { end: mapTime(r, s.end) })
									}))
								}
							: b
					)
				}
			: section
	);
}
