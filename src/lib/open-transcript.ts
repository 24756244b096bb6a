import { decodeTranscriptBytes, parseTranscript } from '$lib/transcript/formats';
import { TranscriptError, type Transcript } from '$lib/transcript/model';
import { guessLegacyEncoding, isUnicode } from './text-encoding';

/** Largest transcript file read, in bytes; a larger one is refused with a message. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

/**
 * Reads a transcript file the user chose; rejects with a message that says what is wrong and what to
 * do. `onNotice` hears about a file that opened with a caveat (read in a legacy text encoding).
 */
export async function readTranscriptFile(
	file: File,
	onNotice?: (message: string) => void
): Promise<Transcript> {
	if (file.size === 0) {
		throw new TranscriptError(
			`“${file.name}” is empty. Choose a transcript with a timeline in it.`
		);
	}
	if (file.size > MAX_TRANSCRIPT_BYTES) {
		const mb = (file.size / 1024 / 1024).toFixed(0);
		throw new TranscriptError(
			`“${file.name}” is ${mb} MB, more than the 50 MB Tandem reads. Split it, or choose the transcript itself.`
		);
	}
	let bytes = new Uint8Array(await file.arrayBuffer());
	let notice: string | null = null;
	if (!isUnicode(bytes)) {
		// Not UTF-8: decode in the likeliest legacy encoding and say so (binary files are refused below).
		const legacy = guessLegacyEncoding(bytes);
		if (legacy) {
			bytes = new TextEncoder().encode(new TextDecoder(legacy.label).decode(bytes));
			notice = `“${file.name}” is not UTF-8 text; it was read as ${legacy.name}. If letters look wrong, save the file as UTF-8 and open it again.`;
		}
	}
	try {
		const transcript = parseTranscript(decodeTranscriptBytes(bytes), file.name);
		if (notice) onNotice?.(notice);
		return transcript;
	} catch (error) {
		if (error instanceof TranscriptError) {
			const where = error.line ? ` (line ${error.line})` : '';
			throw new TranscriptError(
				`Couldn’t open “${file.name}”${where}: ${error.message}`,
				error.line
			);
		}
		throw error;
	}
}

const MEDIA_EXT = /\.(mp3|m4a|m4b|aac|ogg|oga|opus|flac|wav|weba|webm|mp4|m4v|mkv|mov)$/i;

/** True when a dropped file looks like audio or video rather than a transcript. */
export function isMediaFile(file: File): boolean {
	return /^(audio|video)\//.test(file.type) || MEDIA_EXT.test(file.name);
}
