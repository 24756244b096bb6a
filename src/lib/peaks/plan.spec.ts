import { describe, expect, it } from 'vitest';
import { planMp3, planOpus } from './plan';
import { id3, join, mp3Frame, oggPage, opusHeadPacket, packet } from './test-bytes';

function mp3(frames: number): Blob {
	const info = mp3Frame();
	info.set(
		[...'Info'].map((c) => c.charCodeAt(0)),
		4 + 17
	);
	const list = Array.from({ length: frames }, (_, i) => mp3Frame(i % 3 === 0, 1));
	return new Blob([join(id3(200), info, ...list)]);
}

describe('planMp3', () => {
	it('skips the ID3 tag and the Info frame, and starts each later range 10 frames early', async () => {
		const jobs = (await planMp3(mp3(100), 2))!;
		const audio = 210 + 417;
		expect(jobs).toHaveLength(2);
		expect(jobs[0]).toMatchObject({ from: audio, skip: 0, start: 0 });
		const cut = jobs[0]!.to;
		expect(jobs[1]!.to).toBe(210 + 417 + 100 * 417 + 34);
		// The cut is a frame start: count the frames before it (every third one is padded).
		let at = audio;
		let frames = 0;
		while (at < cut) at += frames++ % 3 === 0 ? 418 : 417;
		expect(at).toBe(cut);
		expect(jobs[1]!.start).toBeCloseTo((frames * 1152) / 44100, 9);
		expect(jobs[1]!.skip).toBe(10 * 1152);
		expect(jobs[1]!.from).toBeLessThan(cut);
		expect(jobs[1]!.from).toBeGreaterThan(cut - 11 * 418);
	});

	it('gives one range for one part and null when there is no MPEG audio', async () => {
		expect(await planMp3(mp3(20), 1)).toHaveLength(1);
		expect(await planMp3(new Blob([new Uint8Array(5000).fill(0x20)]), 2)).toBeNull();
	});
});

/** An Ogg Opus stream: headers, then `pages` pages of 50 packets of 960 samples (1 s) each. */
function opus(pages: number): Blob {
	const tags = join(new TextEncoder().encode('OpusTags'), new Uint8Array(8));
	const parts = [
		oggPage(7, 0, 2, [{ bytes: opusHeadPacket(312), ends: true }]),
		oggPage(7, 0, 0, [{ bytes: tags, ends: true }])
	];
	for (let p = 0; p < pages; p++) {
		const list = Array.from({ length: 50 }, () => ({ bytes: packet(40, 0xfc), ends: true }));
		parts.push(oggPage(7, (p + 1) * 48000, p === pages - 1 ? 4 : 0, list));
	}
	return new Blob([join(...parts)]);
}

describe('planOpus', () => {
	it('splits at a page, keeping from the granule before it, primed by at least 80 ms', async () => {
		const jobs = (await planOpus(opus(40), 2))!;
		expect(jobs).toHaveLength(2);
		expect(jobs[0]).toMatchObject({ granule: 0, keep: 0, start: 0 });
		expect(jobs[0]!.head.preSkip).toBe(312);
		const page = 27 + 50 + 50 * 40;
		const audio = jobs[0]!.from;
		expect((jobs[0]!.to - audio) % page).toBe(0);
		const split = (jobs[0]!.to - audio) / page;
		expect(jobs[1]!.keep).toBe(split * 48000);
		expect(jobs[1]!.granule).toBeNull();
		// Its first page only primes (position unknown), the next one primes with a known position.
		expect(jobs[1]!.from).toBe(jobs[0]!.to - 2 * page);
		expect(jobs[1]!.start).toBeCloseTo((split * 48000 - 312) / 48000, 9);
	});

	it('is null for a file that is not Ogg Opus', async () => {
		expect(await planOpus(new Blob(['not an ogg file at all, just text']), 2)).toBeNull();
		const vorbis = oggPage(7, 0, 2, [{ bytes: packet(30, 1), ends: true }]);
		expect(await planOpus(new Blob([vorbis]), 2)).toBeNull();
	});
});
