/** Synthetic MP3 frames and Ogg pages for the demuxer specs. */
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
