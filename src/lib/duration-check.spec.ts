import { describe, expect, it } from 'vitest';
import { durationMismatch } from './duration-check';

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
