/** Draws waveform peaks on a canvas: one filled column per pixel, from the lowest to the highest sample. */

/** What {@link drawPeaks} needs of a canvas context (a real one, or a recorder in tests). */
export interface PeaksCanvas {
	canvas: { width: number; height: number };
	beginPath(): void;
	rect(x: number, y: number, width: number, height: number): void;
	fill(): void;
}

/**
 * Draws `data` (interleaved `[min0, max0, min1, max1, …]`, or any run of samples) across the canvas's
 * width: each pixel column spans its share of the values, from their lowest to their highest, scaled so
 * that `peak` fills half the height; silence is a one-pixel line through the middle. One path, one fill:
 * O(values + width), no allocation per value.
 */
export function drawPeaks(data: ArrayLike<number>, ctx: PeaksCanvas, peak: number): void {
	const n = data.length;
	const { width, height } = ctx.canvas;
	if (!n || !width || !height) return;
	const mid = height / 2;
	const scale = peak > 0 ? mid / peak : 0;
	// Whole (min, max) pairs per column, so a zoomed-in column never sees only one of a bucket's two.
	const pairs = Math.ceil(n / 2);
	ctx.beginPath();
	for (let x = 0; x < width; x++) {
		const from = Math.floor((x * pairs) / width);
		const to = Math.min(n, 2 * Math.max(from + 1, Math.floor(((x + 1) * pairs) / width)));
		let lo = 0;
		let hi = 0;
		for (let i = 2 * from; i < to; i++) {
			const v = data[i]!;
			if (v < lo) lo = v;
			else if (v > hi) hi = v;
		}
		const top = Math.max(0, Math.round(mid - hi * scale));
		const bottom = Math.min(height, Math.round(mid - lo * scale));
		ctx.rect(x, top, 1, Math.max(1, bottom - top));
	}
	ctx.fill();
}
