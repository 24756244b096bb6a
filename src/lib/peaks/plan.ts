/** Splits an MP3 or Ogg Opus file into byte ranges that can be decoded independently (and in parallel). */
import {
	id3v2Length,
	isTagFrame,
	mp3FrameLength,
	mp3FrameSamples,
	mp3Header,
	nextFrameStart
} from './mp3-frames';
import { nextCapture, oggPageAt, OggPackets, opusHead, type OpusHead } from './ogg';
import { SequentialReader } from './sequential';

/** One byte range of an MP3 file: decode from `from` to `to`, drop the first `skip` samples, the rest start at `start` s. */
export interface Mp3Job {
	codec: 'mp3';
	from: number;
	to: number;
	/** Samples decoded only to fill the bit reservoir, then dropped. */
	skip: number;
	/** Time of the first kept sample in seconds. */
	start: number;
	/** Channels of the first audio frame: 1 (mpg123 still gives two, the same) or 2. */
	channels: number;
}

/**
 * One byte range of an Ogg Opus file, starting at a page: packets before granule `keep` only prime the
 * decoder. `granule` is the position before the first page when known (else the first page primes too).
 */
export interface OpusJob {
	codec: 'opus';
	from: number;
	to: number;
	serial: number;
	head: OpusHead;
	granule: number | null;
	keep: number;
	/** Time of the first kept sample in seconds. */
	start: number;
}

/** A range to decode. */
export type DecodeJob = Mp3Job | OpusJob;

/** MP3 frames decoded ahead of a range's start to fill the bit reservoir (10 is enough at any bitrate). */
const MP3_PREROLL = 10;
/** Opus samples (48 kHz) decoded ahead of a range's start, as RFC 7845 recommends (80 ms). */
const OPUS_PREROLL = 3840;
/** Bytes asked for at a time by the MP3 frame walk (it reads only headers; the stream's chunks are 64 KiB). */
const WINDOW = 1 << 14;

async function read(file: Blob, from: number, to: number): Promise<Uint8Array> {
	return new Uint8Array(await file.slice(from, Math.min(to, file.size)).arrayBuffer());
}

/** Ranges of an MP3 file (`parts` of about equal size), or null when no MPEG audio frame is found. */
export async function planMp3(file: Blob, parts: number): Promise<Mp3Job[] | null> {
	let at = 0;
	for (;;) {
		const head = await read(file, at, at + 10);
		const tag = id3v2Length(head);
		if (tag === 0) break;
		at += tag;
	}
	const first = await read(file, at, at + 65536);
	const rel = nextFrameStart(first, 0);
	if (rel < 0) return null;
	let audio = at + rel;
	const header = mp3Header(first, rel)!;
	const channels = header.channels;
	if (isTagFrame(first, rel, header)) audio += header.length;
	const size = file.size;
	const cuts = Array.from(
		{ length: parts - 1 },
		(_, i) => audio + ((size - audio) * (i + 1)) / parts
	);
	const jobs: Mp3Job[] = [];
	let from = audio;
	let skip = 0;
	let start = 0;
	// Walk the frame headers up to the last cut, counting samples; the last frames' starts and sample
	// counts are kept in a ring, so the walk allocates nothing per frame (a 3-hour file has 400,000).
	const ringAt = new Float64Array(MP3_PREROLL);
	const ringSamples = new Float64Array(MP3_PREROLL);
	let seen = 0;
	let samples = 0;
	let pos = audio;
	const reader = new SequentialReader(file, audio);
	try {
		while (cuts.length && pos < size) {
			const bytes = await reader.at(pos, WINDOW + 4);
			let i = 0;
			while (i + 4 <= bytes.length && cuts.length) {
				let length = mp3FrameLength(bytes, i);
				if (!length) {
					const next = nextFrameStart(bytes, i + 1);
					if (next < 0) {
						i = Math.max(i + 1, bytes.length - 4);
						break;
					}
					i = next;
					length = mp3FrameLength(bytes, i);
				}
				if (pos + i >= cuts[0]!) {
					cuts.shift();
					jobs.push({ codec: 'mp3', from, to: pos + i, skip, start, channels });
					// The next range starts up to MP3_PREROLL frames early; their samples are dropped.
					const back = Math.min(seen, MP3_PREROLL);
					from = back ? ringAt[(seen - back) % MP3_PREROLL]! : pos + i;
					skip = 0;
					for (let k = seen - back; k < seen; k++) skip += ringSamples[k % MP3_PREROLL]!;
					start = samples / mp3Header(bytes, i)!.sampleRate;
				}
				const frameSamples = mp3FrameSamples(bytes[i + 1]!);
				ringAt[seen % MP3_PREROLL] = pos + i;
				ringSamples[seen % MP3_PREROLL] = frameSamples;
				seen++;
				samples += frameSamples;
				i += length;
			}
			if (bytes.length < 8) break;
			pos += i;
		}
	} finally {
		reader.close();
	}
	jobs.push({ codec: 'mp3', from, to: size, skip, start, channels });
	return jobs;
}

/** Ranges of an Ogg Opus file (`parts` of about equal size), or null when it has no Opus stream. */
export async function planOpus(file: Blob, parts: number): Promise<OpusJob[] | null> {
	// The identification header is the first packet of its stream, on the first page.
	const begin = await read(file, 0, 65536 + 282);
	const reader = new OggPackets();
	let head: OpusHead | null = null;
	let serial = -1;
	let packets = 0;
	let audio = -1;
	let at = 0;
	while (audio < 0) {
		const page = oggPageAt(begin, at);
		if (!page || at + page.length > begin.length) return null;
		reader.push(begin.subarray(at, at + page.length), (packet) => {
			if (packets++ === 0) head = opusHead(packet);
		});
		if (packets === 0 || !head) return null;
		serial = page.serial;
		at += page.length;
		// Audio starts after the comment header (the second packet) ends.
		if (packets >= 2) audio = at;
	}
	const opus = head as OpusHead | null;
	if (!opus) return null;
	const size = file.size;
	const at0 = (g: number) => Math.max(0, (g - opus.preSkip) / 48000);
	const jobs: OpusJob[] = [];
	let from = audio;
	let granule: number | null = 0;
	let keep = 0;
	for (let p = 1; p < parts; p++) {
		const cut = audio + ((size - audio) * p) / parts;
		const pages = await pagesNear(file, cut, serial);
		// The first page at or after the cut starts the next range; earlier pages prime its decoder.
		const split = pages.findIndex((pg) => pg.at >= cut);
		if (split < 2 || pages[split]!.at <= from) continue;
		const before = pages[split - 1]!.granule;
		let prime = split - 1;
		while (prime > 0 && before - pages[prime]!.granule < OPUS_PREROLL) prime--;
		if (before - pages[prime]!.granule < OPUS_PREROLL || pages[prime]!.at <= from) continue;
		jobs.push({
			codec: 'opus',
			from,
			to: pages[split]!.at,
			serial,
			head: opus,
			granule,
			keep,
			start: at0(keep)
		});
		from = pages[prime]!.at;
		granule = null;
		keep = before;
	}
	jobs.push({ codec: 'opus', from, to: size, serial, head: opus, granule, keep, start: at0(keep) });
	return jobs;
}

/** Pages of stream `serial` (offset and granule, granule-less pages left out) around byte `cut`. */
async function pagesNear(
	file: Blob,
	cut: number,
	serial: number
): Promise<{ at: number; granule: number }[]> {
	const from = Math.max(0, Math.floor(cut) - 4 * 65536);
	const bytes = await read(file, from, Math.floor(cut) + 2 * 65536);
	// A capture pattern counts as a page start when three pages follow each other from it.
	let at = nextCapture(bytes, 0);
	while (at >= 0 && !chained(bytes, at)) at = nextCapture(bytes, at + 1);
	const pages: { at: number; granule: number }[] = [];
	while (at >= 0) {
		const page = oggPageAt(bytes, at);
		if (!page || at + page.length > bytes.length) break;
		if (page.serial === serial && page.granule >= 0)
			pages.push({ at: from + at, granule: page.granule });
		at += page.length;
	}
	return pages;
}

function chained(bytes: Uint8Array, at: number): boolean {
	let pos = at;
	for (let n = 0; n < 3; n++) {
		const page = oggPageAt(bytes, pos);
		if (!page) return false;
		pos += page.length;
	}
	return true;
}
