/**
 * The peaks worker: one job per worker (the page terminates it to abort). It streams the peaks of a
 * file the page did not find in the IndexedDB cache, and stores them there — off the main thread. A
 * worker the page starts ahead of need is told to warm first: it starts its decode workers then, and
 * they compile their decoders while no file is there yet.
 */
import { savePeaks } from '$lib/storage/peaks-cache';
import type { SpareDecoder } from './decode-ranges';
import type { PeaksMessage, PeaksRequest, PeaksWarm } from './messages';
import { decodedInRanges, decodersAhead, streamPeaks } from './stream-peaks';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<PeaksRequest | PeaksWarm>) => void) | null;
	postMessage(message: PeaksMessage, transfer: Transferable[]): void;
};

function post(message: PeaksMessage): void {
	scope.postMessage(
		message,
		message.type === 'chunk' ? [message.min.buffer, message.max.buffer] : []
	);
}

/** Decode workers started when the page said to warm. */
let warmed: SpareDecoder[] | null = null;

async function run({ file, key }: PeaksRequest): Promise<void> {
	const ranged = decodedInRanges(file);
	const spare = warmed ?? (ranged ? decodersAhead() : []);
	if (!ranged) for (const { worker } of spare.splice(0)) worker.terminate();
	try {
		const peaks = await streamPeaks(file, post, { spare });
		if (!peaks) return;
		if (key !== null) await savePeaks({ key, ...peaks, saved: Date.now() });
		post({ type: 'stored' });
	} finally {
		for (const { worker } of spare) worker.terminate();
	}
}

scope.onmessage = (event) => {
	const m = event.data;
	if (m.type === 'warm') {
		// The page hears when every decoder is ready (a decode worker that cannot start never is).
		const ready = () => {
			if (warmed?.every((d) => d.warm)) post({ type: 'warm' });
		};
		warmed ??= decodersAhead(true, ready);
		ready();
		return;
	}
	scope.onmessage = null;
	void run(m);
};
