import { describe, expect, it } from 'vitest';
import { bucketRate, interleave, MAX_BUCKETS, PeakReducer } from './reduce';

/** A tone whose amplitude is `amps[k]` during second k, at `sampleRate`. */
function tone(amps: number[], sampleRate: number, hz = 220): Float32Array {
	const out = new Float32Array(amps.length * sampleRate);
	for (let i = 0; i < out.length; i++) {
		const a = amps[Math.floor(i / sampleRate)]!;
		out[i] = a * Math.sin((2 * Math.PI * hz * i) / sampleRate + 0.3);
	}
	return out;
}

describe('bucketRate', () => {
	it('is 100/s for short files and caps the total for long ones', () => {
		expect(bucketRate(60)).toBe(100);
		expect(bucketRate(10 * 3600) * 10 * 3600).toBeCloseTo(MAX_BUCKETS, 3);
		expect(bucketRate(Number.NaN)).toBe(100);
	});
});

describe('PeakReducer', () => {
	const amps = [0.1, 0.5, 0.9, 0.25];
	const sampleRate = 8000;

	function expectAmplitudes(r: PeakReducer): void {
		for (let b = 0; b < r.length; b++) {
			const a = amps[Math.floor(b / r.rate)]!;
			expect(r.max[b]).toBeGreaterThan(a * 0.97);
			expect(r.max[b]).toBeLessThanOrEqual(a + 1e-6);
			expect(r.min[b]).toBeLessThan(-a * 0.97);
			expect(r.min[b]).toBeGreaterThanOrEqual(-a - 1e-6);
		}
	}

	it('finds the known amplitude of each second of a generated tone', () => {
		const r = new PeakReducer(amps.length, 10);
		r.add(tone(amps, sampleRate), 0, sampleRate);
		expect(r.length).toBe(40);
		expectAmplitudes(r);
	});

	it('gives the same buckets when the samples arrive in odd-sized pieces, out of order', () => {
		const all = tone(amps, sampleRate);
		const r = new PeakReducer(amps.length, 10);
		const cuts = [0, 1153, 1154, 9000, 17777, 24000, all.length];
		const pieces = cuts.slice(1).map((end, k) => [cuts[k]!, end] as const);
		for (const [from, to] of pieces.reverse())
			r.add(all.subarray(from, to), from / sampleRate, sampleRate);
		expectAmplitudes(r);
	});

	it('ignores samples beyond the duration and before zero', () => {
		const r = new PeakReducer(1, 10);
		r.add(new Float32Array(16000).fill(0.5), -0.5, 8000);
		expect(r.max[0]).toBe(0.5);
		expect(r.max[9]).toBe(0.5);
		expect(Array.from(r.min)).toEqual(new Array(10).fill(0));
	});

	it('reports only the buckets changed since the last call', () => {
		const r = new PeakReducer(4, 10);
		expect(r.takeChanges()).toBeNull();
		r.add(new Float32Array(800).fill(-0.4), 1, 8000);
		const c = r.takeChanges();
		expect(c?.from).toBe(10);
		expect(c?.min.length).toBe(1);
		expect(c?.min[0]).toBeCloseTo(-0.4);
		expect(r.takeChanges()).toBeNull();
	});

	it('interleaves min and max for drawing', () => {
		const out = interleave(Float32Array.of(-1, -2), Float32Array.of(1, 2));
		expect(Array.from(out)).toEqual([-1, 1, -2, 2]);
	});
});
