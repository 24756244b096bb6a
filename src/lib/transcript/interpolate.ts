/** Time at a text offset, from timed points: linear between them, a steady reading rate outside them. */

type Point = { offset: number; time: number };

/** The points with strictly increasing offsets (from 0 when the first is later), and the overall rate. */
function prepare(points: readonly Point[]): { pts: Point[]; rate: number | null } {
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
	return { pts, rate };
}

/** The estimate at `offset`, where `pts[lo]` is the last point at or before it (or the first point). */
function between(pts: readonly Point[], rate: number | null, lo: number, offset: number) {
	const p = pts[lo] as Point;
	const q = pts[lo + 1];
	if (offset < p.offset)
		return rate === null ? null : Math.max(0, p.time - (p.offset - offset) / rate);
	if (q) return p.time + ((q.time - p.time) * (offset - p.offset)) / (q.offset - p.offset);
	return rate === null ? null : p.time + (offset - p.offset) / rate;
}

/** Estimates the time at a text offset from timed points, interpolating or extrapolating at a steady rate. */
export function estimator(points: readonly Point[]): (offset: number) => number | null {
	const { pts, rate } = prepare(points);
	return (offset) => {
		if (!pts.length) return null;
		let lo = 0;
		let hi = pts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((pts[mid]?.offset ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return between(pts, rate, lo, offset);
	};
}

/**
 * The same estimates as {@link estimator}, quicker for offsets asked in non-decreasing order (a
 * cursor moves along the points instead of a search each time; a smaller offset starts it over).
 */
export function sweepEstimator(points: readonly Point[]): (offset: number) => number | null {
	const { pts, rate } = prepare(points);
	let lo = 0;
	let last = -Infinity;
	return (offset) => {
		if (!pts.length) return null;
		if (!(offset >= last)) lo = 0;
		last = offset;
		while (lo + 1 < pts.length && (pts[lo + 1] as Point).offset <= offset) lo++;
		return between(pts, rate, lo, offset);
	};
}

/** The steady rate (weight per second) the estimators extrapolate with for `points`, or null. */
export function overallRate(points: readonly Point[]): number | null {
	return prepare(points).rate;
}
