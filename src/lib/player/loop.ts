/** What the clock does at a boundary on each tick: jump back for a loop, stop at the end of a unit. */
import type { Range } from './units';

/** Slowest and fastest playback rates, and the step between offered rates. */
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;
export const RATE_STEP = 0.05;

/** Every offered rate, 0.5 to 2 in 0.05 steps. */
export const RATES: readonly number[] = Array.from(
	{ length: Math.round((MAX_RATE - MIN_RATE) / RATE_STEP) + 1 },
	(_, i) => Math.round((MIN_RATE + i * RATE_STEP) * 100) / 100
);

/** `rate` clamped to 0.5–2 and rounded to the nearest 0.05 step (1 when not a number). */
export function clampRate(rate: number): number {
	if (!Number.isFinite(rate)) return 1;
	const stepped = Math.round(rate / RATE_STEP) * RATE_STEP;
	return Math.round(Math.min(MAX_RATE, Math.max(MIN_RATE, stepped)) * 100) / 100;
}

/** A loop: a range of the media, played over and over, optionally at its own rate. */
export interface Loop extends Range {
	/** The rate while this loop plays, or null to keep the player's rate. */
	rate: number | null;
	/** What it is, for the controls (`Section`, `A–B`, a term). */
	label: string;
	/** What is said at its start, for the list of saved loops. */
	note?: string;
}

/** What to do at this tick. */
export type BoundaryAction =
	| { kind: 'none' }
	| { kind: 'jump'; to: number; overshoot: number }
	| { kind: 'pause'; at: number; overshoot: number };

/** What the clock watches for while playing. */
export interface Boundaries {
	/** The loop, when one is set. */
	loop: Range | null;
	/** Sorted unit starts to pause at (end of each section or sentence), or null. */
	pauseAt: ArrayLike<number> | null;
}

const NONE: BoundaryAction = { kind: 'none' };

/** How far before a loop's start (s) playback still counts as having reached it. */
const LOOP_SLACK = 0.05;

/** True when `t` is at or after `loop`'s start (a seek to the start may land a hair before it). */
function pastStart(t: number, loop: Range): boolean {
	return t >= loop.start - LOOP_SLACK;
}

/**
 * Given the position at the previous tick and now, says whether a loop end or a unit boundary was
 * crossed: a loop jumps back to its start (only when playback was inside it, so seeking past a loop
 * escapes it); pause mode stops at the first boundary passed.
 */
export function boundaryAction(prev: number, now: number, b: Boundaries): BoundaryAction {
	if (!(now > prev)) return NONE;
	const loop = b.loop;
	if (
		loop &&
		loop.end > loop.start &&
		now >= loop.end &&
		pastStart(prev, loop) &&
		prev <= loop.end
	) {
		return { kind: 'jump', to: loop.start, overshoot: now - loop.end };
	}
	const starts = b.pauseAt;
	if (starts && !loop) {
		// The first start in (prev, now].
		const at = firstAfter(starts, prev);
		if (at !== null && at <= now && at > 0) return { kind: 'pause', at, overshoot: now - at };
	}
	return NONE;
}

/** How close to the end of the media counts as its end, in seconds. */
const AT_END = 0.05;

/**
 * Where to go on when the media stopped at its end (`now`, of `duration`) after playing from `prev`:
 * the loop's start when the loop reaches the end of the media and playback was inside it (the media
 * ends before a tick can see the loop's end crossed), else null.
 */
export function loopAtEnd(
	prev: number,
	now: number,
	duration: number,
	loop: Range | null
): number | null {
	if (!loop || !(loop.end > loop.start) || !Number.isFinite(duration)) return null;
	const ended = now >= duration - AT_END;
	const reachesEnd = loop.end >= duration - AT_END;
	return ended && reachesEnd && pastStart(prev, loop) ? loop.start : null;
}

/** The first value strictly after `t` in ascending `starts`, or null. */
export function firstAfter(starts: ArrayLike<number>, t: number): number | null {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((starts[mid] ?? Infinity) > t) hi = mid;
		else lo = mid + 1;
	}
	const at = starts[lo];
	return at === undefined || Number.isNaN(at) ? null : at;
}

/**
 * The next moment after `t` at which the clock must act (the end of a loop playback is inside, a pause
 * point) or what is shown changes (any of the ascending `marks`: section, entry and sentence starts), or null.
 */
export function nextEvent(
	t: number,
	b: Boundaries,
	marks: readonly (ArrayLike<number> | null)[]
): number | null {
	let next = Infinity;
	const loop = b.loop;
	if (loop && loop.end > t && pastStart(t, loop)) next = loop.end;
	if (b.pauseAt && !loop) {
		const at = firstAfter(b.pauseAt, Math.max(0, t));
		if (at !== null) next = Math.min(next, at);
	}
	for (const m of marks) {
		const at = m ? firstAfter(m, t) : null;
		if (at !== null) next = Math.min(next, at);
	}
	return Number.isFinite(next) ? next : null;
}
