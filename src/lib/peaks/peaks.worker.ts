/** The peaks worker: one job per worker; the page terminates it to abort. */
import type { PeaksMessage, PeaksRequest } from './messages';
import { streamPeaks } from './stream-peaks';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<PeaksRequest>) => void) | null;
	postMessage(message: PeaksMessage, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
	scope.onmessage = null;
	void streamPeaks(event.data.file, (message) =>
		scope.postMessage(
			message,
			message.type === 'chunk' ? [message.min.buffer, message.max.buffer] : []
		)
	);
};
