/** Synthetic MP3 frames, Ogg pages and seeded noise for the demuxer and decoder specs. */
import { concat } from './ogg';

/** An MPEG-1 layer III frame header (128 kbit/s, 44.1 kHz, mono): 417 bytes, 418 with `padding`. */
export function mp3Frame(padding = false, fill = 0): Uint8Array<ArrayBuffer> {
	const frame = new Uint8Array(padding ? 418 : 417).fill(fill);
	frame.set([0xff, 0xfb, padding ? 0x92 : 0x90, 0xc0]);
	return frame;
}

/** An ID3v2.4 tag with `size` bytes of body. */
export function id3(size: number): Uint8Array {
	const tag = new Uint8Array(10 + size);
	tag.set([
		0x49,
		0x44,
		0x33,
		4,
		0,
		0,
		(size >> 21) & 0x7f,
		(size >> 14) & 0x7f,
		(size >> 7) & 0x7f,
		size & 0x7f
	]);
	return tag;
}

/** An Ogg page (CRC left 0: the reader does not check it) carrying `segments` (each one lacing run). */
export function oggPage(
	serial: number,
	granule: number,
	flags: number,
	pieces: { bytes: Uint8Array; ends: boolean }[]
): Uint8Array<ArrayBuffer> {
	const lacing: number[] = [];
	for (const { bytes, ends } of pieces) {
		let n = bytes.length;
		while (n >= 255) {
			lacing.push(255);
			n -= 255;
		}
		if (ends) lacing.push(n);
	}
	const body = pieces.reduce((n, p) => n + p.bytes.length, 0);
	const page = new Uint8Array(27 + lacing.length + body);
	const view = new DataView(page.buffer);
	page.set([0x4f, 0x67, 0x67, 0x53, 0, flags]);
	view.setUint32(6, granule < 0 ? 0xffffffff : granule % 2 ** 32, true);
	view.setUint32(10, granule < 0 ? 0xffffffff : Math.floor(granule / 2 ** 32), true);
	view.setUint32(14, serial, true);
	page[26] = lacing.length;
	page.set(lacing, 27);
	let at = 27 + lacing.length;
	for (const { bytes } of pieces) {
		page.set(bytes, at);
		at += bytes.length;
	}
	return page;
}

/** A packet of `length` bytes all equal to `value`. */
export function packet(length: number, value: number): Uint8Array {
	return new Uint8Array(length).fill(value);
}

/** The OpusHead packet of a mono stream with `preSkip`. */
export function opusHeadPacket(preSkip = 312): Uint8Array {
	const head = new Uint8Array(19);
	head.set([...'OpusHead'].map((c) => c.charCodeAt(0)));
	head[8] = 1;
	head[9] = 1;
	head[10] = preSkip & 0xff;
	head[11] = preSkip >> 8;
	new DataView(head.buffer).setUint32(12, 48000, true);
	return head;
}

/** Joins byte arrays. */
export function join(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	return concat(parts);
}

/** A seeded stream of bytes (xorshift): the same noise on every run. */
export function noise(seed: number): (n: number) => Uint8Array {
	let x = seed >>> 0 || 1;
	return (n) => {
		const out = new Uint8Array(n);
		for (let i = 0; i < n; i++) {
			x ^= x << 13;
			x ^= x >>> 17;
			x ^= x << 5;
			out[i] = x & 0xff;
		}
		return out;
	};
}

/**
 * `count` MPEG-1 layer III frames (128 kbit/s, mono or stereo) whose side info and main data are seeded
 * noise: decoders turn them into noise (or silence, for the frames they reject).
 */
export function mp3Frames(count: number, seed = 11, channels = 1): Uint8Array<ArrayBuffer> {
	const bytes = noise(seed);
	return join(
		...Array.from({ length: count }, (_, i) => {
			const frame = mp3Frame(i % 3 === 0);
			// Channel mode bits: 11 mono, 00 stereo.
			if (channels === 2) frame[3] = 0x00;
			frame.set(bytes(frame.length - 4), 4);
			return frame;
		})
	);
}
