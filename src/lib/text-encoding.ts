/** Picks the legacy encoding of transcript bytes that are not UTF-8, so they can be read and the reader told. */

/** A legacy encoding Tandem falls back to, with the name the reader sees. */
export interface LegacyEncoding {
	/** WHATWG encoding label for TextDecoder. */
	label: 'gb18030' | 'windows-1252';
	/** Human name for messages. */
	name: string;
}

const GB18030: LegacyEncoding = { label: 'gb18030', name: 'Chinese (GB18030)' };
const WESTERN: LegacyEncoding = { label: 'windows-1252', name: 'Western (Windows-1252 / Latin-1)' };

/** The bytes decoded as UTF-8 (a BOM dropped), or null when they are not valid UTF-8. */
function utf8Text(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Guesses the legacy encoding of non-UTF-8 text: GB18030 when its non-ASCII bytes come in runs (as
 * Chinese text does) and decode cleanly, else Windows-1252, whose accented letters sit alone between
 * ASCII letters. Null when the bytes contain NULs (binary, or UTF-16 without a BOM).
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
	if (bytes.includes(0)) return null;
	let high = 0;
	let isolated = 0;
	for (let i = 0; i < bytes.length; i++) {
		if ((bytes[i] ?? 0) < 0x80) continue;
		high++;
		if ((bytes[i - 1] ?? 0) < 0x80 && (bytes[i + 1] ?? 0) < 0x80) isolated++;
	}
	if (high === 0) return WESTERN;
	if (isolated / high < 0.2) {
		try {
			new TextDecoder('gb18030', { fatal: true }).decode(bytes);
			return GB18030;
		} catch {
			// Not valid GB18030: read as Western below.
		}
	}
	return WESTERN;
}

/** The first bytes of a UTF-16 file (its byte order mark). */
function isUtf16(bytes: Uint8Array): boolean {
	return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Transcript file bytes ready for decoding: Unicode bytes as they are; legacy-encoded text re-encoded
 * as UTF-8, with the encoding it was read in (binary-looking bytes are passed on, to be refused).
 * `utf8` is true when the bytes are valid UTF-8 (as read, or re-encoded); `decoded` is their text
 * when it was decoded on the way (UTF-8 bytes as read: checking them decodes them), to be passed to
 * `decodeTranscriptBytes` rather than decoded again (tens of milliseconds for a large file).
 */
export function prepareTranscriptBytes(raw: Uint8Array<ArrayBuffer>): {
	bytes: Uint8Array<ArrayBuffer>;
	legacy: LegacyEncoding | null;
	utf8: boolean;
	decoded?: string;
} {
	if (isUtf16(raw)) return { bytes: raw, legacy: null, utf8: false };
	const decoded = utf8Text(raw);
	if (decoded !== null) return { bytes: raw, legacy: null, utf8: true, decoded };
	// Not UTF-8: decode in the likeliest legacy encoding and say so (binary files are refused later).
	const legacy = guessLegacyEncoding(raw);
	if (!legacy) return { bytes: raw, legacy: null, utf8: false };
	const bytes = new TextEncoder().encode(new TextDecoder(legacy.label).decode(raw));
	return { bytes, legacy, utf8: true };
}

/**
 * True when prepared bytes are exactly the UTF-8 of the text they decode to, so that the text's
 * identity can be hashed from them without encoding it again: valid UTF-8 with no byte order mark
 * and no carriage return (decoding drops the one and turns the other into line feeds).
 */
export function isVerbatimUtf8({ bytes, utf8 }: { bytes: Uint8Array; utf8: boolean }): boolean {
	return (
		utf8 && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) && !bytes.includes(0x0d)
	);
}
