import { describe, expect, it } from 'vitest';
import { id3v2Length, isTagFrame, mp3Header, nextFrameStart } from './mp3-frames';
import { id3, join, mp3Frame } from './test-bytes';

const h = (...b: number[]) => mp3Header(new Uint8Array(b), 0);

describe('mp3Header', () => {
	it('reads frame length, samples and rate for each layer and version', () => {
		expect(h(0xff, 0xfb, 0x90, 0xc0)).toMatchObject({
			length: 417,
			samples: 1152,
			sampleRate: 44100,
			channels: 1
		});
		expect(h(0xff, 0xfb, 0x92, 0x00)).toMatchObject({ length: 418, channels: 2 });
		// MPEG-2 layer III, 64 kbit/s, 22.05 kHz: half the samples per frame.
		expect(h(0xff, 0xf3, 0x80, 0xc0)).toMatchObject({
			length: 208,
			samples: 576,
			sampleRate: 22050
		});
		// MPEG-1 layer II, 128 kbit/s; layer I, 384 kbit/s (4-byte slots).
		expect(h(0xff, 0xfd, 0x80, 0xc0)).toMatchObject({ length: 417, samples: 1152 });
		expect(h(0xff, 0xff, 0xc0, 0xc0)).toMatchObject({ length: 416, samples: 384 });
	});

	it('rejects free format, bad bitrate or rate, the reserved version and short input', () => {
		expect(h(0xff, 0xfb, 0x00, 0xc0)).toBeNull();
		expect(h(0xff, 0xfb, 0xf0, 0xc0)).toBeNull();
		expect(h(0xff, 0xfb, 0x9c, 0xc0)).toBeNull();
		expect(h(0xff, 0xeb, 0x90, 0xc0)).toBeNull();
		expect(h(0xff, 0xfb, 0x90)).toBeNull();
		expect(h(0x49, 0x44, 0x33, 0x04)).toBeNull();
	});
});

describe('id3v2Length', () => {
	it('skips one or more ID3v2 tags, with a footer when flagged', () => {
		expect(id3v2Length(join(id3(100), mp3Frame()))).toBe(110);
		expect(id3v2Length(join(id3(100), id3(20), mp3Frame()))).toBe(140);
		const footer = id3(5);
		footer[5] = 0x10;
		expect(id3v2Length(footer)).toBe(25);
		expect(id3v2Length(mp3Frame())).toBe(0);
	});
});

describe('frame starts', () => {
	it('finds the first frame after garbage, ignoring a lone sync word', () => {
		const junk = new Uint8Array(50).fill(7);
		junk.set([0xff, 0xfb, 0x90, 0xc0], 10); // a header not followed by another one
		const bytes = join(junk, mp3Frame(), mp3Frame(true), mp3Frame());
		expect(nextFrameStart(bytes, 0)).toBe(50);
		expect(nextFrameStart(bytes, 51)).toBe(50 + 417);
		expect(nextFrameStart(new Uint8Array(1000).fill(0xff), 0)).toBe(-1);
	});

	it('recognises a Xing/Info tag frame', () => {
		const info = mp3Frame();
		info.set(
			[...'Info'].map((c) => c.charCodeAt(0)),
			4 + 17
		);
		expect(isTagFrame(info, 0, mp3Header(info, 0)!)).toBe(true);
		expect(isTagFrame(mp3Frame(), 0, mp3Header(mp3Frame(), 0)!)).toBe(false);
	});
});
