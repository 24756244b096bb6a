import { describe, expect, it } from 'vitest';
import { seekTicks } from './seek-ticks';

const more = (n: number) => `(+${n})`;
const entries = (times: number[]) => times.map((time, i) => ({ time, title: `T${i}` }));

describe('seekTicks', () => {
	it('puts a tick at each entry of a short timeline', () => {
		expect(seekTicks(entries([0, 30, 60]), 120, 600, more)).toEqual([
			{ left: 0, title: 'T0' },
			{ left: 25, title: 'T1' },
			{ left: 50, title: 'T2' }
		]);
	});

	it('leaves out entries past the end, and has none without a duration', () => {
		expect(seekTicks(entries([0, 100, 200]), 120, 600, more).map((t) => t.title)).toEqual([
			'T0',
			'T1'
		]);
		expect(seekTicks(entries([0, 1]), 0, 600, more)).toEqual([]);
		expect(seekTicks(entries([0, 1]), Number.NaN, 600, more)).toEqual([]);
	});

	it('thins a long timeline to one tick per two pixels, saying how many entries share one', () => {
		const long = entries(Array.from({ length: 50_000 }, (_, i) => i * 0.72));
		const ticks = seekTicks(long, 36_000, 800, more);
		expect(ticks).toHaveLength(400);
		expect(ticks[0]?.title).toMatch(/^T0 \(\+\d+\)$/);
		const shared = ticks.reduce((n, t) => n + 1 + Number(/\(\+(\d+)\)/.exec(t.title)?.[1] ?? 0), 0);
		expect(shared).toBe(50_000);
		// Positions keep their order and stay on the bar.
		for (let i = 1; i < ticks.length; i++)
			expect(ticks[i]!.left).toBeGreaterThan(ticks[i - 1]!.left);
		expect(ticks.at(-1)!.left).toBeLessThanOrEqual(100);
	});

	it('uses a default width before the bar is measured', () => {
		const long = entries(Array.from({ length: 5_000 }, (_, i) => i));
		expect(seekTicks(long, 5_000, 0, more)).toHaveLength(300);
	});
});
