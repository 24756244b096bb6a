/** MPEG audio frame headers: lengths, sample counts, ID3v2 tags and Xing/Info frames, for splitting MP3 files. */

/** One parsed MPEG audio frame header. */
export interface Mp3Header {
	/** Frame length in bytes, header included. */
	length: number;
	/** PCM samples (per channel) the frame decodes to. */
	samples: number;
	/** Sample rate in Hz. */
	sampleRate: number;
	/** 1 for mono, else 2. */
	channels: number;
	/** MPEG version bits (3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5). */
	version: number;
	/** Layer bits (1 = III, 2 = II, 3 = I). */
	layer: number;
}

/** Bitrates in kbit/s by bitrate index: MPEG-1 layers I, II, III; MPEG-2/2.5 layer I; layers II and III. */
const KBPS = {
	v1l1: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
	v1l2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
	v1l3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
	v2l1: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
	v2l23: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
};
const RATES = [44100, 48000, 32000];

/** Sample rate in Hz from a header's version bits (3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5) and rate index. */
function sampleRateOf(version: number, rateIndex: number): number {
	return RATES[rateIndex]! / (version === 3 ? 1 : version === 2 ? 2 : 4);
}

/**
 * Length in bytes of the frame whose header is at `at`, or 0 when the bytes there are not a valid
 * (non-free-format) header. Allocates nothing: walking a long file's frames calls it once per frame.
 */
export function mp3FrameLength(bytes: Uint8Array, at: number): number {
	if (at + 4 > bytes.length) return 0;
	const b1 = bytes[at + 1]!;
	const b2 = bytes[at + 2]!;
	if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return 0;
	const version = (b1 >> 3) & 3;
	const layer = (b1 >> 1) & 3;
	const bitrateIndex = b2 >> 4;
	const rateIndex = (b2 >> 2) & 3;
	if (version === 1 || layer === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3)
		return 0;
	const v1 = version === 3;
	// Layer bits: 3 = layer I, 2 = layer II, 1 = layer III.
	const table = v1
		? layer === 3
			? KBPS.v1l1
			: layer === 2
				? KBPS.v1l2
				: KBPS.v1l3
		: layer === 3
			? KBPS.v2l1
			: KBPS.v2l23;
	const bps = table[bitrateIndex]! * 1000;
	const sampleRate = sampleRateOf(version, rateIndex);
	const padding = (b2 >> 1) & 1;
	if (layer === 3) return (Math.floor((12 * bps) / sampleRate) + padding) * 4;
	const half = layer === 1 && !v1;
	return Math.floor(((half ? 72 : 144) * bps) / sampleRate) + padding;
}

/** PCM samples per channel in a frame whose header's second byte is `b1` (its version and layer bits). */
export function mp3FrameSamples(b1: number): number {
	const layer = (b1 >> 1) & 3;
	if (layer === 3) return 384;
	return layer === 1 && ((b1 >> 3) & 3) !== 3 ? 576 : 1152;
}

/** The frame header at `at`, or null when the bytes there are not a valid (non-free-format) header. */
export function mp3Header(bytes: Uint8Array, at: number): Mp3Header | null {
	const length = mp3FrameLength(bytes, at);
	if (!length) return null;
	const b1 = bytes[at + 1]!;
	const version = (b1 >> 3) & 3;
	return {
		length,
		samples: mp3FrameSamples(b1),
		sampleRate: sampleRateOf(version, (bytes[at + 2]! >> 2) & 3),
		channels: bytes[at + 3]! >> 6 === 3 ? 1 : 2,
		version,
		layer: (b1 >> 1) & 3
	};
}

/** Bytes taken by the ID3v2 tags at the start of `bytes` (0 when there is none). */
export function id3v2Length(bytes: Uint8Array): number {
	let at = 0;
	while (
		at + 10 <= bytes.length &&
		bytes[at] === 0x49 &&
		bytes[at + 1] === 0x44 &&
		bytes[at + 2] === 0x33
	) {
		const size =
			((bytes[at + 6]! & 0x7f) << 21) |
			((bytes[at + 7]! & 0x7f) << 14) |
			((bytes[at + 8]! & 0x7f) << 7) |
			(bytes[at + 9]! & 0x7f);
		at += 10 + size + (bytes[at + 5]! & 0x10 ? 10 : 0);
	}
	return at;
}

/** True when the frame at `at` is a Xing, Info or VBRI tag frame (metadata, no audio). */
export function isTagFrame(bytes: Uint8Array, at: number, header: Mp3Header): boolean {
	const side =
		header.layer !== 1
			? 0
			: header.version === 3
				? header.channels === 1
					? 17
					: 32
				: header.channels === 1
					? 9
					: 17;
	const tag = (from: number) =>
		from + 4 <= bytes.length ? String.fromCharCode(...bytes.subarray(from, from + 4)) : '';
	const xing = tag(at + 4 + side);
	return xing === 'Xing' || xing === 'Info' || tag(at + 36) === 'VBRI';
}

/** True when a valid header at `at` is followed by another of the same stream (or the data ends there). */
export function isFrameStart(bytes: Uint8Array, at: number): boolean {
	const header = mp3Header(bytes, at);
	if (!header) return false;
	const next = at + header.length;
	if (next + 4 > bytes.length) return true;
	const after = mp3Header(bytes, next);
	return (
		after !== null &&
		after.version === header.version &&
		after.layer === header.layer &&
		after.sampleRate === header.sampleRate
	);
}

/** The first frame start at or after `at` (two chained headers), or -1. */
export function nextFrameStart(bytes: Uint8Array, at: number): number {
	for (let i = at; i + 4 <= bytes.length; i++) {
		if (bytes[i] === 0xff && isFrameStart(bytes, i)) return i;
	}
	return -1;
}
