/**
 * Hashes blobs off the main thread: receives `{ id, blob }`, answers `{ id, hash }` (hex SHA-256) or
 * `{ id, error }`. It stays open for the next file.
 */
import type { HashReply } from './fingerprint';
import { sha256Hex } from './sha256';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<{ id: number; blob: Blob }>) => void) | null;
	postMessage(message: HashReply): void;
};

scope.onmessage = (event) => {
	const { id, blob } = event.data;
	void (async () => {
		try {
			scope.postMessage({ id, hash: await sha256Hex(await blob.arrayBuffer()) });
		} catch (error) {
			scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
		}
	})();
};
