import { describe, expect, it } from 'vitest';
import type { PeaksMessage } from './messages';
import { interleave } from './reduce';
import { streamPeaks } from './stream-peaks';
import { join, oggPage, opusHeadPacket, packet } from './test-bytes';

/**
 * A 16-bit WAV whose 440 Hz tone has amplitude `amps[k]` during second k; with `right`, a stereo one
 * whose right channel has amplitude `right[k]` instead.
 */
function wav(amps: number[], sampleRate = 8000, right?: number[]): Blob {
	const channels = right ? 2 : 1;
	const frames = amps.length * sampleRate;
	const bytes = frames * 2 * channels;
	const buf = new DataView(new ArrayBuffer(44 + bytes));
	const ascii = (at: number, s: string) =>
		[...s].forEach((c, i) => buf.setUint8(at + i, c.charCodeAt(0)));
	ascii(0, 'RIFF');
	buf.setUint32(4, 36 + bytes, true);
	ascii(8, 'WAVEfmt ');
	buf.setUint32(16, 16, true);
	buf.setUint16(20, 1, true);
	buf.setUint16(22, channels, true);
	buf.setUint32(24, sampleRate, true);
	buf.setUint32(28, sampleRate * 2 * channels, true);
	buf.setUint16(32, 2 * channels, true);
	buf.setUint16(34, 16, true);
	ascii(36, 'data');
	buf.setUint32(40, bytes, true);
	for (let i = 0; i < frames; i++) {
		const wave = Math.sin((2 * Math.PI * 440 * i) / sampleRate + 0.3);
		const second = Math.floor(i / sampleRate);
		[amps, right ?? []].slice(0, channels).forEach((a, c) => {
			buf.setInt16(44 + 2 * (i * channels + c), Math.round(32767 * a[second]! * wave), true);
		});
	}
	return new Blob([buf.buffer], { type: 'audio/wav' });
}

/** A clock that moves 100 ms each time it is read, so every sample batch is a report. */
function ticking(): () => number {
	let t = 0;
	return () => (t += 100);
}

describe('streamPeaks', () => {
	const amps = [0.2, 0.8, 0.4, 0.6, 0.1];

	it('takes every channel: sound only on the right of a stereo file is drawn', async () => {
		const left = [0.3, 0, 0, 0, 0];
		const right = [0, 0, 0, 0.7, 0];
		const peaks = await streamPeaks(wav(left, 8000, right), () => {});
		const loudest = (second: number) =>
			Math.max(...peaks!.max.subarray(second * 100, second * 100 + 100));
		expect(loudest(0)).toBeCloseTo(0.3, 2);
		expect(loudest(1)).toBe(0);
		expect(loudest(3)).toBeCloseTo(0.7, 2);
	});

	it('reports the duration, then chunks with rising progress, then done; the buckets hold each second’s amplitude', async () => {
		const messages: PeaksMessage[] = [];
		await streamPeaks(wav(amps), (m) => messages.push(m), { interval: 150, now: ticking() });
		const meta = messages[0];
		expect(meta?.type).toBe('meta');
		if (meta?.type !== 'meta') return;
		expect(meta.duration).toBeCloseTo(5, 3);
		expect(meta.rate).toBe(100);
		expect(messages.at(-1)?.type).toBe('done');

		const chunks = messages.filter((m) => m.type === 'chunk');
		expect(chunks.length).toBeGreaterThan(1);
		const progress = chunks.map((c) => c.progress);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		expect(progress.at(-1)).toBe(1);

		const min = new Float32Array(meta.length);
		const max = new Float32Array(meta.length);
		for (const c of chunks) {
			min.set(c.min, c.from);
			max.set(c.max, c.from);
		}
		for (let b = 0; b < meta.length; b++) {
			const a = amps[Math.floor(b / meta.rate)]!;
			expect(max[b]).toBeGreaterThan(a * 0.95);
			expect(max[b]).toBeLessThan(a + 0.01);
			expect(min[b]).toBeLessThan(-a * 0.95);
		}
		expect(interleave(min, max).length).toBe(2 * meta.length);
	});

	it('stops without reporting done when aborted', async () => {
		const messages: PeaksMessage[] = [];
		const controller = new AbortController();
		await streamPeaks(
			wav(amps),
			(m) => {
				messages.push(m);
				if (m.type === 'chunk') controller.abort();
			},
			{ interval: 150, now: ticking(), signal: controller.signal }
		);
		expect(messages.filter((m) => m.type === 'chunk')).toHaveLength(1);
		expect(messages.some((m) => m.type === 'done')).toBe(false);
	});

	it('says why when the file has no audio it can read', async () => {
		const messages: PeaksMessage[] = [];
		await streamPeaks(new Blob(['not audio at all']), (m) => messages.push(m));
		expect(messages).toHaveLength(1);
		expect(messages[0]?.type).toBe('error');
	});
});

describe('streamPeaks with the WebAssembly decoders', () => {
	/** Ogg Opus: headers, then `pages` pages of 50 packets of 20 ms each (CELT frames of filler bytes). */
	function oggOpus(pages: number, filler: number): Blob {
		const tags = join(new TextEncoder().encode('OpusTags'), new Uint8Array(8));
		const parts = [
			oggPage(7, 0, 2, [{ bytes: opusHeadPacket(312), ends: true }]),
			oggPage(7, 0, 0, [{ bytes: tags, ends: true }])
		];
		for (let p = 0; p < pages; p++) {
			const list = Array.from({ length: 50 }, () => ({ bytes: packet(40, filler), ends: true }));
			parts.push(oggPage(7, (p + 1) * 48000, p === pages - 1 ? 4 : 0, list));
		}
		return new Blob([join(...parts)], { type: 'audio/ogg' });
	}

	it('decodes Ogg Opus with libopus: meta, chunks up to progress 1, done', async () => {
		const messages: PeaksMessage[] = [];
		const peaks = await streamPeaks(oggOpus(5, 0xfc), (m) => messages.push(m), {
			interval: 150,
			now: ticking()
		});
		expect(messages[0]).toMatchObject({ type: 'meta' });
		if (messages[0]?.type === 'meta') expect(messages[0].duration).toBeCloseTo(5 - 312 / 48000, 3);
		expect(messages.at(-1)?.type).toBe('done');
		const chunks = messages.filter((m) => m.type === 'chunk');
		expect(chunks.at(-1)?.progress).toBeCloseTo(1, 6);
		expect(peaks?.min.length).toBe(500);
	});

	it('never throws on garbage or cut-off audio: it ends with done or the read error', async () => {
		const full = new Uint8Array(await oggOpus(5, 0x00).arrayBuffer());
		for (const blob of [
			oggOpus(3, 0x00),
			new Blob([full.subarray(0, full.length - 500)]),
			new Blob([full.subarray(0, 200), new Uint8Array(3000).fill(0x4f)])
		]) {
			const messages: PeaksMessage[] = [];
			await expect(streamPeaks(blob, (m) => messages.push(m))).resolves.not.toThrow();
			const last = messages.at(-1);
			expect(last?.type === 'done' || last?.type === 'error').toBe(true);
			if (last?.type === 'error') expect(['read', 'no-track', 'no-length']).toContain(last.code);
		}
	});
});
