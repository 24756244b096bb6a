import { describe, expect, it } from 'vitest';
import { durationMismatch, pastEnd } from './duration-check';

const timeline = [0, 50, 104, 2670].map((time) => ({ time }));

describe('durationMismatch', () => {
	it('is quiet when the media fits the timeline', () => {
		expect(durationMismatch(2800, timeline)).toBeNull();
		expect(durationMismatch(2670.5, timeline)).toBeNull();
		expect(durationMismatch(5000, timeline)).toBeNull();
		expect(durationMismatch(Number.NaN, timeline)).toBeNull();
		expect(durationMismatch(100, [])).toBeNull();
	});

	it('warns when entries lie past the end of the media', () => {
		const m = durationMismatch(60, timeline);
		expect(m).toMatch(/01:00 long/);
		expect(m).toMatch(/44:30/);
		expect(m).toMatch(/2 timeline entries are past the end/);
	});

	it('warns when the media is much longer than the timeline', () => {
		expect(durationMismatch(6000, timeline)).toMatch(/1:40:00 long, much longer/);
		expect(durationMismatch(700, [{ time: 0 }, { time: 60 }])).toMatch(/much longer/);
		expect(durationMismatch(300, [{ time: 0 }, { time: 60 }])).toBeNull();
	});
});

describe('pastEnd', () => {
	it('lists the entries that start after the end, in order', () => {
		expect(pastEnd(timeline, 60).map((e) => e.time)).toEqual([104, 2670]);
		expect(pastEnd(timeline, 3000)).toEqual([]);
		expect(pastEnd(timeline, Number.NaN)).toEqual([]);
		expect(pastEnd(timeline, 0)).toEqual([]);
	});

	it('copes with timelines longer than a call takes arguments', () => {
		const long = Array.from({ length: 300_000 }, (_, i) => ({ time: i }));
		expect(pastEnd(long, 299_997)).toHaveLength(2);
		expect(durationMismatch(100, long)).toMatch(/299899 timeline entries are past the end/);
	});
});
