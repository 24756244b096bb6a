import { describe, expect, it } from 'vitest';
import { columnsOf, drawPeaks, type PeaksCanvas } from './draw';

/** A canvas context that records the rectangles filled (each one pixel wide) and the spans cleared. */
function recorder(width: number, height: number) {
	const rects: { x: number; y: number; h: number }[] = [];
	const cleared: [number, number][] = [];
	const ctx: PeaksCanvas = {
		canvas: { width, height },
		fillRect: (x, y, w, h) => {
			expect(w).toBe(1);
			rects.push({ x, y, h });
		},
		clearRect: (x, _y, w) => cleared.push([x, x + w])
	};
	return { ctx, rects, cleared };
}

describe('drawPeaks', () => {
	it('draws one column per pixel, the loudest filling the height and silence a 1-pixel line', () => {
		// 8 buckets (min, max) over 4 pixels: loud, silent, half, quiet-negative.
		const data = Float32Array.from([
			-0.8, 0.8, -0.5, 0.4, 0, 0, 0, 0, -0.4, 0.4, 0, 0, -0.2, 0, 0, 0
		]);
		const r = recorder(4, 100);
		drawPeaks(data, r.ctx, 0.8);
		expect(r.rects.map((c) => c.x)).toEqual([0, 1, 2, 3]);
		expect(r.rects[0]).toEqual({ x: 0, y: 0, h: 100 });
		expect(r.rects[1]).toEqual({ x: 1, y: 50, h: 1 });
		expect(r.rects[2]).toEqual({ x: 2, y: 25, h: 50 });
		// Only below the line: from the middle down to a quarter of the half-height.
		expect(r.rects[3]).toEqual({ x: 3, y: 50, h: 13 });
	});

	it('spreads fewer values than pixels across the width (zoomed in)', () => {
		const r = recorder(10, 20);
		drawPeaks(Float32Array.from([-1, 1]), r.ctx, 1);
		expect(r.rects).toHaveLength(10);
		expect(r.rects.every((c) => c.h === 20)).toBe(true);
	});

	it('keeps the drawing inside the canvas when a value exceeds the peak, and draws nothing without data', () => {
		const r = recorder(2, 10);
		drawPeaks(Float32Array.from([-2, 2, 0, 0]), r.ctx, 1);
		expect(r.rects[0]).toEqual({ x: 0, y: 0, h: 10 });
		const empty = recorder(2, 10);
		drawPeaks(new Float32Array(0), empty.ctx, 1);
		expect(empty.rects).toEqual([]);
	});

	it('draws a flat line when everything is silent (no division by a zero peak)', () => {
		const r = recorder(3, 10);
		drawPeaks(new Float32Array(6), r.ctx, 0);
		expect(r.rects.map((c) => [c.y, c.h])).toEqual([
			[5, 1],
			[5, 1],
			[5, 1]
		]);
	});

	it('redraws only the columns asked for, clearing them first, exactly as a whole redraw draws them', () => {
		const data = Float32Array.from({ length: 200 }, (_, i) => Math.sin(i * 0.37) * (i % 7) * 0.1);
		const whole = recorder(37, 40);
		drawPeaks(data, whole.ctx, 0.6);
		const part = recorder(37, 40);
		drawPeaks(data, part.ctx, 0.6, { from: 10, to: 15 });
		expect(part.cleared).toEqual([[10, 15]]);
		expect(part.rects).toEqual(whole.rects.slice(10, 15));
		const none = recorder(37, 40);
		drawPeaks(data, none.ctx, 0.6, { from: 20, to: 20 });
		expect(none.rects).toEqual([]);
		expect(none.cleared).toEqual([]);
	});
});

describe('columnsOf', () => {
	it('covers every column whose drawing changes when a run of values changes', () => {
		for (const [length, width] of [
			[200, 37],
			[40, 300],
			[1000, 1000],
			[2, 5]
		] as const) {
			const runs: [number, number][] = [
				[0, 2],
				[6, 10],
				[length - 4, length],
				[10, 11]
			];
			for (const [from, to] of runs) {
				if (from < 0 || to > length) continue;
				const before = new Float32Array(length);
				const after = before.slice();
				for (let i = from; i < to; i++) after[i] = i % 2 ? 0.9 : -0.9;
				const a = recorder(width, 20);
				drawPeaks(before, a.ctx, 1);
				const b = recorder(width, 20);
				drawPeaks(after, b.ctx, 1);
				const changed = a.rects.flatMap((r, x) => (r.h !== b.rects[x]!.h ? [x] : []));
				const cols = columnsOf(from, to, length, width);
				expect(changed.length).toBeGreaterThan(0);
				for (const x of changed) {
					expect(x).toBeGreaterThanOrEqual(cols.from);
					expect(x).toBeLessThan(cols.to);
				}
			}
		}
	});

	it('is empty for no change', () => {
		expect(columnsOf(5, 5, 100, 50)).toEqual({ from: 0, to: 0 });
	});
});
