import { describe, expect, it } from 'vitest';
import { estimator, sweepEstimator } from './interpolate';

describe('estimator', () => {
	it('interpolates between timed points', () => {
		const at = estimator([
			{ offset: 0, time: 0 },
			{ offset: 100, time: 50 },
			{ offset: 300, time: 70 }
		]);
		expect(at(50)).toBe(25);
		expect(at(200)).toBe(60);
		expect(at(100)).toBe(50);
	});
	it('extrapolates after the last point at the overall rate', () => {
		const at = estimator([
			{ offset: 0, time: 0 },
			{ offset: 200, time: 100 }
		]);
		expect(at(300)).toBe(150);
	});
	it('assumes the body starts at time 0 when the first timed point is later', () => {
		const at = estimator([{ offset: 100, time: 10 }]);
		expect(at(50)).toBe(5);
		expect(at(200)).toBe(20);
	});
	it('returns null with nothing to go on', () => {
		expect(estimator([])(10)).toBeNull();
		expect(estimator([{ offset: 0, time: 0 }])(10)).toBeNull();
	});
});

describe('sweepEstimator', () => {
	it('gives exactly what estimator gives, in order or not', () => {
		const points = [
			{ offset: 40, time: 3 },
			{ offset: 100, time: 50 },
			{ offset: 100, time: 55 },
			{ offset: 300, time: 70 },
			{ offset: 410.5, time: 71.25 }
		];
		const offsets = [0, 10, 39.9, 40, 40, 77.7, 100, 250, 300, 333.3, 410.5, 900, 5, 120, 120];
		const at = estimator(points);
		const sweep = sweepEstimator(points);
		expect(offsets.map((o) => sweep(o))).toEqual(offsets.map((o) => at(o)));
		expect(sweepEstimator([])(1)).toBeNull();
	});
});
