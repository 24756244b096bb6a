/**
 * The peaks worker: one job per worker (the page terminates it to abort). It streams the peaks of a
 * file the page did not find in the IndexedDB cache, and stores them there — off the main thread.
 */
import { savePeaks } from '$lib/storage/peaks-cache';
import type { PeaksMessage, PeaksRequest } from './messages';
import { decodersAhead, streamPeaks } from './stream-peaks';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<PeaksRequest>) => void) | null;
	postMessage(message: PeaksMessage, transfer: Transferable[]): void;
};

function post(message: PeaksMessage): void {
	scope.postMessage(
		message,
		message.type === 'chunk' ? [message.min.buffer, message.max.buffer] : []
	);
}

async function run({ file, key }: PeaksRequest): Promise<void> {
	const spare = decodersAhead(file);
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
	scope.onmessage = null;
	void run(event.data);
};
