/**
 * Hashes files' ends off the main thread: receives `{ id, file }`, cuts the part that identifies it
 * ({@link hashedPart}: cutting blocks the thread that does it) and answers `{ id, hash }` (hex
 * SHA-256 of that part) or `{ id, error }`. It stays open for the next file.
 */
import { hashedPart } from './file-ends';
import type { HashReply } from './fingerprint';
import { sha256Hex } from './sha256';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<{ id: number; file: Blob }>) => void) | null;
	postMessage(message: HashReply): void;
};

scope.onmessage = (event) => {
	const { id, file } = event.data;
	void (async () => {
		try {
			scope.postMessage({ id, hash: await sha256Hex(await hashedPart(file).arrayBuffer()) });
		} catch (error) {
			scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
		}
	})();
};
