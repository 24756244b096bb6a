/** Bytes of a transcript file → text: UTF-8 (BOM optional), UTF-16 with BOM, GB18030 fallback; newlines → LF. */
import { TranscriptError } from '../model';

const NOT_TEXT =
	'This file is not text (it looks binary), so it cannot be a transcript: choose a transcript (.md, .txt) file.';

/** Decodes with the named encoding, or returns null when the bytes are not valid in it. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return null;
	}
}

/** A control character other than tab, newline, CR and form feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/** True when the text has many control characters other than tab, newline, CR and form feed. */
function looksBinary(text: string): boolean {
	// Most texts have none: one scan by the regex engine answers that, faster than a loop.
	if (!CONTROL.test(text)) return false;
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f)
			controls++;
	}
	return controls > 0 && controls > text.length / 100;
}

/**
 * Decodes transcript file bytes to LF-terminated text, or throws a {@link TranscriptError} for binary
 * files. `utf8`, when given, is the bytes' UTF-8 decoding (BOM dropped) done already by the caller.
 */
export function decodeTranscriptBytes(bytes: Uint8Array, utf8?: string): string {
	let text: string | null;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) text = tryDecode(bytes, 'utf-16le');
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = tryDecode(bytes, 'utf-16be');
	else if (bytes.includes(0)) text = null;
	else text = utf8 ?? tryDecode(bytes, 'utf-8') ?? tryDecode(bytes, 'gb18030');
	if (text === null || text.includes('\u0000') || looksBinary(text))
		throw new TranscriptError(NOT_TEXT, undefined, { code: 'not-text' });
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
