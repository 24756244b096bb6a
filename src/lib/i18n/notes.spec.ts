import { describe, expect, it } from 'vitest';
import { readTranscriptText } from '$lib/transcript/formats';
import type { Diagnostic, Transcript } from '$lib/transcript/model';
import { pairTranscripts } from '$lib/transcript/pair';
import { NOTE_CODES, noteText } from './notes';

/** Inputs that give notes of many kinds. */
const inputs: [string, string][] = [
	[
		'odd.vtt',
		'WEBVTT\n\n00:01:00,000 --> 00:01:02.000\nLate\n\n00:00:10.000 --> 00:00:12.000\nEarly\n\n00:00:10.000 --> 00:00:12.000\nEarly\n'
	],
	[
		'odd.lrc',
		'[offset:+500]\n[offset:abc]\n[00:05.00]B\n[00:01.00]<00:01.00>A\nno stamp\n[00:99.00]x\n'
	],
	[
		'odd.md',
		'# T\n\n**(00:10)** One\n**(00:10)** One\n**(00:05)** Zero\n**(00:20)** Nothing like it at all\n\n## One\n\nText.\n\n## Zero\n\nMore.\n\n## Lost heading\n\nWords.\n'
	],
	['plain.md', '# Plain\n\nJust words.\n'],
	['chapters.txt', '0:05 Intro\n0:08 Short\n1:00 Main part\n'],
	['bad.json', '{"chapters": [{"title": "A"}, {"startTime": 3, "title": "B"}]}'],
	['seg.json', '{"segments": [{"startTime": 1, "body": "Hi"}, {"speaker": "A"}]}']
];

async function notes(): Promise<Diagnostic[]> {
	const all: Diagnostic[] = [];
	for (const [name, text] of inputs)
		all.push(...(await readTranscriptText(text, name)).diagnostics);
	const article = await readTranscriptText(
		'# A\n\n## Opening\n\nHello there, and welcome.\n\n## Other\n\nThe second part of it.\n',
		'a.md'
	);
	const zh = await readTranscriptText('# 甲\n\n## 开场\n\n欢迎收看。\n', 'zh.md');
	const chapters = await readTranscriptText(
		'{"chapters": [{"startTime": 0, "title": "Opening"}, {"title": "Bad"}, {"startTime": 30, "title": "Other"}]}',
		'c.json'
	);
	const captions = await readTranscriptText(
		'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHello there, and welcome.\n\n00:00:31.000 --> 00:00:33.000\nThe second part of it.\n\n00:00:40.000 --> 00:00:42.000\nSomething else entirely.\n',
		'c.vtt'
	);
	const pair = (a: Transcript, an: string, b: Transcript, bn: string) =>
		pairTranscripts({ transcript: a, name: an }, { transcript: b, name: bn }).diagnostics;
	all.push(...pair(article, 'a.md', chapters, 'c.json'));
	all.push(...pair(article, 'a.md', captions, 'c.vtt'));
	all.push(...pair(zh, 'zh.md', captions, 'c.vtt'));
	return all;
}

describe('transcript notes in the reader’s language', () => {
	it('every note the parsers give carries a code worded in Chinese; English is the core’s sentence', async () => {
		const found = await notes();
		expect(found.length).toBeGreaterThan(12);
		const codes = new Set<string>();
		for (const note of found) {
			expect(note.code, note.message).toBeDefined();
			expect(NOTE_CODES, note.message).toContain(note.code);
			codes.add(note.code!);
			expect(noteText(note, 'en')).toBe(note.message);
			const zh = noteText(note, 'zh');
			expect(zh).not.toBe(note.message);
			expect(zh).toMatch(/\p{Script=Han}/u);
		}
		expect(codes.size).toBeGreaterThan(10);
	});

	it('keeps the file name of a paired file, and falls back to English for an unknown code', () => {
		const note: Diagnostic = {
			level: 'info',
			message: 'x.txt: The first chapter does not start at 0:00 (YouTube requires that).',
			code: 'yt-first-not-zero',
			file: 'x.txt'
		};
		expect(noteText(note, 'zh')).toBe('x.txt：第一个章节不是从 0:00 开始的（YouTube 要求如此）。');
		expect(noteText({ level: 'info', message: 'Hi', code: 'nope' }, 'zh')).toBe('Hi');
	});
});
