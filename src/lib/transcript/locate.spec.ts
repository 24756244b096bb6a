import { describe, expect, it } from 'vitest';
import { locate, locateAnchor, locateEntry } from './locate';
import type { Anchor, TimelineEntry } from './model';

describe('locate', () => {
	const starts = [0, 50, 104, 104, 1511.25];
	it('finds the last start ≤ t, exactly at the boundaries', () => {
		expect(locate(starts, -1e-9)).toBe(-1);
		expect(locate(starts, 0)).toBe(0);
		expect(locate(starts, 50 - 1e-9)).toBe(0);
		expect(locate(starts, 50)).toBe(1);
		expect(locate(starts, 103.999)).toBe(1);
		expect(locate(starts, 104)).toBe(3);
		expect(locate(starts, 1511.25 - 1e-9)).toBe(3);
		expect(locate(starts, 1511.25)).toBe(4);
		expect(locate(starts, 1e9)).toBe(4);
	});
	it('handles empty, single and typed arrays', () => {
		expect(locate([], 5)).toBe(-1);
		expect(locate([10], 9.999)).toBe(-1);
		expect(locate([10], 10)).toBe(0);
		expect(locate(Float64Array.from([1, 2, 3]), 2.5)).toBe(1);
	});
	it('matches a linear scan on random data', () => {
		const arr = Array.from({ length: 200 }, (_, i) => i * 3 + (i % 7 === 0 ? 0 : 1));
		for (let t = -2; t < 620; t += 0.5) {
			let want = -1;
			arr.forEach((s, i) => {
				if (s <= t) want = i;
			});
			expect(locate(arr, t)).toBe(want);
		}
	});
});

describe('locateAnchor / locateEntry', () => {
	const anchor = (time: number, section: number): Anchor => ({
		time,
		section,
		block: null,
		entry: null,
		estimated: false
	});
	const entry = (time: number): TimelineEntry => ({
		time,
		label: '',
		title: '',
		line: 1,
		anchor: null
	});
	const transcript = {
		anchors: [anchor(0, 0), anchor(1735, 1), anchor(1751, 1)],
		timeline: [entry(5), entry(1751)]
	};
	it('locates within the transcript', () => {
		expect(locateAnchor(transcript, 1750.999)).toBe(1);
		expect(locateAnchor(transcript, 1751)).toBe(2);
		expect(locateEntry(transcript, 4.999)).toBe(-1);
		expect(locateEntry(transcript, 5)).toBe(0);
		expect(locateEntry(transcript, 1751)).toBe(1);
	});
	it('sees a replaced anchors array', () => {
		const next = { anchors: [anchor(10, 0)] };
		expect(locateAnchor(next, 5)).toBe(-1);
		expect(locateAnchor(next, 10)).toBe(0);
	});
});
