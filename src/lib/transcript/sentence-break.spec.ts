import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './formats';
import { fastSentences, fastSentenceSpans, knownSentenceChars } from './sentence-break';
import { speakingWeight } from './speaking-weight';
import { inlineSource, segmentWithIntl } from './timing';

const interview = readFileSync(
	fileURLToPath(new URL('../../../static/transcripts/interview.md', import.meta.url)),
	'utf8'
);

/** Every prose block's inline text of a transcript. */
function proseTexts(markdown: string): string[] {
	const t = parseTranscript(markdown, 'x.md');
	return [...t.front, ...t.sections.flatMap((s) => s.blocks), ...t.back]
		.filter((b) => b.kind === 'paragraph' || b.kind === 'list')
		.map((b) => inlineSource(b.inlines));
}

const known = knownSentenceChars();
const cjk = known.replace(/[^\u3400-\u9fff]/g, '');
/** The known characters minus most ideographs (they all behave alike), plus a few it must refuse. */
const alphabet = [
	...known.replace(/[\u3400-\u9fff]/g, ''),
	...cjk.slice(0, 40),
	'é',
	'\t',
	'😀',
	'\u0301'
];

const ENGLISH = [
	'Dr. Smith went to Washington. He said "Hello!" Then he left... Did he? Yes.',
	'The U.S.A. is big. The value is 3.14 and e.g. this. Etc. and so on. (Really.) OK',
	"It's fine, she said: no. Wait - what? 'Quoted.' [Bracketed!] Next.",
	'Numbers: 1. 2. 3. A list. a. b. c. Done.Done. done.done',
	'Ends with spaces.   And ends.  ',
	'   ',
	'...',
	'?! What?! Really?!? "Yes." (no)'
];
const MIXED = [
	'你好。今天天气很好！Yes. It is.',
	'他说：“我们走吧。”然后离开了。GPT-4 很强。OpenAI 的模型，比如 o1。还有呢？',
	'第一句话。 第二句话！ 第三句？（括号。）《书名》。',
	'“引号里的句子。”后面的句子。「日本語。」次。……省略号……结束。',
	'数字 3.14 和 1,000。版本 v2.0.1 发布了。Mr. 王来了。',
	'全角句点．之后。半角句点.之后。ideographic\u3000space。'
];

describe('fastSentenceSpans', () => {
	it('agrees with Intl.Segmenter on every paragraph of the bundled interview', () => {
		const texts = proseTexts(interview);
		let fast = 0;
		for (const text of texts) {
			const spans = fastSentenceSpans(text);
			if (spans) {
				fast++;
				expect(spans, text).toEqual(segmentWithIntl(text));
			}
		}
		// Most of the interview is read by the fast path (the rest falls back to Intl.Segmenter).
		expect(fast).toBeGreaterThan(texts.length * 0.8);
	});

	it('agrees with Intl.Segmenter on English and mixed Chinese–English text', () => {
		for (const text of [...ENGLISH, ...MIXED]) {
			const spans = fastSentenceSpans(text);
			expect(spans, text).not.toBeNull();
			expect(spans, text).toEqual(segmentWithIntl(text));
		}
	});

	it('agrees with Intl.Segmenter on any text of the characters it knows, and refuses others', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join('')),
				(text) => {
					const spans = fastSentenceSpans(text);
					if ([...text].some((ch) => !known.includes(ch))) expect(spans).toBeNull();
					else expect(spans).toEqual(segmentWithIntl(text));
				}
			),
			{ numRuns: 10_000 }
		);
	}, 60_000);

	it('agrees with Intl.Segmenter on generated sentences (words, abbreviations, quotes, numbers)', () => {
		const token = fc.constantFrom(
			...['The', 'word', 'a', 'I', 'U', 'S', 'e', 'g', '3', '14', '中文', '他', '是', 'GPT', 'o1'],
			...['.', '. ', '.. ', '!', '? ', '。', '！', '？', '．', '…', '...', ' ', '  ', '\u3000'],
			...['"', "'", '(', ')', '“', '”', '‘', '’', '「', '」', '《', '》', '（', '）', '[', ']'],
			...[',', ', ', ':', ';', '-', '—', '、', '，', '：', '；', '#', '%', '/', '*', '·']
		);
		fc.assert(
			fc.property(
				fc.array(token, { maxLength: 30 }).map((ts) => ts.join('')),
				(text) => {
					expect(fastSentenceSpans(text)).toEqual(segmentWithIntl(text));
				}
			),
			{ numRuns: 10_000 }
		);
	}, 60_000);

	it('agrees on every known character in every short context', () => {
		const probes = 'a A 1 . ! ? ( ” , 中 。'.split(' ');
		for (const ch of known.replace(/[\u3400-\u9fff]/g, '') + cjk.slice(0, 3))
			for (const before of probes)
				for (const after of probes)
					for (const text of [
						`${before}${ch}${after}`,
						`${before}.${ch}${after}`,
						`x${ch}. ${after}a`,
						`x. ${ch}${after}`,
						`x.${ch} a`,
						`x.${ch}`
					])
						expect(fastSentenceSpans(text), JSON.stringify(text)).toEqual(segmentWithIntl(text));
	}, 60_000);

	it('counts as words exactly the characters that are letters or digits', () => {
		for (const ch of known)
			expect(fastSentenceSpans(`x! ${ch}`)?.length, ch).toBe(/[\p{L}\p{N}]/u.test(ch) ? 2 : 1);
	});
});

describe('fastSentences', () => {
	it('weighs each sentence as speakingWeight weighs its span (joined pieces too), in the same pass', () => {
		const token = fc.constantFrom(
			...['The', 'word', 'a', 'U', 'S', '3', '中文', '他', 'GPT', 'o1', '…', '...', '!', '?'],
			...['.', '. ', '!', '? ', '。', '！', '？', '．', ' ', '\u3000', '"', '”', '（', '）', ')'],
			...[',', ', ', ':', ';', '-', '—', '–', '、', '，', '：', '；', '#', '·', '～', '«', '»']
		);
		fc.assert(
			fc.property(
				fc.array(token, { maxLength: 30 }).map((ts) => ts.join('')),
				(text) => {
					const sentences = fastSentences(text);
					expect(sentences?.map(({ from, to }) => ({ from, to }))).toEqual(segmentWithIntl(text));
					for (const s of sentences ?? [])
						expect(s.weight, JSON.stringify(text.slice(s.from, s.to))).toBe(
							speakingWeight(text, s.from, s.to)
						);
				}
			),
			{ numRuns: 10_000 }
		);
		// A piece without a letter joins the sentence before, and is weighed with it ("!…" is one pause).
		expect(fastSentences('Hi!…')).toEqual([{ from: 0, to: 4, weight: speakingWeight('Hi!…') }]);
		expect(speakingWeight('Hi!…')).toBeLessThan(speakingWeight('Hi!') + speakingWeight('…'));
	}, 60_000);
});
