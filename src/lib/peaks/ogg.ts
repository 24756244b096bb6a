/** Ogg pages and packets (RFC 3533) and the Opus identification header (RFC 7845), read incrementally. */

/** The header of one Ogg page. */
export interface OggPage {
	/** Granule position at the end of the last packet completed on the page (-1: none completes). */
	granule: number;
	/** Logical stream serial number. */
	serial: number;
	/** Header flags: 1 continued packet, 2 first page, 4 last page. */
	flags: number;
	/** Header length in bytes (27 + segment table). */
	headerLength: number;
	/** Whole page length in bytes. */
	length: number;
}

/** The page header at `at`, or null when there is none (or it is cut off). */
export function oggPageAt(bytes: Uint8Array, at: number): OggPage | null {
	if (at + 27 > bytes.length) return null;
	if (
		bytes[at] !== 0x4f ||
		bytes[at + 1] !== 0x67 ||
		bytes[at + 2] !== 0x67 ||
		bytes[at + 3] !== 0x53 ||
		bytes[at + 4] !== 0
	)
		return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset + at, 27);
	const segments = bytes[at + 26]!;
	const headerLength = 27 + segments;
	if (at + headerLength > bytes.length) return null;
	let body = 0;
	for (let i = 0; i < segments; i++) body += bytes[at + 27 + i]!;
	const low = view.getUint32(6, true);
	const high = view.getInt32(10, true);
	return {
		granule: high === -1 && low === 0xffffffff ? -1 : high * 2 ** 32 + low,
		serial: view.getUint32(14, true),
		flags: bytes[at + 5]!,
		headerLength,
		length: headerLength + body
	};
}

/** The next offset at or after `at` holding the capture pattern "OggS", or -1. */
export function nextCapture(bytes: Uint8Array, at: number): number {
	for (let i = Math.max(0, at); i + 4 <= bytes.length; i++) {
		if (
			bytes[i] === 0x4f &&
			bytes[i + 1] === 0x67 &&
			bytes[i + 2] === 0x67 &&
			bytes[i + 3] === 0x53
		)
			return i;
	}
	return -1;
}

/** Receives each packet of the followed stream with the granule position before its page (null: unknown). */
export type OnPacket = (packet: Uint8Array, pageStart: number | null, page: number) => void;

/**
 * Splits a byte stream, fed in any pieces, into the packets of one logical stream (the first seen, or
 * `serial`). Garbage between pages is skipped (counted in {@link skipped}); a cut-off last page is ignored.
 */
export class OggPackets {
	/** Bytes skipped while looking for a page. */
	skipped = 0;
	/** Pages of the followed stream read so far. */
	pages = 0;
	#serial: number | null;
	#rest = new Uint8Array(0);
	#partial: Uint8Array[] = [];
	#granule: number | null;

	/** Follows stream `serial` (default: the first seen); `granule` is the position before the first page, if known. */
	constructor(serial: number | null = null, granule: number | null = null) {
		this.#serial = serial;
		this.#granule = granule;
	}

	/** Reads the pages complete in `chunk` (with what was left of the previous one). */
	push(chunk: Uint8Array, onPacket: OnPacket): void {
		let bytes = chunk;
		if (this.#rest.length) {
			bytes = new Uint8Array(this.#rest.length + chunk.length);
			bytes.set(this.#rest);
			bytes.set(chunk, this.#rest.length);
		}
		let at = 0;
		for (;;) {
			const page = oggPageAt(bytes, at);
			if (!page) {
				if (at + 27 <= bytes.length && !this.#cutOff(bytes, at)) {
					// Not a page: skip to the next capture pattern.
					const next = nextCapture(bytes, at + 1);
					const to = next < 0 ? Math.max(at, bytes.length - 3) : next;
					this.skipped += to - at;
					this.#partial = [];
					at = to;
					if (next >= 0) continue;
				}
				break;
			}
			if (at + page.length > bytes.length) break;
			this.#page(bytes, at, page, onPacket);
			at += page.length;
		}
		this.#rest = bytes.slice(at);
	}

	/** True when the bytes at `at` look like the start of a page cut off by the end of `bytes`. */
	#cutOff(bytes: Uint8Array, at: number): boolean {
		return (
			bytes[at] === 0x4f &&
			bytes[at + 1] === 0x67 &&
			bytes[at + 2] === 0x67 &&
			bytes[at + 3] === 0x53 &&
			bytes[at + 4] === 0 &&
			at + 27 + bytes[at + 26]! > bytes.length
		);
	}

	#page(bytes: Uint8Array, at: number, page: OggPage, onPacket: OnPacket): void {
		this.#serial ??= page.serial;
		if (page.serial !== this.#serial) return;
		const index = this.pages++;
		const pageStart = this.#granule;
		if (!(page.flags & 1)) this.#partial = [];
		let body = at + page.headerLength;
		let size = 0;
		// A continued packet whose start was not seen is dropped.
		let keep = !(page.flags & 1) || this.#partial.length > 0;
		const segments = page.headerLength - 27;
		for (let i = 0; i < segments; i++) {
			const lace = bytes[at + 27 + i]!;
			size += lace;
			if (lace === 255 && i < segments - 1) continue;
			const piece = bytes.subarray(body, body + size);
			body += size;
			size = 0;
			if (lace === 255) {
				// The packet goes on in the next page.
				if (keep) this.#partial.push(piece);
				break;
			}
			if (keep) {
				let packet = piece;
				if (this.#partial.length) {
					this.#partial.push(piece);
					packet = concat(this.#partial);
					this.#partial = [];
				}
				onPacket(packet, pageStart, index);
			}
			keep = true;
		}
		if (page.granule >= 0) this.#granule = page.granule;
	}
}

/** The byte arrays joined into one. */
export function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** The fields of an OpusHead packet the decoder needs. */
export interface OpusHead {
	channels: number;
	/** Samples (at 48 kHz) to drop at the start. */
	preSkip: number;
	streamCount: number;
	coupledStreamCount: number;
	channelMappingTable: number[];
}

/** Parses an OpusHead identification packet, or null when `packet` is not one. */
export function opusHead(packet: Uint8Array): OpusHead | null {
	if (packet.length < 19 || String.fromCharCode(...packet.subarray(0, 8)) !== 'OpusHead')
		return null;
	const channels = packet[9]!;
	const preSkip = packet[10]! | (packet[11]! << 8);
	if (channels === 0) return null;
	if (packet[18] === 0) {
		if (channels > 2) return null;
		return {
			channels,
			preSkip,
			streamCount: 1,
			coupledStreamCount: channels - 1,
			channelMappingTable: channels === 1 ? [0] : [0, 1]
		};
	}
	if (packet.length < 21 + channels) return null;
	return {
		channels,
		preSkip,
		streamCount: packet[19]!,
		coupledStreamCount: packet[20]!,
		channelMappingTable: [...packet.subarray(21, 21 + channels)]
	};
}
