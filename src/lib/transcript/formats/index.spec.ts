import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../model';
import { decodeTranscriptBytes, parseTranscript, readTranscriptText } from './index';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
	const out = new Uint8Array(2 + s.length * 2);
	out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
		out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
	}
	return out;
};

describe('decodeTranscriptBytes', () => {
	const text = '# 标题\r\n\r\n**(00:00)** 简介\r**(00:50)** 影响\n';
	const lf = '# 标题\n\n**(00:00)** 简介\n**(00:50)** 影响\n';
	it('reads UTF-8 with and without BOM, normalising newlines', () => {
		expect(decodeTranscriptBytes(utf8(text))).toBe(lf);
		expect(decodeTranscriptBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toBe(lf);
	});
	it('reads UTF-16 LE and BE with BOM', () => {
		expect(decodeTranscriptBytes(utf16(text, false))).toBe(lf);
		expect(decodeTranscriptBytes(utf16(text, true))).toBe(lf);
	});
	it('reads GB18030 (legacy Chinese) when the bytes are not UTF-8', () => {
		expect(decodeTranscriptBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toBe('你好');
	});
	it('returns empty text for no bytes', () => {
		expect(decodeTranscriptBytes(new Uint8Array())).toBe('');
	});
	it.each([
		['NUL bytes', new Uint8Array([0x23, 0x20, 0x00, 0x41])],
		[
			'a PNG header',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
		],
		['invalid bytes', new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x81, 0xfe, 0x01, 0x02, 0x03])],
		['control characters', new TextEncoder().encode('Text\x01\x02\x03 with\x1b\x7f controls')]
	])('rejects %s', (_name, bytes) => {
		expect(() => decodeTranscriptBytes(bytes)).toThrow(TranscriptError);
		expect(() => decodeTranscriptBytes(bytes)).toThrow(
			/not text.*choose a transcript \(\.md, \.txt\) file/
		);
	});
});

it('reads a text with a stray control character or two among many ordinary ones', () => {
	const text = `${'Words of a transcript. '.repeat(50)}\x1b[0m${'More words.\t'.repeat(20)}`;
	expect(decodeTranscriptBytes(new TextEncoder().encode(text))).toBe(text);
});

describe('parseTranscript', () => {
	it('reads the markdown timeline style', () => {
		const t = parseTranscript(
			'# T\n\n00:00 Intro\n01:00 Main\n\n## Intro\n\nHello.\n\n## Main\n\nWorld.\n',
			'a.md'
		);
		expect(t.format).toBe('markdown-timeline');
		expect(t.anchors.map((a) => a.time)).toEqual([0, 60]);
	});
	it('reads plain text as one untimed section', () => {
		const t = parseTranscript('Just some words.\nMore words.\n\nSecond paragraph.', 'notes.txt');
		expect(t.format).toBe('plain-text');
		expect(t.title).toBe('notes');
		expect(t.sections).toHaveLength(1);
		expect(t.sections[0]?.blocks.map((b) => b.text)).toEqual([
			'Just some words. More words.',
			'Second paragraph.'
		]);
		expect(t.diagnostics.some((d) => d.level === 'info' && /No timeline/.test(d.message))).toBe(
			true
		);
	});
	it('reads a chapter list in [mm:ss] form as a timeline, not LRC', () => {
		const t = parseTranscript('[00:00] Intro\n[01:00] Main\n\n## Intro\n\nA.\n\n## Main\n\nB.');
		expect(t.timeline.map((e) => e.title)).toEqual(['Intro', 'Main']);
	});
	it.each([
		['WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHi', 'a.vtt'],
		['1\n00:00:00,000 --> 00:00:01,000\nHi\n', 'a.srt']
	])('points WebVTT and SRT to the asynchronous reader (%#)', (text, name) => {
		expect(() => parseTranscript(text, name)).toThrow(/readTranscriptText/);
	});
	it.each([
		['WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHi', 'a.vtt', 'webvtt'],
		['1\n00:00:00,000 --> 00:00:01,000\nHi\n', 'a.srt', 'srt'],
		['[ti:Song]\n[00:01.00]la', 'a.lrc', 'lrc'],
		['{"version":"1.2.0","chapters":[{"startTime":0}]}', 'c.json', 'podcast-chapters'],
		['Intro 0:00\nMiddle 1:00\nEnd 2:00', 'd.txt', 'chapter-list'],
		['# T\n\n## A\n\nText.', 'e.md', 'markdown']
	])('detects the format by content (%#)', async (text, name, format) => {
		expect((await readTranscriptText(text, name)).format).toBe(format);
		expect((await readTranscriptText(text)).format).toBe(format);
	});
	it('rejects empty text', () => {
		expect(() => parseTranscript(' \n\t\n')).toThrow(TranscriptError);
		expect(() => parseTranscript('')).toThrow(/empty/);
	});
});
