import { MPEGDecoder } from 'mpg123-decoder';
import { OpusDecoder } from 'opus-decoder';
import { describe, expect, it } from 'vitest';
import { planMp3, planOpus } from './plan';
import { join, mp3Frames, noise, oggPage, opusHeadPacket } from './test-bytes';
import { decodeJob, directMp3, directOpus } from './wasm-decode';

/**
 * Opus packets of one CELT-only 20 ms frame (TOC 0xF8 mono, 0xFC stereo) with random payloads: libopus
 * decodes any payload into some sound, so they exercise the decoder with audio that is not silence.
 */
function opusPackets(count: number, channels = 1): Uint8Array[] {
	const bytes = noise(7);
	const toc = channels === 2 ? 0xfc : 0xf8;
	return Array.from({ length: count }, () => join(Uint8Array.of(toc), bytes(80)));
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
	it.each([1, 2])(
		'decodes every packet of %i channel(s) to the same samples as the public decodeFrame',
		async (channels) => {
			const packets = opusPackets(120, channels);
			const ours = new OpusDecoder({ channels });
			const theirs = new OpusDecoder({ channels });
			await Promise.all([ours.ready, theirs.ready]);
			try {
				const decode = directOpus(ours);
				expect(decode).not.toBeNull();
				const loud = [0, 0];
				for (const packet of packets) {
					const mine = decode!(packet).map((c) => c.slice());
					const expected = theirs.decodeFrame(packet).channelData;
					expect(mine).toHaveLength(channels);
					mine.forEach((samples, c) => {
						expect(samples.length).toBe(960);
						expect(firstDifference(samples, expected[c]!)).toBe(-1);
						loud[c]! += samples.some((v) => Math.abs(v) > 1e-3) ? 1 : 0;
					});
				}
				expect(loud[0]).toBeGreaterThan(60);
				if (channels === 2) expect(loud[1]).toBeGreaterThan(60);
			} finally {
				ours.free();
				theirs.free();
			}
		}
	);

	it('is null for a decoder without the expected fields (the public calls are used then)', () => {
		expect(directOpus({} as OpusDecoder)).toBeNull();
		expect(directMp3({ _common: { wasm: {} } } as unknown as MPEGDecoder)).toBeNull();
	});
});

describe('directMp3', () => {
	it('gives the same samples (both channels) as the public decode, whatever the chunking', async () => {
		const bytes = mp3Frames(200, 11, 2);
		const theirs = new MPEGDecoder({ enableGapless: false });
		await theirs.ready;
		const expected = theirs.decode(bytes).channelData;
		theirs.free();
		expect(expected[0]!.length).toBeGreaterThan(150 * 1152);
		// A stereo stream: two different channels, both with sound.
		expect(firstDifference(expected[0]!, expected[1]!)).not.toBe(-1);
		for (const c of [0, 1]) expect(expected[c]!.some((v) => Math.abs(v) > 1e-3)).toBe(true);
		for (const chunk of [bytes.length, 65536, 4096, 700, 417]) {
			const ours = new MPEGDecoder({ enableGapless: false });
			await ours.ready;
			const blocks: Float32Array[][] = [[], []];
			const rates = new Set<number>();
			const decode = directMp3(ours)!;
			for (let at = 0; at < bytes.length; at += chunk) {
				decode(bytes.subarray(at, at + chunk), (channels, rate) => {
					channels.forEach((samples, c) => blocks[c]!.push(samples.slice()));
					rates.add(rate);
				});
			}
			ours.free();
			for (const c of [0, 1]) expect(firstDifference(concat(blocks[c]!), expected[c]!)).toBe(-1);
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

	it('hands on both channels of a stereo MP3 and one of a mono one (mpg123 doubles it)', async () => {
		for (const channels of [1, 2]) {
			const file = new Blob([mp3Frames(40, 3, channels)]);
			const [job] = (await planMp3(file, 1))!;
			expect(job!.channels).toBe(channels);
			const starts = new Map<number, number>();
			await decodeJob(file, job!, (_, start) => starts.set(start, (starts.get(start) ?? 0) + 1));
			expect(new Set(starts.values())).toEqual(new Set([channels]));
		}
	});

	it('hands on every channel of a stereo Ogg Opus range, each block at one time', async () => {
		const head = opusHeadPacket(0);
		head[9] = 2;
		const tags = join(new TextEncoder().encode('OpusTags'), new Uint8Array(8));
		const audio = opusPackets(100, 2);
		const file = new Blob([
			join(
				oggPage(9, 0, 2, [{ bytes: head, ends: true }]),
				oggPage(9, 0, 0, [{ bytes: tags, ends: true }]),
				oggPage(
					9,
					50 * 960,
					0,
					audio.slice(0, 50).map((bytes) => ({ bytes, ends: true }))
				),
				oggPage(
					9,
					100 * 960,
					4,
					audio.slice(50).map((bytes) => ({ bytes, ends: true }))
				)
			)
		]);
		const [job] = (await planOpus(file, 1))!;
		expect(job!.head.channels).toBe(2);
		const got: { start: number; samples: Float32Array }[] = [];
		await decodeJob(file, job!, (samples, start) => got.push({ start, samples: samples.slice() }));
		expect(got).toHaveLength(200);
		for (let i = 0; i < got.length; i += 2) {
			expect(got[i + 1]!.start).toBe(got[i]!.start);
			expect(got[i]!.start).toBeCloseTo((i / 2) * 0.02, 9);
		}
		// Two different channels.
		expect(
			got.some((g, i) => i % 2 === 0 && firstDifference(g.samples, got[i + 1]!.samples) !== -1)
		).toBe(true);
	});

	it('rejects a range in which nothing decodes', async () => {
		const file = new Blob([new Uint8Array(8192).fill(0x20)]);
		await expect(
			decodeJob(
				file,
				{ codec: 'mp3', from: 0, to: file.size, skip: 0, start: 0, channels: 1 },
				() => {}
			)
		).rejects.toThrow(/no MP3 audio/);
	});
});
