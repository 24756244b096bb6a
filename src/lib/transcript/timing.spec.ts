import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './formats';
import {
	adoptSentenceTimes,
	firstSentence,
	indexSentences,
	inlineSource,
	prepareSentences,
	segmentSentences,
	speakingWeight,
	timeSentences,
	WEIGHTS,
	withSentences
} from './timing';

describe('segmentSentences', () => {
	it('splits Chinese and English sentences, covering the text end to end', () => {
		const text = '你好。今天天气很好！Yes. It is.';
		const spans = segmentSentences(text);
		expect(spans.map((s) => text.slice(s.from, s.to))).toEqual([
			'你好。',
			'今天天气很好！',
			'Yes. ',
			'It is.'
		]);
		expect(spans[0]?.from).toBe(0);
		expect(spans.at(-1)?.to).toBe(text.length);
	});
});

/** The regular-expression definition {@link speakingWeight} must agree with. */
function weightByRegex(text: string): number {
	const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
	const cjk = text.match(CJK)?.length ?? 0;
	const rest = cjk ? text.replace(CJK, ' ') : text;
	const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
	const short = text.match(/[,，、;；:：—–]/g)?.length ?? 0;
	const long = text.match(/[.!?。！？…]+/g)?.length ?? 0;
	return (
		cjk * WEIGHTS.cjk + words * WEIGHTS.word + short * WEIGHTS.shortPause + long * WEIGHTS.longPause
	);
}

describe('speakingWeight', () => {
	it('agrees with its regular-expression definition on any text', () => {
		const pieces = fc.constantFrom(
			...'ab Z9 你好 。！ ... , ， 、 ; — – … é ß Ω ひら カタ 한글 𠀀 😀 \ud800 x\u0301 ١٢ \n'.split(
				' '
			)
		);
		fc.assert(
			fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary' }))), (parts) => {
				const text = parts.join('');
				expect(speakingWeight(text)).toBeCloseTo(weightByRegex(text), 9);
			}),
			{ numRuns: 500 }
		);
	});

	it('weighs CJK characters and Latin words differently, and pauses at punctuation', () => {
		expect(speakingWeight('你好')).toBe(2 * WEIGHTS.cjk);
		expect(speakingWeight('hello world')).toBe(2 * WEIGHTS.word);
		expect(speakingWeight('你好，GPT。')).toBe(
			2 * WEIGHTS.cjk + WEIGHTS.word + WEIGHTS.shortPause + WEIGHTS.longPause
		);
	});
});

const md = [
	'# T',
	'',
	'**(00:00)** 一',
	'**(00:20)** 二',
	'',
	'## 一',
	'',
	'第一句话。第二句话。',
	'',
	'第三句话。',
	'',
	'## 二',
	'',
	'最后一句。'
].join('\n');

describe('timeSentences', () => {
	it('returns times adopted from the parse worker for the same transcript and duration only', () => {
		const t = parseTranscript(md);
		const index = indexSentences(t);
		const fresh = timeSentences(parseTranscript(md), indexSentences(parseTranscript(md)), 60);
		adoptSentenceTimes(t, 60, fresh);
		expect(timeSentences(t, index, 60)).toBe(fresh);
		// Another duration (or none) is computed here, and agrees with a computation from scratch.
		const other = timeSentences(t, index, 90);
		expect(other).not.toBe(fresh);
		expect(Array.from(other.time)).toEqual(
			Array.from(timeSentences(parseTranscript(md), indexSentences(parseTranscript(md)), 90).time)
		);
		expect(timeSentences(t, index)).not.toBe(fresh);
		// Another transcript with equal text has anchors of its own: nothing adopted for it.
		const twin = parseTranscript(md);
		expect(timeSentences(twin, indexSentences(twin), 60)).not.toBe(fresh);
	});

	it('gives another duration the times a fresh computation gives (only the tail is redone)', () => {
		const same = (a: ReturnType<typeof timeSentences>, b: ReturnType<typeof timeSentences>) => {
			expect(Array.from(a.time)).toEqual(Array.from(b.time));
			expect(Array.from(a.starts)).toEqual(Array.from(b.starts));
			expect(Array.from(a.estimated)).toEqual(Array.from(b.estimated));
		};
		const durations = fc.oneof(
			fc.constant(undefined),
			fc.constant(Number.NaN),
			fc.double({ min: 0.5, max: 4000, noNaN: true })
		);
		// Transcripts with a timeline (some sections untimed), exact-timed cues, or no times at all.
		const transcript = fc
			.record({
				sections: fc.array(
					fc.record({
						time: fc.option(fc.integer({ min: 0, max: 3000 }), { freq: 3 }),
						sentences: fc.integer({ min: 0, max: 6 })
					}),
					{ minLength: 1, maxLength: 8 }
				),
				front: fc.boolean()
			})
			.map(({ sections, front }) => {
				const lines: string[] = ['# T', ''];
				if (front) lines.push('Some words before the timeline.', '');
				const timed = sections
					.map((s, i) => ({ ...s, i }))
					.filter((s) => s.time !== null)
					.sort((a, b) => (a.time as number) - (b.time as number));
				for (const s of timed) {
					const t = s.time as number;
					const clock = `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
					lines.push(`**(${clock})** Part ${s.i}`, '');
				}
				sections.forEach((s, i) => {
					lines.push(`## Part ${i}`, '');
					if (s.sentences)
						lines.push(
							Array.from({ length: s.sentences }, (_, k) => `Sentence ${k} of part ${i}.`).join(
								' '
							),
							''
						);
				});
				return lines.join('\n');
			});
		// Lyrics lines: every sentence timed by the source.
		const cues = fc
			.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 8 })
			.map((starts) =>
				[...new Set(starts)]
					.sort((a, b) => a - b)
					.map(
						(t, i) =>
							`[${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}.00]Line ${i} says a thing.`
					)
					.join('\n')
			);
		const source = fc.oneof(
			transcript.map((text) => ({ text, name: 't.md' })),
			cues.map((text) => ({ text, name: 't.lrc' })),
			fc.constant({ text: 'Just words. No times here.', name: 't.md' })
		);
		fc.assert(
			fc.property(source, durations, durations, ({ text, name }, was, now) => {
				const t = parseTranscript(text, name);
				const index = indexSentences(t);
				timeSentences(t, index, was);
				const reused = timeSentences(t, index, now);
				const fresh = parseTranscript(text, name);
				same(reused, timeSentences(fresh, indexSentences(fresh), now));
				// Times adopted from the worker for one duration serve another as well.
				const other = parseTranscript(text, name);
				const otherIndex = indexSentences(other);
				const worker = parseTranscript(text, name);
				adoptSentenceTimes(other, was, timeSentences(worker, indexSentences(worker), was));
				same(
					timeSentences(other, otherIndex, now),
					timeSentences(fresh, indexSentences(fresh), now)
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('spreads each timed span over its sentences by weight; anchored starts are exact', () => {
		const t = parseTranscript(md);
		const index = indexSentences(t);
		expect(index.length).toBe(4);
		expect(Array.from(index.section)).toEqual([0, 0, 0, 1]);
		expect(Array.from(index.block)).toEqual([0, 0, 1, 0]);
		expect(Array.from(index.sentence)).toEqual([0, 1, 0, 0]);
		expect([0, 1, 2].map((b) => firstSentence(index, 0, b))).toEqual([0, 2, undefined]);
		expect(firstSentence(index, 1, 0)).toBe(3);
		expect(firstSentence(index, 2, 0)).toBeUndefined();
		const times = timeSentences(t, index);
		expect(Array.from(times.time.slice(0, 3))).toEqual([0, 6.667, 13.333]);
		expect(times.time[3]).toBe(20);
		expect(Array.from(times.estimated)).toEqual([0, 1, 1, 0]);
	});
	it('runs the last span to the media end when the duration is known', () => {
		const t = parseTranscript(`${md}二句。`);
		const times = timeSentences(t, indexSentences(t), 40);
		expect(times.time[3]).toBe(20);
		expect(times.time[4]).toBeCloseTo(20 + (20 * 5.2) / 8.4, 2);
	});
	it('uses exact sentence times and keeps lookup keys non-decreasing', () => {
		const sections = withSentences([
			{
				id: 'a',
				title: 'A',
				level: 2,
				line: 1,
				anchor: null,
				blocks: [
					{
						kind: 'paragraph',
						text: 'a b',
						inlines: [{ kind: 'text', text: 'a b' }],
						line: 1,
						anchor: null,
						sentences: [
							{ from: 0, to: 2, time: 5, end: 6 },
							{ from: 2, to: 3, time: 4, end: 7 }
						]
					}
				]
			}
		]);
		const times = timeSentences({ sections, anchors: [] }, indexSentences({ sections }));
		expect(Array.from(times.time)).toEqual([5, 4]);
		expect(Array.from(times.starts)).toEqual([5, 5]);
		expect(Array.from(times.estimated)).toEqual([0, 0]);
	});
	it('weighs each sentence where it is made, as its text weighs; missing weights are computed', () => {
		const t = parseTranscript(`${md}Two words, then more. 再来一句！`);
		const source = (s: number, b: number) => inlineSource(t.sections[s]?.blocks[b]?.inlines ?? []);
		const all = t.sections.flatMap((s, si) =>
			s.blocks.flatMap((b, bi) => (b.sentences ?? []).map((x) => ({ x, text: source(si, bi) })))
		);
		expect(all.length).toBeGreaterThan(4);
		for (const { x, text } of all) expect(x.weight).toBe(speakingWeight(text.slice(x.from, x.to)));
		const bare = {
			...t,
			sections: t.sections.map((s) => ({
				...s,
				blocks: s.blocks.map((b) => ({
					...b,
					sentences: b.sentences?.map(({ from, to }) => ({ from, to }))
				}))
			}))
		};
		const index = indexSentences(t);
		expect(timeSentences(bare, index, 60)).toEqual(timeSentences(t, index, 60));
		// Sentences given without weights (cues, hand-built blocks) get them from `withSentences`.
		expect(withSentences(bare.sections)[1]?.blocks[0]?.sentences?.map((x) => x.weight)).toEqual(
			t.sections[1]?.blocks[0]?.sentences?.map((x) => x.weight)
		);
	});
	it('prepares a long transcript in slices, with the same index and times', async () => {
		const body = Array.from(
			{ length: 40 },
			(_, i) => `## P${i}\n\n${'一句话。Two words. '.repeat(400 + i)}\n\n### minor\n\nEnd ${i}.`
		).join('\n\n');
		const timeline = Array.from({ length: 40 }, (_, i) => `**(${i}:00)** P${i}`).join('\n');
		const make = () => parseTranscript(`# L\n\n${timeline}\n\n${body}`);
		const plain = make();
		const prepared = make();
		let pauses = 0;
		await prepareSentences(prepared, async () => {
			pauses++;
		});
		expect(pauses).toBeGreaterThan(2);
		const index = indexSentences(prepared);
		expect(index).toBe(indexSentences(prepared)); // kept, not built again
		expect(index).toEqual(indexSentences(plain));
		expect(index.length).toBeGreaterThan(30_000);
		expect(timeSentences(prepared, index, 3000)).toEqual(
			timeSentences(plain, indexSentences(plain), 3000)
		);
	});
	it('leaves sentences untimed when nothing is timed', () => {
		const t = parseTranscript('Just text. Two sentences.');
		const times = timeSentences(t, indexSentences(t));
		expect(times.time).toHaveLength(2);
		expect(Number.isNaN(times.time[0])).toBe(true);
	});
});
