import { describe, expect, it } from 'vitest';
import { readTranscriptText } from './formats';
import { TranscriptError } from './model';
import { pairTranscripts } from './pair';

const article = `# Talk

## Opening words

Welcome to the show about small models. Today we talk about speed and cost.

## The hard part

Training is expensive, and data is scarce. We have a plan for that problem.
`;

const captions = `WEBVTT

00:00:01.000 --> 00:00:04.000
Welcome to the show about small models.

00:00:04.000 --> 00:00:07.000
Today we talk about speed and cost.

00:00:30.000 --> 00:00:33.000
Training is expensive, and data is scarce.

00:00:33.000 --> 00:00:36.000
We have a plan for that problem.
`;

const read = async (text: string, name: string) => ({
	transcript: await readTranscriptText(text, name),
	name
});

describe('pairTranscripts', () => {
	it('times an article from captions of the same words, in either order', async () => {
		for (const [a, b] of [
			[await read(article, 'talk.md'), await read(captions, 'talk.vtt')],
			[await read(captions, 'talk.vtt'), await read(article, 'talk.md')]
		] as const) {
			const t = pairTranscripts(a, b);
			expect(t.title).toBe('Talk');
			expect(t.timeline.map((e) => [e.time, e.title])).toEqual([
				[1, 'Opening words'],
				[30, 'The hard part']
			]);
			expect(t.anchors.map((x) => x.estimated)).toEqual([false, false]);
			const second = t.sections[0]?.blocks[0]?.sentences?.[1];
			expect(second?.time).toBe(4);
			expect(t.original).toBeUndefined();
		}
	});
	it('times an article from a chapters file', async () => {
		const t = pairTranscripts(
			await read(article, 'talk.md'),
			await read(
				JSON.stringify({
					chapters: [
						{ startTime: 0, title: 'Opening' },
						{ startTime: 95, title: 'The hard part' }
					]
				}),
				'chapters.json'
			)
		);
		expect(t.anchors.map((a) => [a.section, a.time])).toEqual([
			[0, 0],
			[1, 95]
		]);
	});
	it('keeps captions in another language as the original track', async () => {
		const zh =
			'# 访谈\n\n**(00:00)** 开场\n**(00:30)** 难点\n\n## 开场\n\n欢迎收看关于小模型的节目。\n\n## 难点\n\n训练很贵，数据稀缺。\n';
		const t = pairTranscripts(await read(zh, 'zh.md'), await read(captions, 'en.vtt'));
		expect(t.original?.language).toBe('en');
		expect(t.original?.cues.map((c) => c.start)).toEqual([1, 4, 30, 33]);
		expect(t.timeline.map((e) => e.time)).toEqual([0, 30]);
		expect(t.diagnostics[0]?.message).toMatch(/original track/);
	});
	it('refuses two untimed texts', async () => {
		expect(() =>
			pairTranscripts(
				{ transcript: { ...pairBase() }, name: 'a.md' },
				{ transcript: pairBase(), name: 'b.md' }
			)
		).toThrow(TranscriptError);
	});
});

function pairBase() {
	return {
		title: 'x',
		format: 'markdown',
		front: [],
		timeline: [],
		sections: [],
		back: [],
		anchors: [],
		diagnostics: []
	};
}
