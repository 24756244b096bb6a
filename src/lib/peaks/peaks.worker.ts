/**
 * The peaks worker: one job per worker (the page terminates it to abort). It streams the peaks of a
 * file the page did not find in the IndexedDB cache and stores them there (given no key, it hashes
 * the file and looks in the cache itself first) — all off the main thread.
 */
import { fileKey, loadPeaks, savePeaks } from '$lib/storage/peaks-cache';
import type { SpareDecoder } from './decode-ranges';
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
		await compute(file, key ?? null, spare);
	} finally {
		for (const { worker } of spare) worker.terminate();
	}
}

async function compute(file: File, known: string | null, spare: SpareDecoder[]): Promise<void> {
	// The page looks in the cache first and gives the key when the peaks are not there; else look here.
	let key = known;
	if (key === null) {
		try {
			key = await fileKey(file);
			const cached = await loadPeaks(key);
			if (cached) {
				post({
					type: 'meta',
					duration: cached.duration,
					rate: cached.rate,
					length: cached.min.length
				});
				post({ type: 'chunk', from: 0, min: cached.min, max: cached.max, progress: 1 });
				post({ type: 'done' });
				post({ type: 'stored' });
				return;
			}
		} catch {
			// No hash or cache: compute.
		}
	}
	const peaks = await streamPeaks(file, post, { spare });
	if (!peaks) return;
	if (key) await savePeaks({ key, ...peaks, saved: Date.now() });
	post({ type: 'stored' });
}

scope.onmessage = (event) => {
	scope.onmessage = null;
	void run(event.data);
};
