/**
 * Decodes the byte ranges of an MP3 or Ogg Opus file into one reducer, each range in a nested worker
 * of its own. This worker only merges their buckets: decoding a range here too kept it busy without a
 * break (its reads resolve at once), and in Chromium a request to a nested worker that had not started
 * yet waits for its parent's next task — the other ranges then started only after this one ended
 * (seen with a 10-min Opus file: 1.9 s instead of 1.2 s), and their buckets waited too.
 */
import type { DecodeJob } from './plan';
import type { RangeMessage, RangeRequest, RangeWarm } from './range-messages';
import type { PeakReducer } from './reduce';
import { decodeJob } from './wasm-decode';

/** Options of {@link decodeRanges}. */
export interface RangeOptions {
	/** Milliseconds between the nested workers' bucket reports. */
	interval: number;
	/** Called with the seconds decoded so far (all ranges together). */
	onProgress: (seconds: number) => void;
	signal?: AbortSignal;
	/** Decode workers started ahead (see {@link startDecoders}): used before new ones; the rest left running. */
	spare?: SpareDecoder[];
}

/** A decode worker started ahead; `failed` once its script could not load, `warm` once its decoders compiled. */
export interface SpareDecoder {
	worker: Worker;
	failed: boolean;
	warm: boolean;
}

/** A nested decode worker, loading. */
function decodeWorker(): Worker {
	return new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts `count` decode workers ahead of {@link decodeRanges}, so that their scripts load while the file
 * is being read (`warm`: and their decoders compile, when there is time before a file comes; `onWarm`
 * is called as each is ready); the caller terminates them when done. None without `Worker`.
 */
export function startDecoders(count: number, warm = false, onWarm?: () => void): SpareDecoder[] {
	if (typeof Worker !== 'function') return [];
	return Array.from({ length: Math.max(0, count) }, () => {
		const spare: SpareDecoder = { worker: decodeWorker(), failed: false, warm: false };
		spare.worker.onerror = (event) => {
			event.preventDefault();
			spare.failed = true;
		};
		if (warm) {
			spare.worker.onmessage = (event: MessageEvent<RangeMessage>) => {
				if (event.data.type === 'warm') {
					spare.warm = true;
					onWarm?.();
				}
			};
			spare.worker.postMessage({ type: 'warm' } satisfies RangeWarm);
		}
		return spare;
	});
}

/**
 * Decodes `jobs` into `reducer` (whose layout the nested workers share); without `Worker` the ranges
 * are decoded here one after another, and so is a range whose worker cannot start. Rejects on the first decoding error.
 */
export async function decodeRanges(
	file: Blob,
	jobs: DecodeJob[],
	reducer: PeakReducer,
	duration: number,
	{ interval, onProgress, signal, spare = [] }: RangeOptions
): Promise<void> {
	const reached = jobs.map(() => 0);
	const report = () => onProgress(reached.reduce((a, b) => a + b, 0));
	const workers: Worker[] = [];
	const here = (i: number) =>
		decodeJob(
			file,
			jobs[i]!,
			(samples, start, sampleRate) => {
				reducer.add(samples, start, sampleRate);
				reached[i] = start + samples.length / sampleRate - jobs[i]!.start;
				report();
			},
			signal
		);
	const elsewhere = (i: number) =>
		new Promise<void>((resolve, reject) => {
			let started = false;
			const ahead = spare.shift();
			if (ahead?.failed) {
				ahead.worker.terminate();
				here(i).then(resolve, reject);
				return;
			}
			const worker = ahead?.worker ?? decodeWorker();
			workers.push(worker);
			worker.onmessage = (event: MessageEvent<RangeMessage>) => {
				started = true;
				const m = event.data;
				if (m.type === 'warm') return;
				if (m.type === 'buckets') {
					reducer.merge(m.from, m.min, m.max);
					reached[i] = m.reached;
					report();
				} else if (m.type === 'done') resolve();
				else reject(new Error(m.message));
			};
			// A worker that cannot start leaves its range to this one.
			worker.onerror = (event) => {
				event.preventDefault();
				if (started) reject(new Error(event.message || 'decode worker failed'));
				else here(i).then(resolve, reject);
			};
			const request: RangeRequest = {
				type: 'range',
				file,
				job: jobs[i]!,
				duration,
				rate: reducer.rate,
				interval
			};
			worker.postMessage(request);
		});
	const stop = () => workers.forEach((w) => w.terminate());
	signal?.addEventListener('abort', stop);
	try {
		if (typeof Worker === 'function' && jobs.length > 1) {
			await Promise.all(jobs.map((_, i) => elsewhere(i)));
		} else {
			for (let i = 0; i < jobs.length && !signal?.aborted; i++) await here(i);
		}
	} finally {
		stop();
		signal?.removeEventListener('abort', stop);
	}
}
