/** When the operating system's media controls need to be told the playback position again. */

/** A position as told to the system (or about to be): where, how fast, playing or not, out of how long. */
export interface PositionState {
	/** When it was told, in ms (`performance.now()`). */
	at: number;
	/** The position then, in seconds. */
	position: number;
	/** The playback rate. */
	rate: number;
	/** Whether it was playing. */
	playing: boolean;
	/** The media's duration in seconds. */
	duration: number;
}

/** How far (seconds) the system's own extrapolation may be off before it is told again. */
export const POSITION_TOLERANCE = 0.5;

/** Nothing told yet. */
export const NOTHING_TOLD: PositionState = {
	at: 0,
	position: Number.NaN,
	rate: 1,
	playing: false,
	duration: 0
};

/**
 * True when `now` must be told: the system extrapolates the last position told at its rate while
 * playing (and holds it while paused), so it is told again only when that would be off by
 * {@link POSITION_TOLERANCE} or more (a seek, a loop's jump, a stall) or the rate, the state or
 * the duration changed.
 */
export function mustTell(told: PositionState, now: PositionState): boolean {
	if (now.duration !== told.duration || now.rate !== told.rate || now.playing !== told.playing)
		return true;
	const elapsed = told.playing ? ((now.at - told.at) / 1000) * told.rate : 0;
	return !(Math.abs(told.position + elapsed - now.position) < POSITION_TOLERANCE);
}
