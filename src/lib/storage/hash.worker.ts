/** Hashes one blob off the main thread: receives a Blob, answers its hex SHA-256 (or an error). */

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<Blob>) => void) | null;
	postMessage(message: { hash: string } | { error: string }): void;
};

scope.onmessage = (event) => {
	void (async () => {
		try {
			const digest = await crypto.subtle.digest('SHA-256', await event.data.arrayBuffer());
			const hash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(
				''
			);
			scope.postMessage({ hash });
		} catch (error) {
			scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
		}
	})();
};
