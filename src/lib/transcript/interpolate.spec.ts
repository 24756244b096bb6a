import { describe, expect, it } from 'vitest';
import { estimator } from './interpolate';

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
