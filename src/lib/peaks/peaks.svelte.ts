import { locale } from '$lib/i18n/locale.svelte';
import { fileKey, loadPeaks, type CachedPeaks } from '$lib/storage/peaks-cache';
import type { PeaksErrorCode, PeaksMessage, PeaksRequest, PeaksWarm } from './messages';

/** Why there are no peaks: a worker error's code, or the worker not running at all. */
type Missing = { code: PeaksErrorCode | 'worker'; detail: string };

/** Where the peaks of the open file are. */
export type PeaksStatus = 'idle' | 'loading' | 'ready' | 'unavailable';

/** Calls `run` when the page is next idle (within `timeout` ms). */
export function whenIdle(run: () => void, timeout = 500): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
	else setTimeout(run, 0);
}

/** A peaks worker started ahead of need, for the next file; `failed` once its script could not load, `ready` once warm. */
interface Spare {
	worker: Worker;
	failed: boolean;
	ready: boolean;
}
let spare: Spare | null = null;

function startWorker(): Spare {
	const worker = new Worker(new URL('./peaks.worker.ts', import.meta.url), { type: 'module' });
	const started = { worker, failed: false, ready: false };
	worker.onerror = (event) => {
		event.preventDefault();
		started.failed = true;
	};
	return started;
}

/**
 * Starts a peaks worker for the next media file (the page calls this when it is idle): it loads its
 * script, starts its decode workers and compiles their decoders (0.2–0.3 s, most of the wait before
 * a file's waveform used to fill in) while the reader is choosing the file. Does nothing when one is
 * waiting already.
 */
export function warmPeaksWorker(): void {
	if (typeof Worker !== 'function' || spare) return;
	const started = (spare = startWorker());
	started.worker.onmessage = (event: MessageEvent<PeaksMessage>) => {
		if (event.data.type === 'warm') started.ready = true;
	};
	started.worker.postMessage({ type: 'warm' } satisfies PeaksWarm);
}

/**
 * Stops a peaks worker still warming up (its three threads would share the processor with, say, a
 * large transcript's parse); call {@link warmPeaksWorker} again when that is done. A warm one stays.
 */
export function coolPeaksWorker(): void {
	if (!spare || spare.ready) return;
	spare.worker.terminate();
	spare = null;
}

/** The cache key of `file` and its cached peaks (null when not there; key null when the file could not be read). */
async function lookUp(file: File): Promise<{ key: string | null; cached: CachedPeaks | null }> {
	try {
		const key = await fileKey(file);
		return { key, cached: await loadPeaks(key) };
	} catch {
		return { key: null, cached: null };
	}
}

/** Waveform peaks of the open media file: from the cache, or streamed by a worker that fills them in. */
export class Peaks {
	#status: PeaksStatus = $state('idle');
	#progress = $state(0);
	#missing: Missing | null = $state(null);
	#duration = $state(0);
	#version = $state(0);
	#data = new Float32Array(0);
	#peak = 0;
	/** Buckets changed since the last {@link takeChanged}: `[from, to)`, empty when from ≥ to. */
	#changedFrom = Infinity;
	#changedTo = 0;
	#worker: Worker | null = null;
	#generation = 0;

	/** idle (no file), loading, ready, or unavailable (see {@link message}). */
	get status(): PeaksStatus {
		return this.#status;
	}
	/** How much of the file has been read, 0–1. */
	get progress(): number {
		return this.#progress;
	}
	/** Why there are no peaks (in the reader's language), when status is unavailable. */
	get message(): string | null {
		const m = this.#missing;
		if (!m) return null;
		const t = locale.t;
		switch (m.code) {
			case 'no-track':
				return t.noWaveformNoTrack;
			case 'codec':
				return t.noWaveformCodec(m.detail);
			case 'no-length':
				return t.noWaveformNoLength;
			case 'read':
				return t.noWaveformRead(m.detail);
			default:
				return t.noWaveformWorker;
		}
	}
	/** Duration the peaks span, in seconds (0 until known). */
	get duration(): number {
		return this.#duration;
	}
	/** Bumped whenever {@link data} changes (it is changed in place while loading). */
	get version(): number {
		return this.#version;
	}
	/** Interleaved `[min0, max0, min1, max1, …]`; zeros where not computed yet. Read after {@link version}. */
	get data(): Float32Array {
		return this.#data;
	}

	/** The largest magnitude in {@link data} so far (0 when silent or empty). Read after {@link version}. */
	get peak(): number {
		return this.#peak;
	}

	/**
	 * The buckets filled in since the last call, `[from, to)` (bucket indices: values `2·from` to `2·to`
	 * of {@link data}), or null; a new {@link data} array counts as no change (it is drawn whole).
	 */
	takeChanged(): { from: number; to: number } | null {
		const from = this.#changedFrom;
		const to = this.#changedTo;
		this.#changedFrom = Infinity;
		this.#changedTo = 0;
		return from < to ? { from, to } : null;
	}

	/** Shows the peaks of `file` (aborting any earlier job): from the cache when they are there, else streamed by a worker. */
	load(file: File): void {
		this.#stop();
		this.#reset('loading');
		const generation = this.#generation;
		// A file opened before is drawn from the cache at once: its ends are hashed in a worker (the
		// place remembered for it uses the same hash) and the cache read, asynchronously, from a task
		// of its own after the page's update for the new media. Otherwise the peaks worker (started
		// ahead of need when the page was idle) starts decoding when the page is idle again, after it
		// has shown the file: started at once, decoding took the processor the page needed for that
		// (two cores here), and its stalls doubled; started when the file was chosen, they tripled.
		setTimeout(() => {
			if (generation !== this.#generation) return;
			void lookUp(file).then(({ key, cached }) => {
				if (generation !== this.#generation) return;
				if (cached) {
					this.#begin(cached.duration, cached.min.length);
					this.#fill(0, cached.min, cached.max);
					this.#progress = 1;
					this.#status = 'ready';
					return;
				}
				whenIdle(() => {
					if (generation === this.#generation) this.#run(file, generation, key);
				});
			});
		}, 0);
	}

	/** Forgets the peaks and stops any work. */
	clear(): void {
		this.#stop();
		this.#reset('idle');
	}

	/** Stops the worker; the instance can load again. */
	destroy(): void {
		this.clear();
	}

	#run(file: File, generation: number, key: string | null): void {
		const worker = spare && !spare.failed ? spare.worker : startWorker().worker;
		if (spare?.failed) spare.worker.terminate();
		spare = null;
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<PeaksMessage>) => {
			if (generation !== this.#generation) return;
			const m = event.data;
			if (m.type === 'warm') return;
			if (m.type === 'meta') {
				this.#begin(m.duration, m.length);
			} else if (m.type === 'chunk') {
				this.#fill(m.from, m.min, m.max);
				this.#progress = m.progress;
			} else if (m.type === 'done') {
				// Drawn now; the worker still stores the peaks in the cache, then says 'stored'.
				this.#progress = 1;
				this.#status = 'ready';
			} else if (m.type === 'stored') {
				this.#stop();
			} else {
				this.#stop();
				this.#status = 'unavailable';
				this.#missing = { code: m.code, detail: m.detail ?? '' };
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			if (generation !== this.#generation) return;
			this.#stop();
			this.#status = 'unavailable';
			this.#missing = { code: 'worker', detail: '' };
		};
		const request: PeaksRequest = { type: 'peaks', file, key };
		worker.postMessage(request);
	}

	#begin(duration: number, length: number): void {
		this.#duration = duration;
		this.#data = new Float32Array(length * 2);
		this.#peak = 0;
		this.takeChanged();
		this.#version++;
	}

	#fill(from: number, min: Float32Array, max: Float32Array): void {
		const data = this.#data;
		let peak = this.#peak;
		for (let i = 0; i < min.length; i++) {
			const lo = min[i]!;
			const hi = max[i]!;
			data[2 * (from + i)] = lo;
			data[2 * (from + i) + 1] = hi;
			if (-lo > peak) peak = -lo;
			if (hi > peak) peak = hi;
		}
		this.#peak = peak;
		this.#changedFrom = Math.min(this.#changedFrom, from);
		this.#changedTo = Math.max(this.#changedTo, from + min.length);
		this.#version++;
	}

	#reset(status: PeaksStatus): void {
		this.#status = status;
		this.#progress = 0;
		this.#missing = null;
		this.#duration = 0;
		this.#data = new Float32Array(0);
		this.#peak = 0;
		this.takeChanged();
		this.#version++;
	}

	/** Terminates the running worker (if any) and invalidates its late messages. */
	#stop(): void {
		this.#generation++;
		this.#worker?.terminate();
		this.#worker = null;
	}
}
