/**
 * A nested decode worker: the peaks worker starts one per byte range of an MP3 or Ogg Opus file;
 * it reduces its range to buckets and posts them (terminating the peaks worker ends it too). One started
 * ahead of need is told to warm first: it compiles its decoders while it waits for a range.
 */
import { PeakReducer } from './reduce';
import { decodeJob, warmDecoders } from './wasm-decode';
import type { RangeMessage, RangeRequest, RangeWarm } from './range-messages';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<RangeRequest | RangeWarm>) => void) | null;
	postMessage(message: RangeMessage, transfer: Transferable[]): void;
};

async function run({ file, job, duration, rate, interval }: RangeRequest): Promise<void> {
	const reducer = new PeakReducer(duration, rate);
	let reached = 0;
	let last = performance.now();
	const flush = () => {
		const changes = reducer.takeChanges();
		if (changes)
			scope.postMessage({ type: 'buckets', ...changes, reached }, [
				changes.min.buffer,
				changes.max.buffer
			]);
	};
	try {
		await decodeJob(file, job, (samples, start, sampleRate) => {
			reducer.add(samples, start, sampleRate);
			reached = start + samples.length / sampleRate - job.start;
			if (performance.now() - last >= interval) {
				last = performance.now();
				flush();
			}
		});
		flush();
		scope.postMessage({ type: 'done' }, []);
	} catch (error) {
		scope.postMessage(
			{ type: 'error', message: error instanceof Error ? error.message : String(error) },
			[]
		);
	}
}

scope.onmessage = (event) => {
	const m = event.data;
	if (m.type === 'warm') {
		// A job coming meanwhile waits for the same compilation, not a second one.
		void warmDecoders().then(() => scope.postMessage({ type: 'warm' }, []));
		return;
	}
	scope.onmessage = null;
	void run(m);
};
