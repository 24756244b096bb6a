import { describe, expect, it } from 'vitest';
import { mustTell, NOTHING_TOLD, type PositionState } from './position-state';

const told: PositionState = { at: 10_000, position: 60, rate: 1, playing: true, duration: 600 };
const at = (ms: number, change: Partial<PositionState> = {}): PositionState => ({
	...told,
	at: told.at + ms,
	...change
});

describe('mustTell', () => {
	it('tells the first position', () => {
		expect(mustTell(NOTHING_TOLD, told)).toBe(true);
	});

	it('stays quiet while playback goes on as extrapolated, however long', () => {
		expect(mustTell(told, at(16, { position: 60.016 }))).toBe(false);
		expect(mustTell(told, at(30_000, { position: 90.2 }))).toBe(false);
		// At 1.5×, 10 s of clock time is 15 s of media.
		const fast = { ...told, rate: 1.5 };
		expect(mustTell(fast, { ...at(10_000, { position: 75.1 }), rate: 1.5 })).toBe(false);
	});

	it('tells a seek or a loop jump, and drift of half a second', () => {
		expect(mustTell(told, at(1000, { position: 30 }))).toBe(true); // jumped back
		expect(mustTell(told, at(1000, { position: 61.6 }))).toBe(true); // 0.6 s ahead
		expect(mustTell(told, at(1000, { position: 60.4 }))).toBe(true); // 0.6 s behind (a stall)
	});

	it('holds a paused position: small steps are quiet, half a second is told', () => {
		const paused = { ...told, playing: false };
		expect(mustTell(paused, { ...paused, at: told.at + 5000 })).toBe(false);
		expect(mustTell(paused, { ...paused, at: told.at + 5000, position: 60.3 })).toBe(false);
		expect(mustTell(paused, { ...paused, at: told.at + 5000, position: 60.5 })).toBe(true);
	});

	it('tells a change of rate, state or duration at once', () => {
		expect(mustTell(told, at(100, { position: 60.1, rate: 0.75 }))).toBe(true);
		expect(mustTell(told, at(100, { position: 60.1, playing: false }))).toBe(true);
		expect(mustTell(told, at(100, { position: 60.1, duration: 601 }))).toBe(true);
	});
});
