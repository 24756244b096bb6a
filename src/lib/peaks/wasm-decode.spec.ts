import { MPEGDecoder } from 'mpg123-decoder';
import { OpusDecoder } from 'opus-decoder';
import { describe, expect, it } from 'vitest';
import { planMp3 } from './plan';
import { join, mp3Frame } from './test-bytes';
import { decodeJob, directMp3, directOpus } from './wasm-decode';

/** A seeded stream of bytes (xorshift), so the noise below is the same on every run. */
function noise(seed: number): (n: number) => Uint8Array {
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
 * Opus packets of one CELT-only 20 ms mono frame (TOC 0xF8) with random payloads: libopus decodes any
 * payload into some sound, so they exercise the decoder with audio that is not silence.
 */
function opusPackets(count: number): Uint8Array[] {
	const bytes = noise(7);
	return Array.from({ length: count }, () => join(Uint8Array.of(0xf8), bytes(80)));
}

/** `count` MPEG-1 layer III mono frames (128 kbit/s) whose side info and main data are random. */
function mp3Frames(count: number, seed = 11): Uint8Array<ArrayBuffer> {
	const bytes = noise(seed);
	return join(
		...Array.from({ length: count }, (_, i) => {
			const frame = mp3Frame(i % 3 === 0);
			frame.set(bytes(frame.length - 4), 4);
			return frame;
		})
	);
}

/** Index of the first sample that differs (or of the first past the shorter array), -1 when equal. */
function firstDifference(a: Float32Array, b: Float32Array): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) if (!Object.is(a[i], b[i])) return i;
	return a.length === b.length ? -1 : n;
}

function concat(blocks: Float32Array[]): Float32Array {
	const out = new Float32Array(blocks.reduce((n, b) => n + b.length, 0));
	let at = 0;
	for (const b of blocks) {
		out.set(b, at);
		at += b.length;
	}
	return out;
}

describe('directOpus', () => {
	it('decodes every packet to the same samples as the public decodeFrame', async () => {
		const packets = opusPackets(120);
		const ours = new OpusDecoder({ channels: 1 });
		const theirs = new OpusDecoder({ channels: 1 });
		await Promise.all([ours.ready, theirs.ready]);
		try {
			const decode = directOpus(ours);
			expect(decode).not.toBeNull();
			let loud = 0;
			for (const packet of packets) {
				const mine = decode!(packet).slice();
				const expected = theirs.decodeFrame(packet).channelData[0]!;
				expect(mine.length).toBe(960);
				expect(firstDifference(mine, expected)).toBe(-1);
				loud += mine.some((v) => Math.abs(v) > 1e-3) ? 1 : 0;
			}
			expect(loud).toBeGreaterThan(60);
		} finally {
			ours.free();
			theirs.free();
		}
	});

	it('is null for a decoder without the expected fields (the public calls are used then)', () => {
		expect(directOpus({} as OpusDecoder)).toBeNull();
		expect(directMp3({ _common: { wasm: {} } } as unknown as MPEGDecoder)).toBeNull();
	});
});

describe('directMp3', () => {
	it('gives the same samples as the public decode, whatever the chunking', async () => {
		const bytes = mp3Frames(200);
		const theirs = new MPEGDecoder({ enableGapless: false });
		await theirs.ready;
		const expected = theirs.decode(bytes).channelData[0]!;
		theirs.free();
		expect(expected.length).toBeGreaterThan(150 * 1152);
		expect(expected.some((v) => Math.abs(v) > 1e-3)).toBe(true);
		for (const chunk of [bytes.length, 65536, 4096, 700, 417]) {
			const ours = new MPEGDecoder({ enableGapless: false });
			await ours.ready;
			const blocks: Float32Array[] = [];
			const rates = new Set<number>();
			const decode = directMp3(ours)!;
			for (let at = 0; at < bytes.length; at += chunk) {
				decode(bytes.subarray(at, at + chunk), (samples, rate) => {
					blocks.push(samples.slice());
					rates.add(rate);
				});
			}
			ours.free();
			expect(firstDifference(concat(blocks), expected)).toBe(-1);
			expect([...rates]).toEqual([44100]);
		}
	});
});

describe('decodeJob', () => {
	it('drops the preroll of a later MP3 range and times what it keeps from the range start', async () => {
		const file = new Blob([mp3Frames(120, 5)]);
		const jobs = (await planMp3(file, 2))!;
		expect(jobs).toHaveLength(2);
		const [first, second] = jobs as [(typeof jobs)[0], (typeof jobs)[0]];
		const got: { start: number; length: number }[] = [];
		await decodeJob(file, second, (samples, start) => got.push({ start, length: samples.length }));
		expect(got[0]!.start).toBeCloseTo(second.start, 9);
		for (let i = 1; i < got.length; i++)
			expect(got[i]!.start).toBeCloseTo(got[i - 1]!.start + got[i - 1]!.length / 44100, 9);
		const kept = got.reduce((n, g) => n + g.length, 0);
		// The first range's frames plus the second's make the whole file: 120 frames of 1152 samples.
		let firstKept = 0;
		await decodeJob(file, first, (samples) => (firstKept += samples.length));
		expect(firstKept).toBe(Math.round(second.start * 44100));
		expect(firstKept + kept).toBe(120 * 1152);
	});

	it('rejects a range in which nothing decodes', async () => {
		const file = new Blob([new Uint8Array(8192).fill(0x20)]);
		await expect(
			decodeJob(file, { codec: 'mp3', from: 0, to: file.size, skip: 0, start: 0 }, () => {})
		).rejects.toThrow(/no MP3 audio/);
	});
});
