import { describe, expect, it } from 'vitest';
import { parseTranscript } from './formats';
import type { Cue, Inline, Transcript } from './model';
import { cueLoop, findCue, sentenceLoop, termLoop, textToSourceOffset } from './term-loop';
import { extractTerms } from './terms';
import { estimateTime } from './terms-time';
import { firstSentence, indexSentences, inlineSource, timeSentences } from './timing';

const md = [
	'# Test',
	'',
	'# Timeline',
	'',
	'**(00:00)** Opening',
	'',
	'**(00:20)** Models',
	'',
	'**(00:35)** Closing',
	'',
	'# Transcript',
	'',
	'## Opening',
	'',
	'我们先聊聊天气，今天很好。然后再说别的事情，好吗？',
	'',
	'## Models',
	'',
	'今天我们谈模型。Omni(全方位)是一个**新的**模型，Logan Bartlett 问了很多问题。最后是结束语，谢谢大家的收听和支持，我们下次再见。',
	'',
	'## Closing',
	'',
	'谢谢。'
].join('\n');

const t = parseTranscript(md, 'test.md');
const sentences = indexSentences(t);
const clock = { transcript: t, sentences, times: timeSentences(t, sentences, 90), duration: 90 };
const terms = extractTerms(t);
const omni = terms.find((x) => x.key === 'omni')!;
const logan = terms.find((x) => x.key === 'logan bartlett')!;

describe('textToSourceOffset', () => {
	it('maps block.text offsets past collapsed whitespace and image alts to inline-source offsets', () => {
		const inlines: Inline[] = [
			{ kind: 'text', text: '  A  b' },
			{ kind: 'image', alt: 'pic', src: 'x.png' },
			{ kind: 'strong', text: ' c\n d ' }
		];
		// block.text = 'A bpic c d', inline source = '  A  b c\n d '
		const text = 'A bpic c d';
		const source = inlineSource(inlines);
		for (const k of [0, 2, 7, 9]) {
			expect(source[textToSourceOffset(inlines, k)], String(k)).toBe(text[k]);
		}
		// An image's alt sits where the image is; past the end is the end.
		expect(textToSourceOffset(inlines, 3)).toBe(6);
		expect(textToSourceOffset(inlines, text.length)).toBe(source.length);
	});
});

describe('sentenceLoop', () => {
	it('loops the sentence holding the term, from its start to the next sentence', () => {
		const o = omni.occurrences.find((x) => x.block !== null)!;
		const loop = sentenceLoop(clock, o)!;
		const first = firstSentence(sentences, o.section, o.block!)!;
		// The term is in the block's second sentence (the first is 今天我们谈模型。).
		const start = clock.times.time[first + 1]!;
		const next = clock.times.time[first + 2]!;
		expect(loop.via).toBe('sentence');
		expect(loop.time).toBe(start);
		expect(start).toBeGreaterThan(20);
		expect(loop.start).toBeCloseTo(start - 0.3, 5); // estimated start: a short lead-in
		expect(loop.end).toBe(next);
		// Both terms of that sentence share its window; the character estimate differs.
		const l = sentenceLoop(clock, logan.occurrences[0]!)!;
		expect(l).toEqual(loop);
		expect(estimateTime(t, logan.occurrences[0]!)).not.toBe(loop.time);
	});

	it('clamps to 1.5–12 s and keeps a term of a long sentence inside the window', () => {
		const long = [
			'# T',
			'',
			'# Timeline',
			'',
			'**(00:00)** A',
			'',
			'**(01:40)** B',
			'',
			'# Transcript',
			'',
			'## A',
			'',
			'这是一个非常长的句子没有任何标点一直说下去说了很久很久很久的时间最后才提到 Omni 这个词',
			'',
			'## B',
			'',
			'好。'
		].join('\n');
		const lt = parseTranscript(long, 'l.md');
		const li = indexSentences(lt);
		const c = { transcript: lt, sentences: li, times: timeSentences(lt, li) };
		const term = extractTerms(lt).find((x) => x.key === 'omni')!;
		const loop = sentenceLoop(c, term.occurrences[0]!)!;
		expect(loop.end - loop.start).toBeCloseTo(12, 5);
		expect(loop.end).toBeLessThanOrEqual(100);
		expect(loop.start).toBeGreaterThan(60); // the term is near the end of a 100 s sentence
	});

	it('gives null for headings and untimed sentences (the caller falls back)', () => {
		expect(sentenceLoop(clock, { section: 1, block: null, offset: 0 })).toBeNull();
		const untimed = { ...clock, times: { ...clock.times, time: clock.times.time.map(() => NaN) } };
		expect(sentenceLoop(untimed, omni.occurrences[0]!)).toBeNull();
		const loop = termLoop(untimed, omni.occurrences[0]!, 'Omni')!;
		expect(loop.via).toBe('estimate');
		expect(loop.time).toBe(estimateTime(t, omni.occurrences[0]!));
	});
});

const cues: Cue[] = [
	{ start: 2, end: 5, text: 'Omnibus services are not what we mean.', line: 1 },
	{ start: 21, end: 23.5, text: 'We call it OMNI, the all-round model.', line: 2 },
	{ start: 24, end: 27, text: 'Logan Bartlett asked a lot of questions.', line: 3 },
	{ start: 200, end: 203, text: 'Omni again, much later.', line: 4 },
	{ start: 300, end: 300, text: 'Somni logan-bartlett omni', line: 5 },
	{ start: 302, end: 305, text: 'The end.', line: 6 }
];

describe('findCue / cueLoop', () => {
	it('finds the whole-word form near the estimate, case-insensitive', () => {
		expect(findCue(cues, 'Omni', 22)?.line).toBe(2);
		expect(findCue(cues, 'omni', 190)?.line).toBe(4);
		expect(findCue(cues, 'Logan Bartlett', 20)?.line).toBe(3);
	});

	it('searches anywhere when nothing is within 60 s, and returns null when absent', () => {
		expect(findCue(cues, 'Omni', 500)?.line).toBe(5);
		expect(findCue(cues, 'Omni', 120)?.line).toBe(4);
		expect(findCue(cues, 'Altman', 20)).toBeNull();
		expect(findCue(cues, 'Omnibus', null)?.line).toBe(1);
	});

	it('loops the cue, ending at the next cue when it has no length, at least 1.5 s', () => {
		expect(cueLoop(cues, cues[1]!)).toEqual({ start: 21, end: 23.5, time: 21, via: 'cue' });
		expect(cueLoop(cues, cues[4]!)).toEqual({ start: 300, end: 302, time: 300, via: 'cue' });
		const short: Cue = { start: 1, end: 1.2, text: 'Omni', line: 1 };
		expect(cueLoop([short], short).end).toBeCloseTo(2.5, 5);
	});

	it('termLoop prefers the original track’s cue over the sentence estimate', () => {
		const withTrack: Transcript = { ...t, original: { language: 'en', cues } };
		const c = { ...clock, transcript: withTrack };
		const o = omni.occurrences.find((x) => x.block !== null)!;
		expect(termLoop(c, o, omni.latin)).toEqual({ start: 21, end: 23.5, time: 21, via: 'cue' });
		expect(termLoop(c, logan.occurrences[0]!, logan.latin)?.start).toBe(24);
		// Not said in the captions: the sentence's times.
		const noTerm = { ...clock, transcript: { ...t, original: { language: 'en', cues: [] } } };
		expect(termLoop(noTerm, o, omni.latin)?.via).toBe('sentence');
	});
});
