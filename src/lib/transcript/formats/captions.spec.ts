import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../model';
import { readTranscriptText } from './index';

const vtt = `WEBVTT

NOTE made by hand

1
00:00:00.000 --> 00:00:02.000
<v Alice>Hello there.</v>

2
00:00:02.500 --> 00:00:04.000
<v Alice>How are <i>you</i>?

3
00:00:04.500 --> 00:00:06.000
<v Bob>Fine, thanks.

00:00:10.000 --> 00:00:12.000
<v Bob>After a pause.
`;

describe('WebVTT', () => {
	it('reads cues into paragraphs by speaker and pause, voice tags as speakers, exact times', async () => {
		const t = await readTranscriptText(vtt, 'talk.vtt');
		expect(t.format).toBe('webvtt');
		expect(t.title).toBe('talk');
		const blocks = t.sections[0]?.blocks ?? [];
		expect(blocks.map((b) => [b.speaker, b.text])).toEqual([
			['Alice', 'Hello there. How are you?'],
			['Bob', 'Fine, thanks.'],
			['Bob', 'After a pause.']
		]);
		expect(blocks[0]?.sentences?.map((s) => [s.time, s.end])).toEqual([
			[0, 2],
			[2.5, 4]
		]);
		expect(t.timeline.map((e) => e.time)).toEqual([0, 4.5, 10]);
		expect(t.anchors.map((a) => a.estimated)).toEqual([false, false, false]);
	});
	it('keeps times as written, to the millisecond (1.511 s, not 1.5110000000000001)', async () => {
		const t = await readTranscriptText(
			'WEBVTT\nKind: chapters\n\n00:00:00.000 --> 00:00:01.511\nOne\n\n00:00:01.511 --> 00:01:02.123\nTwo\n',
			'x.vtt'
		);
		expect(t.timeline.map((e) => e.time)).toEqual([0, 1.511]);
		const cues = await readTranscriptText(
			'WEBVTT\n\n00:00:01.511 --> 00:00:02.343\nHello.\n',
			'y.vtt'
		);
		const sentence = cues.sections[0]?.blocks[0]?.sentences?.[0];
		expect([sentence?.time, sentence?.end]).toEqual([1.511, 2.343]);
	});
	it('reads a chapters track as sections', async () => {
		const t = await readTranscriptText(
			'WEBVTT\nKind: chapters\n\n00:00.000 --> 01:00.000\nIntro\n\n01:00.000 --> 02:00.000\nMain part\n',
			'x.vtt'
		);
		expect(t.format).toBe('webvtt-chapters');
		expect(t.sections.map((s) => s.title)).toEqual(['Intro', 'Main part']);
		expect(t.timeline.map((e) => e.time)).toEqual([0, 60]);
	});
	it('is lenient with SRT commas and missing fractions, and says so', async () => {
		const t = await readTranscriptText(
			'WEBVTT\n\n00:00:01,500 --> 00:00:02,000\nComma\n\n00:03 --> 00:04\nNo fraction\n'
		);
		expect(t.sections[0]?.blocks.flatMap((b) => b.sentences?.map((s) => s.time))).toEqual([1.5, 3]);
		expect(t.diagnostics.some((d) => /commas/.test(d.message) && d.line === 3)).toBe(true);
	});
	it('refuses a .vtt file without the WEBVTT signature, naming line 1', async () => {
		const p = readTranscriptText('Hello\n\n00:00.000 --> 00:01.000\nHi\n', 'a.vtt');
		await expect(p).rejects.toBeInstanceOf(TranscriptError);
		await expect(p).rejects.toMatchObject({ line: 1, message: /WEBVTT/ });
	});
	it('reports bad timing lines with their line and keeps the rest', async () => {
		const t = await readTranscriptText(
			'WEBVTT\n\n00:00.000 --> 00:01.000\nGood\n\nnonsense --> 00:02.000\nBad\n\n00:03.000 --> 00:04.000\nAlso good\n'
		);
		expect(t.sections[0]?.blocks.map((b) => b.text).join(' ')).toBe('Good Also good');
		expect(t.diagnostics.some((d) => d.level === 'warning' && d.line === 6)).toBe(true);
	});
	it('sorts cues out of order and drops repeats, saying so', async () => {
		const t = await readTranscriptText(
			'WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:01.000 --> 00:02.000\nA\n\n00:01.000 --> 00:02.000\nA\n'
		);
		expect(t.sections[0]?.blocks.flatMap((b) => b.sentences?.map((s) => s.time))).toEqual([1, 5]);
		expect(t.diagnostics.map((d) => d.line)).toEqual([6, 9]);
	});
});

describe('SRT', () => {
	it('reads numbered cues, strips tags, takes Name: prefixes as speakers', async () => {
		const t = await readTranscriptText(
			'1\r\n00:00:01,000 --> 00:00:02,000\r\n<i>JOHN: Hi.</i>\r\n\r\n2\r\n00:00:02,100 --> 00:00:03,000\r\n{\\an8}JOHN: Yes.\r\n'.replace(
				/\r\n/g,
				'\n'
			),
			'a.srt'
		);
		expect(t.format).toBe('srt');
		expect(t.sections[0]?.blocks.map((b) => [b.speaker, b.text])).toEqual([['JOHN', 'Hi. Yes.']]);
	});
	it('copes with missing blank lines between cues', async () => {
		const t = await readTranscriptText(
			'1\n00:00:01,000 --> 00:00:02,000\nOne\n2\n00:00:05,000 --> 00:00:06,000\nTwo\n00:00:09,000 --> 00:00:10,000\nThree\n'
		);
		expect(t.timeline.map((e) => e.time)).toEqual([1, 5, 9]);
		expect(t.sections[0]?.blocks.map((b) => b.text)).toEqual(['One', 'Two', 'Three']);
	});
});
