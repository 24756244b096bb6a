import { decodeTranscriptBytes, readTranscriptText } from '$lib/transcript/formats';
import { TranscriptError, type Transcript } from '$lib/transcript/model';
import { pairTranscripts } from '$lib/transcript/pair';
import type { ParseReply, ParseRequest } from './parse.worker';
import { guessLegacyEncoding, isUnicode } from './text-encoding';
import { locale } from './i18n/locale.svelte';

/** Largest transcript file read, in bytes; a larger one is refused with a message. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;
/** Files larger than this are parsed in a worker so the page stays responsive. */
export const WORKER_BYTES = 2 * 1024 * 1024;

/** Parses bytes in a worker (one worker per file, ended when it answers). */
function parseInWorker(bytes: ArrayBuffer, name: string): Promise<Transcript> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ParseReply>) => {
			worker.terminate();
			const reply = event.data;
			if (reply.ok) resolve(reply.transcript);
			else
				reject(
					reply.typed ? new TranscriptError(reply.message, reply.line) : new Error(reply.message)
				);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || locale.t.readerStopped));
		};
		const request: ParseRequest = { bytes, name };
		worker.postMessage(request, [bytes]);
	});
}

/**
 * Reads a transcript file the user chose; rejects with a message that says what is wrong and what to
 * do. `onNotice` hears about a file that opened with a caveat (read in a legacy text encoding).
 */
export async function readTranscriptFile(
	file: File,
	onNotice?: (message: string) => void
): Promise<Transcript> {
	if (file.size === 0) {
		throw new TranscriptError(locale.t.transcriptEmpty(file.name));
	}
	if (file.size > MAX_TRANSCRIPT_BYTES) {
		const mb = (file.size / 1024 / 1024).toFixed(0);
		throw new TranscriptError(locale.t.transcriptTooLarge(file.name, mb));
	}
	let buffer = await file.arrayBuffer();
	let notice: string | null = null;
	const raw = new Uint8Array(buffer);
	if (!isUnicode(raw)) {
		// Not UTF-8: decode in the likeliest legacy encoding and say so (binary files are refused below).
		const legacy = guessLegacyEncoding(raw);
		if (legacy) {
			buffer = new TextEncoder().encode(new TextDecoder(legacy.label).decode(raw)).buffer;
			notice = locale.t.legacyEncoding(file.name, legacy.name);
		}
	}
	try {
		const transcript =
			buffer.byteLength > WORKER_BYTES && typeof Worker !== 'undefined'
				? await parseInWorker(buffer, file.name)
				: await readTranscriptText(decodeTranscriptBytes(new Uint8Array(buffer)), file.name);
		if (notice) onNotice?.(notice);
		return transcript;
	} catch (error) {
		if (error instanceof TranscriptError) {
			throw new TranscriptError(
				locale.t.couldNotOpen(file.name, error.line, error.message),
				error.line
			);
		}
		throw error;
	}
}

/** Reads one transcript file, or two to pair (a text with captions or chapters). */
export async function readTranscriptFiles(
	files: readonly File[],
	onNotice?: (message: string) => void
): Promise<Transcript> {
	const [a, b] = files;
	if (!a) throw new TranscriptError(locale.t.noTranscriptChosen);
	if (files.length > 2) throw new TranscriptError(locale.t.tooManyTranscripts(files.length));
	if (!b) return readTranscriptFile(a, onNotice);
	const [ta, tb] = await Promise.all([
		readTranscriptFile(a, onNotice),
		readTranscriptFile(b, onNotice)
	]);
	return pairTranscripts({ transcript: ta, name: a.name }, { transcript: tb, name: b.name });
}

const MEDIA_EXT = /\.(mp3|m4a|m4b|aac|ogg|oga|opus|flac|wav|weba|webm|mp4|m4v|mkv|mov)$/i;

/** True when a dropped file looks like audio or video rather than a transcript. */
export function isMediaFile(file: File): boolean {
	return /^(audio|video)\//.test(file.type) || MEDIA_EXT.test(file.name);
}
