/** Time at a text offset, from timed points: linear between them, a steady reading rate outside them. */

/** Estimates the time at a text offset from timed points, interpolating or extrapolating at a steady rate. */
export function estimator(
	points: readonly { offset: number; time: number }[]
): (offset: number) => number | null {
	const real = points.filter((p, i) => i === 0 || p.offset > (points[i - 1]?.offset ?? -1));
	const first = real[0];
	const pts =
		first && first.offset > 0 && first.time > 0 ? [{ offset: 0, time: 0 }, ...real] : real;
	const a = pts[0];
	const z = pts.at(-1);
	const rate =
		a && z && z.time > a.time && z.offset > a.offset
			? (z.offset - a.offset) / (z.time - a.time)
			: null;
	return (offset) => {
		if (!a || !z) return null;
		let lo = 0;
		let hi = pts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((pts[mid]?.offset ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		const p = pts[lo] ?? a;
		const q = pts[lo + 1];
		if (offset < p.offset)
			return rate === null ? null : Math.max(0, p.time - (p.offset - offset) / rate);
		if (q) return p.time + ((q.time - p.time) * (offset - p.offset)) / (q.offset - p.offset);
		return rate === null ? null : p.time + (offset - p.offset) / rate;
	};
}
