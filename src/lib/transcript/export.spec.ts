import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	exportChapters,
	exportTranscript,
	toJsonChapters,
	toMarkdownTimeline,
	toVttCaptions,
	toVttChapters,
	vttTime,
	type ExportChapter
} from './export';
import { readTranscriptText } from './formats';
import { buildCueTranscript } from './formats/cues';
import type { Transcript } from './model';
import { indexSentences, timeSentences } from './timing';

/** The sections and their start times, as the reader sees them. */
function timedSections(t: Transcript): [string, number | null][] {
	return t.sections.map((s) => [
		s.title,
		s.anchor === null ? null : (t.anchors[s.anchor]?.time ?? null)
	]);
}

const seed = `# 访谈

**(00:00)** 开场
**(01:44.5)** 模型的未来

## 开场

欢迎。今天聊聊模型。

## 模型的未来

未来会怎样？我们拭目以待。
`;

describe('export', () => {
	it('writes WebVTT times', () => {
		expect(vttTime(0)).toBe('00:00:00.000');
		expect(vttTime(3723.5)).toBe('01:02:03.500');
	});
	it('round-trips the seed through every chapter format', async () => {
		const t = await readTranscriptText(seed, 'seed.md');
		const chapters = exportChapters(t);
		expect(chapters).toEqual([
			{ time: 0, title: '开场' },
			{ time: 104.5, title: '模型的未来' }
		]);
		for (const [text, name] of [
			[toVttChapters(chapters, 300), 'x.vtt'],
			[toJsonChapters(chapters), 'x.json'],
			[toMarkdownTimeline(t), 'x.md']
		] as const) {
			const back = await readTranscriptText(text, name);
			expect(timedSections(back)).toEqual(timedSections(t));
		}
	});
	it('keeps the text in the Markdown export', async () => {
		const t = await readTranscriptText(seed, 'seed.md');
		const back = await readTranscriptText(toMarkdownTimeline(t));
		expect(back.sections.map((s) => s.blocks.map((b) => b.text))).toEqual(
			t.sections.map((s) => s.blocks.map((b) => b.text))
		);
	});
	it('writes sentence timings as captions that read back with the same times', async () => {
		const t = await readTranscriptText(seed, 'seed.md');
		const index = indexSentences(t);
		const times = timeSentences(t, index, 200);
		const vtt = toVttCaptions(t, index, times, 200);
		expect(vtt.startsWith('WEBVTT\n\n00:00:00.000 --> ')).toBe(true);
		const back = await readTranscriptText(vtt, 'c.vtt');
		const starts = back.sections.flatMap((s) =>
			s.blocks.flatMap((b) => (b.sentences ?? []).map((x) => x.time))
		);
		expect(starts).toEqual(Array.from(times.time));
	});
	it('names files after the title', async () => {
		const t = await readTranscriptText(seed, 'seed.md');
		const sentences = { index: indexSentences(t), times: timeSentences(t, indexSentences(t)) };
		expect(exportTranscript('vtt-chapters', t, sentences).name).toBe('访谈.chapters.vtt');
		expect(exportTranscript('json-chapters', t, sentences).type).toBe('application/json+chapters');
	});
});

/** A timeline: distinct titles, strictly increasing times in whole milliseconds. */
const timelineArb = fc
	.uniqueArray(
		fc
			.stringMatching(/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9 \u4e00-\u9fa5,?!]{0,24}$/)
			.map((s) => s.replace(/\s+/g, ' ').trim()),
		{ minLength: 1, maxLength: 12, selector: (s) => s.toLowerCase() }
	)
	.chain((titles) =>
		fc
			.uniqueArray(fc.integer({ min: 0, max: 36_000_000 }), {
				minLength: titles.length,
				maxLength: titles.length
			})
			.map((ms) => {
				const times = ms.sort((a, b) => a - b).map((m) => m / 1000);
				return titles.map((title, i): ExportChapter => ({ title, time: times[i] ?? 0 }));
			})
	);

describe('export → parse round trip (property)', () => {
	it('gives back the same chapters from WebVTT, JSON and Markdown', async () => {
		await fc.assert(
			fc.asyncProperty(timelineArb, async (chapters) => {
				const t = buildCueTranscript([], {
					title: 'Generated',
					format: 'podcast-chapters',
					chapters: chapters.map((c, i) => ({ ...c, line: i + 1 }))
				});
				const want = chapters.map((c) => [c.title, c.time]);
				for (const [text, name] of [
					[toVttChapters(exportChapters(t)), 'g.vtt'],
					[toJsonChapters(exportChapters(t)), 'g.json'],
					[toMarkdownTimeline(t), 'g.md']
				] as const) {
					const back = await readTranscriptText(text, name);
					expect(timedSections(back)).toEqual(want);
				}
			}),
			{ numRuns: 60 }
		);
	});
});
