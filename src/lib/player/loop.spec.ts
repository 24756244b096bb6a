import { describe, expect, it } from 'vitest';
import {
	boundaryAction,
	clampRate,
	firstAfter,
	loopAtEnd,
	nextEvent,
	RATES,
	type Boundaries
} from './loop';
import { nextStart, prevStart, rangeAt, sortedStarts } from './units';

/** A fake media clock ticking at 60 frames a second, with the player's boundary logic applied each frame. */
function simulate(from: number, seconds: number, b: Boundaries, rate = 1) {
	const frame = 1 / 60;
	let t = from;
	let shown = from;
	let playing = true;
	const jumps: { to: number; overshoot: number }[] = [];
	let paused: { at: number; overshoot: number } | null = null;
	for (let n = 0; n < seconds * 60 && playing; n++) {
		t += frame * rate;
		const action = boundaryAction(shown, t, b);
		if (action.kind === 'jump') {
			jumps.push(action);
			t = action.to;
		} else if (action.kind === 'pause') {
			paused = action;
			t = action.at;
			playing = false;
		}
		shown = t;
	}
	return { t, jumps, paused };
}

describe('loops on a fake clock', () => {
	it('jumps back to the start each time the end is reached, overshooting by less than a frame', () => {
		const { jumps } = simulate(10, 10, { loop: { start: 10, end: 12 }, pauseAt: null });
		expect(jumps.length).toBe(5);
		for (const j of jumps) {
			expect(j.to).toBe(10);
			expect(j.overshoot).toBeGreaterThanOrEqual(0);
			expect(j.overshoot).toBeLessThan(1 / 60);
		}
	});

	it('overshoots less than a frame at 2× too', () => {
		const { jumps } = simulate(0, 5, { loop: { start: 0, end: 1.01 }, pauseAt: null }, 2);
		expect(jumps.length).toBeGreaterThan(3);
		for (const j of jumps) expect(j.overshoot).toBeLessThan(2 / 60);
	});

	it('lets a reader who seeks past the loop escape it', () => {
		expect(boundaryAction(20, 20.02, { loop: { start: 10, end: 12 }, pauseAt: null }).kind).toBe(
			'none'
		);
	});

	it('does nothing while paused or after a backward seek', () => {
		const b = { loop: { start: 1, end: 2 }, pauseAt: [5] };
		expect(boundaryAction(1.5, 1.5, b).kind).toBe('none');
		expect(boundaryAction(1.9, 0.5, b).kind).toBe('none');
	});
});

describe('pause at the end of each unit', () => {
	const starts = Float64Array.from([0, 3, 7.5, 9]);

	it('stops at the first boundary crossed, within a frame of it, and goes on from there', () => {
		const first = simulate(0.2, 20, { loop: null, pauseAt: starts });
		expect(first.paused?.at).toBe(3);
		expect(first.paused?.overshoot).toBeLessThan(1 / 60);
		expect(first.t).toBe(3);
		const second = simulate(first.t, 20, { loop: null, pauseAt: starts });
		expect(second.paused?.at).toBe(7.5);
	});

	it('never stops at 0 or when no boundary lies in the step', () => {
		expect(boundaryAction(-1, 0.01, { loop: null, pauseAt: starts }).kind).toBe('none');
		expect(boundaryAction(3.1, 3.2, { loop: null, pauseAt: starts }).kind).toBe('none');
	});

	it('leaves pausing to the loop while one is set', () => {
		const r = simulate(2, 3, { loop: { start: 2, end: 4 }, pauseAt: starts });
		expect(r.paused).toBeNull();
		expect(r.jumps.length).toBeGreaterThan(0);
	});
});

describe('rates', () => {
	it('offers 0.5 to 2 in 0.05 steps', () => {
		expect(RATES[0]).toBe(0.5);
		expect(RATES.at(-1)).toBe(2);
		expect(RATES).toHaveLength(31);
		expect(RATES).toContain(0.75);
		expect(RATES).toContain(1.05);
	});
	it('clamps and rounds', () => {
		expect(clampRate(0.1)).toBe(0.5);
		expect(clampRate(3)).toBe(2);
		expect(clampRate(1.049)).toBe(1.05);
		expect(clampRate(0.95 + 0.05)).toBe(1);
		expect(clampRate(Number.NaN)).toBe(1);
	});
});

describe('units', () => {
	const s = sortedStarts([30, 0, 10, 10, Number.NaN, 20]);
	it('sorts and dedupes starts', () => {
		expect([...s]).toEqual([0, 10, 20, 30]);
		const merged = sortedStarts(Float64Array.of(5, Infinity, 2.5, -0), [2.5, 7, 0, Number.NaN]);
		expect([...merged]).toEqual([0, 2.5, 5, 7]);
		expect(Object.is(merged[0], -0)).toBe(false);
	});
	it('steps to the next unit', () => {
		expect(nextStart(s, 0)).toBe(10);
		expect(nextStart(s, 10)).toBe(20);
		expect(nextStart(s, 29.9)).toBe(30);
		expect(nextStart(s, 30)).toBeNull();
	});
	it('steps back to the current start, or the previous one near it', () => {
		expect(prevStart(s, 15)).toBe(10);
		expect(prevStart(s, 10.5)).toBe(0);
		expect(prevStart(s, 0.5)).toBe(0);
		expect(prevStart(Float64Array.from([5]), 1)).toBeNull();
	});
	it('gives the range around a time', () => {
		expect(rangeAt(s, 12, 40)).toEqual({ start: 10, end: 20 });
		expect(rangeAt(s, 35, 40)).toEqual({ start: 30, end: 40 });
		expect(rangeAt(s, 35, Number.NaN)).toBeNull();
	});
});

describe('a loop whose end was just set at the current time', () => {
	it('jumps back on the next tick', () => {
		expect(boundaryAction(6.5, 6.52, { loop: { start: 5, end: 6.5 }, pauseAt: null }).kind).toBe(
			'jump'
		);
	});
});

describe('the next moment the clock must act', () => {
	const marks = Float64Array.from([0, 10, 20, 30]);
	it('is the next mark, whichever list it is in', () => {
		expect(firstAfter(marks, 10)).toBe(20);
		expect(firstAfter(marks, 9.99)).toBe(10);
		expect(firstAfter(marks, 30)).toBeNull();
		expect(nextEvent(12, { loop: null, pauseAt: null }, [marks, Float64Array.from([15])])).toBe(15);
		expect(nextEvent(31, { loop: null, pauseAt: null }, [marks, null])).toBeNull();
	});
	it('is the end of a loop playback is inside, before later marks', () => {
		const loop = { start: 11, end: 12.5 };
		expect(nextEvent(11.2, { loop, pauseAt: null }, [marks])).toBe(12.5);
		// Outside the loop (a seek escaped it) its end does not count.
		expect(nextEvent(14, { loop, pauseAt: null }, [marks])).toBe(20);
	});
	it('is the next pause point when pausing at each unit, but not at 0', () => {
		const pauseAt = Float64Array.from([0, 4, 8]);
		expect(nextEvent(5, { loop: null, pauseAt }, [marks])).toBe(8);
		expect(nextEvent(-1, { loop: null, pauseAt }, [])).toBe(4);
	});
});

describe('a loop that runs to the end of the media', () => {
	const loop = { start: 30, end: 40 };
	it('goes on from its start when the media ends inside it', () => {
		expect(loopAtEnd(39.98, 40, 40, loop)).toBe(30);
		expect(loopAtEnd(30, 40, 40, { start: 30, end: 41 })).toBe(30); // set past the end
		expect(loopAtEnd(35, 39.97, 40, loop)).toBe(30); // the end as the media reports it
	});
	it('lets the media end otherwise', () => {
		expect(loopAtEnd(39.9, 40, 40, null)).toBeNull();
		expect(loopAtEnd(39.9, 40, 40, { start: 10, end: 20 })).toBeNull(); // ends before
		expect(loopAtEnd(25, 40, 40, { start: 30, end: 40 })).toBeNull(); // played from outside (a seek)
		expect(loopAtEnd(35, 36, 40, loop)).toBeNull(); // paused inside, not at the end
		expect(loopAtEnd(35, 40, Number.NaN, loop)).toBeNull();
	});
});
