/** Placing a timeline entry that matched no heading on the best paragraph of the sections it spans. */
import type { Section, TimelineEntry } from './model';
import type { TitleMatcher } from './similarity';
import { textWeight } from './text';

/** A place in the body: a section heading (`block` null) or a block of it. */
export interface Place {
	/** Index into the sections. */
	section: number;
	/** Index into that section's blocks, or null for the heading. */
	block: number | null;
}

/** Character offsets of every section and block start, for proportional time estimates. */
export interface Offsets {
	/** Offset of each section's heading. */
	section: number[];
	/** Offset of each block, per section. */
	block: number[][];
	/** Offset just past the last block. */
	end: number;
}

/** Measures where each section and block starts, in {@link textWeight} units. */
export function measure(sections: readonly Section[]): Offsets {
	let at = 0;
	const section: number[] = [];
	const block: number[][] = [];
	for (const s of sections) {
		section.push(at);
		at += textWeight(s.title);
		const starts: number[] = [];
		for (const b of s.blocks) {
			starts.push(at);
			at += textWeight(b.text);
		}
		block.push(starts);
	}
	return { section, block, end: at };
}

/** Share of the way from `a` to `b` that `x` lies, or null when the span is empty. */
function fraction(x: number, a: number, b: number): number | null {
	return b > a ? (x - a) / (b - a) : null;
}

/** 1 inside [lo, hi), falling to 0 at half a span away. */
function positionPrior(f: number | null, lo: number, hi: number): number {
	if (f === null) return 0.5;
	const dist = f < lo ? lo - f : f >= hi ? f - hi : 0;
	return Math.max(0, 1 - 2 * dist);
}

/** True when `place` comes strictly after `after` in document order (always true when `after` is null). */
function isAfter(place: Place, after: Place | null): boolean {
	if (!after) return true;
	return (
		place.section > after.section ||
		(place.section === after.section && (place.block ?? -1) > (after.block ?? -1))
	);
}

/** Finds where an entry that matched no heading belongs, between its matched neighbours. */
export function placeEntry(
	entry: TimelineEntry,
	span: { from: number; to: number; t0: number; t1: number | null; after: Place | null },
	sections: readonly Section[],
	matched: ReadonlySet<number>,
	offsets: Offsets,
	matcher: TitleMatcher
): Place | null {
	const start = offsets.section[span.from] ?? 0;
	const end = offsets.section[span.to] ?? offsets.end;
	const f = span.t1 === null ? null : fraction(entry.time, span.t0, span.t1);
	const rel = (x: number): number => (end > start ? (x - start) / (end - start) : 0);
	const candidates: { place: Place; content: number; lo: number; hi: number }[] = [];
	const consider = (place: Place, content: number, lo: number, hi: number): void => {
		if (isAfter(place, span.after)) candidates.push({ place, content, lo, hi });
	};
	for (let s = span.from; s < span.to; s++) {
		const section = sections[s];
		if (!section) continue;
		const starts = offsets.block[s] ?? [];
		const sectionEnd = offsets.section[s + 1] ?? offsets.end;
		if (!matched.has(s)) {
			const hi = starts[1] ?? sectionEnd;
			consider(
				{ section: s, block: null },
				matcher.similarity(entry.title, section.title),
				offsets.section[s] ?? 0,
				hi
			);
		}
		section.blocks.forEach((b, k) => {
			if ((b.kind !== 'paragraph' && b.kind !== 'list') || !b.text.trim()) return;
			const lo = starts[k] ?? 0;
			const hi = starts[k + 1] ?? sectionEnd;
			consider(
				{ section: s, block: k },
				matcher.containment(entry.title, matcher.units(b.text)),
				lo,
				hi
			);
		});
	}
	let best: Place | null = null;
	let bestScore = -Infinity;
	for (const c of candidates) {
		const score = 0.6 * c.content + 0.4 * positionPrior(f, rel(c.lo), rel(c.hi));
		if (score > bestScore) {
			best = c.place;
			bestScore = score;
		}
	}
	return best;
}
