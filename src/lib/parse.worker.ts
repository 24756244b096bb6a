/** Web worker: decodes and parses a large transcript file off the main thread. */
import { decodeTranscriptBytes, readTranscriptText } from '$lib/transcript/formats';
import { TranscriptError } from '$lib/transcript/model';

/** A request: the file's bytes and name. */
export interface ParseRequest {
	/** The file's bytes (transferred). */
	bytes: ArrayBuffer;
	/** The file's name (a format hint). */
	name: string;
}

/** The answer: the transcript, or what went wrong. */
export type ParseReply =
	| { ok: true; transcript: import('$lib/transcript/model').Transcript }
	| { ok: false; message: string; line?: number; typed: boolean };

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
	const { bytes, name } = event.data;
	let reply: ParseReply;
	try {
		const transcript = await readTranscriptText(decodeTranscriptBytes(new Uint8Array(bytes)), name);
		reply = { ok: true, transcript };
	} catch (error) {
		reply =
			error instanceof TranscriptError
				? {
						ok: false,
						message: error.message,
						typed: true,
						...(error.line ? { line: error.line } : {})
					}
				: { ok: false, message: String(error), typed: false };
	}
	self.postMessage(reply);
};
