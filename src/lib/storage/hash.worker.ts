/** Hashes one blob off the main thread: receives a Blob, answers its hex SHA-256 (or an error). */
import { sha256Hex } from './sha256';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<Blob>) => void) | null;
	postMessage(message: { hash: string } | { error: string }): void;
};

scope.onmessage = (event) => {
	void (async () => {
		try {
			scope.postMessage({ hash: await sha256Hex(await event.data.arrayBuffer()) });
		} catch (error) {
			scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
		}
	})();
};
