/** Min/max bucket reduction of a stream of PCM samples into a fixed number of buckets per second. */

/** Most buckets kept for one file (each bucket is a min and a max: twice as many points drawn). */
export const MAX_BUCKETS = 100_000;
/** Buckets per second for short files; long files get fewer so the total stays under {@link MAX_BUCKETS}. */
export const BUCKETS_PER_SECOND = 100;

/** Buckets per second for a file of `duration` seconds: 100/s, fewer for long files. */
export function bucketRate(duration: number): number {
	if (!(duration > 0) || !Number.isFinite(duration)) return BUCKETS_PER_SECOND;
	return Math.min(BUCKETS_PER_SECOND, MAX_BUCKETS / duration);
}

/** Accumulates min/max per bucket; samples may arrive in any order and with gaps. */
export class PeakReducer {
	/** Buckets per second. */
	readonly rate: number;
	/** Lowest sample value per bucket (0 where nothing arrived). */
	readonly min: Float32Array;
	/** Highest sample value per bucket (0 where nothing arrived). */
	readonly max: Float32Array;
	#dirtyFrom = Infinity;
	#dirtyTo = 0;

	constructor(duration: number, rate = bucketRate(duration)) {
		this.rate = rate;
		const n = Math.max(1, Math.ceil(duration * rate));
		this.min = new Float32Array(n);
		this.max = new Float32Array(n);
	}

	/** Number of buckets. */
	get length(): number {
		return this.min.length;
	}

	/** Adds `count` samples of one channel starting at `start` seconds, `sampleRate` per second. */
	add(samples: Float32Array, start: number, sampleRate: number, count = samples.length): void {
		const n = this.min.length;
		const perBucket = sampleRate / this.rate;
		const origin = start * sampleRate;
		let i = 0;
		let first = -1;
		let last = -1;
		while (i < count) {
			const bucket = Math.floor((origin + i) / perBucket);
			if (bucket >= n) break;
			// Samples up to (excluding) the first one of the next bucket; at least one (float rounding).
			const end = Math.min(count, Math.max(i + 1, Math.ceil((bucket + 1) * perBucket - origin)));
			if (bucket < 0) {
				i = end;
				continue;
			}
			let lo = this.min[bucket]!;
			let hi = this.max[bucket]!;
			for (; i < end; i++) {
				const v = samples[i]!;
				if (v < lo) lo = v;
				else if (v > hi) hi = v;
			}
			this.min[bucket] = lo;
			this.max[bucket] = hi;
			if (first < 0) first = bucket;
			last = bucket;
		}
		if (first >= 0) {
			this.#dirtyFrom = Math.min(this.#dirtyFrom, first);
			this.#dirtyTo = Math.max(this.#dirtyTo, last + 1);
		}
	}

	/** Folds in buckets `min`/`max` reduced elsewhere (same layout), starting at bucket `from`. */
	merge(from: number, min: Float32Array, max: Float32Array): void {
		const to = Math.min(this.min.length, from + min.length);
		if (from < 0 || to <= from) return;
		for (let b = from; b < to; b++) {
			if (min[b - from]! < this.min[b]!) this.min[b] = min[b - from]!;
			if (max[b - from]! > this.max[b]!) this.max[b] = max[b - from]!;
		}
		this.#dirtyFrom = Math.min(this.#dirtyFrom, from);
		this.#dirtyTo = Math.max(this.#dirtyTo, to);
	}

	/** The buckets changed since the last call, as copies (transferable), or null when none changed. */
	takeChanges(): { from: number; min: Float32Array; max: Float32Array } | null {
		if (this.#dirtyTo <= this.#dirtyFrom) return null;
		const from = this.#dirtyFrom;
		const to = this.#dirtyTo;
		this.#dirtyFrom = Infinity;
		this.#dirtyTo = 0;
		return { from, min: this.min.slice(from, to), max: this.max.slice(from, to) };
	}
}

/** Interleaves min/max as `[min0, max0, min1, max1, …]`, the one-channel peaks a waveform draws. */
export function interleave(min: Float32Array, max: Float32Array): Float32Array {
	const out = new Float32Array(min.length * 2);
	for (let i = 0; i < min.length; i++) {
		out[2 * i] = min[i]!;
		out[2 * i + 1] = max[i]!;
	}
	return out;
}
