/** Pairing a text with a timing file: chapters or captions give the times, the article the words. */
import { alignTimeline } from './align';
import { estimator } from './interpolate';
import {
	TranscriptError,
	type Anchor,
	type Cue,
	type Diagnostic,
	type Section,
	type TimelineEntry,
	type Transcript
} from './model';
import { formatTimecode } from './timecode';
import { inlineSource } from './timing';

const CHAPTER_FORMATS = new Set(['webvtt-chapters', 'podcast-chapters', 'chapter-list']);
const CAPTION_FORMATS = new Set(['webvtt', 'srt', 'lrc', 'podcast-transcript', 'whisper-json']);
const TOKEN =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Below this share of caption cues found in the article, the captions are taken as another language. */
export const MIN_MATCHED = 0.3;
/** How far ahead (in tokens) a cue may be found after the previous match. */
const WINDOW = 4000;

/** What a transcript can contribute to a pair. */
export function roleOf(t: Transcript): 'chapters' | 'captions' | 'text' {
	if (CHAPTER_FORMATS.has(t.format)) return 'chapters';
	if (CAPTION_FORMATS.has(t.format)) return 'captions';
	return 'text';
}

/** The matching tokens of a text: CJK characters one by one, other words lowercased. */
export function tokens(text: string): string[] {
	return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** Every cue (sentence with an exact time) of a captions transcript. */
export function cuesOf(t: Transcript): Cue[] {
	const out: Cue[] = [];
	for (const s of t.sections)
		for (const b of s.blocks) {
			const source = inlineSource(b.inlines);
			for (const sentence of b.sentences ?? []) {
				if (sentence.time === undefined) continue;
				out.push({
					start: sentence.time,
					end: sentence.end ?? sentence.time,
					text: source.slice(sentence.from, sentence.to).trim(),
					line: b.line,
					...(b.speaker ? { speaker: b.speaker } : {})
				});
			}
		}
	return out;
}

/** A rough language tag of a text: `zh` when CJK dominates, else `en`. */
function guessLanguage(text: string): string {
	let cjk = 0;
	let other = 0;
	for (const t of tokens(text.slice(0, 5000)))
		if (CJK.test(t)) cjk++;
		else other++;
	return cjk > other ? 'zh' : 'en';
}

/** Clears the text's own timing so that a paired file can time it. */
function untimed(sections: readonly Section[]): Section[] {
	return sections.map((s) => ({
		...s,
		anchor: null,
		blocks: s.blocks.map((b) => ({ ...b, anchor: null }))
	}));
}

/** Times the article's sections from a chapters transcript (titles matched fuzzily, in order). */
function withChapters(text: Transcript, chapters: Transcript, name: string): Transcript {
	const entries: TimelineEntry[] = chapters.timeline.map((e) => ({ ...e, anchor: null }));
	const aligned = alignTimeline(entries, untimed(text.sections));
	return {
		...text,
		timeline: aligned.timeline,
		sections: aligned.sections,
		anchors: aligned.anchors,
		diagnostics: [
			{
				level: 'info',
				message: `The times come from the chapters in “${name}”.`,
				code: 'times-from-chapters',
				params: { name }
			},
			...chapters.diagnostics.map((d) => ({ ...d, message: `${name}: ${d.message}`, file: name })),
			...aligned.diagnostics
		]
	};
}

/** First index in ascending `list` with a value ≥ `x`. */
function lowerBound(list: readonly number[], x: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((list[mid] ?? 0) < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Finds each cue's first words in the article tokens, in order: token offset → cue start time. */
export function matchCues(
	article: readonly string[],
	cues: readonly Cue[]
): { points: { offset: number; time: number }[]; tried: number; matched: number } {
	const grams = new Map<string, number[]>();
	for (let i = 0; i + 2 < article.length; i++) {
		const key = `${article[i]} ${article[i + 1]} ${article[i + 2]}`;
		const list = grams.get(key);
		if (list) list.push(i);
		else grams.set(key, [i]);
	}
	const points: { offset: number; time: number }[] = [];
	let cursor = 0;
	let tried = 0;
	let matched = 0;
	for (const cue of cues) {
		const words = tokens(cue.text);
		if (words.length < 3) continue;
		tried++;
		for (let j = 0; j + 2 < words.length && j < 4; j++) {
			const list = grams.get(`${words[j]} ${words[j + 1]} ${words[j + 2]}`);
			if (!list) continue;
			const at = list[lowerBound(list, cursor + j)];
			if (at === undefined || at - cursor > WINDOW) continue;
			points.push({ offset: at - j, time: cue.start });
			cursor = at + 1;
			matched++;
			break;
		}
	}
	return { points, tried, matched };
}

/** Times the article from captions of the same words; sentences that start where a cue starts get its exact time. */
function withCaptions(text: Transcript, cues: readonly Cue[], name: string): Transcript | null {
	const article: string[] = [];
	const sectionAt: number[] = [];
	const sentenceAt: number[][][] = [];
	const sections = untimed(text.sections);
	for (const s of sections) {
		sectionAt.push(article.length);
		sentenceAt.push(
			s.blocks.map((b) => {
				const source = inlineSource(b.inlines);
				return (b.sentences ?? []).map((sentence) => {
					const at = article.length;
					article.push(...tokens(source.slice(sentence.from, sentence.to)));
					return at;
				});
			})
		);
	}
	const { points, tried, matched } = matchCues(article, cues);
	if (!tried || matched / tried < MIN_MATCHED) return null;
	const exact = new Map(points.map((p) => [p.offset, p.time]));
	const estimate = estimator(points);
	const anchors: Anchor[] = [];
	const timeline: TimelineEntry[] = [];
	sections.forEach((s, k) => {
		const offset = sectionAt[k] ?? 0;
		const own = exact.get(offset);
		const time = own ?? estimate(offset);
		s.blocks = s.blocks.map((b, bi) =>
			b.sentences
				? {
						...b,
						sentences: b.sentences.map((sentence, si) => {
							const t = exact.get(sentenceAt[k]?.[bi]?.[si] ?? -1);
							return t === undefined ? sentence : { ...sentence, time: t };
						})
					}
				: b
		);
		if (time === null) return;
		const rounded = Math.round(time * 1000) / 1000;
		timeline.push({
			time: rounded,
			label: formatTimecode(rounded, { fraction: true }),
			title: s.title,
			line: s.line,
			anchor: null
		});
		anchors.push({
			time: rounded,
			section: k,
			block: null,
			entry: timeline.length - 1,
			estimated: own === undefined
		});
	});
	anchors.sort((a, b) => a.time - b.time || a.section - b.section);
	anchors.forEach((a, i) => {
		const s = sections[a.section];
		if (s) s.anchor = i;
		const e = a.entry === null ? undefined : timeline[a.entry];
		if (e) e.anchor = i;
	});
	const order = timeline.map((e, i) => ({ e, i })).sort((a, b) => a.e.time - b.e.time || a.i - b.i);
	const remap = new Map(order.map((x, k) => [x.i, k]));
	for (const a of anchors) if (a.entry !== null) a.entry = remap.get(a.entry) ?? null;
	const diagnostics: Diagnostic[] = [
		{
			level: 'info',
			message: `The times come from the captions in “${name}”: ${matched} of ${tried} cues were found in the text.`,
			code: 'times-from-captions',
			params: { name, matched, tried }
		}
	];
	if (matched < tried)
		diagnostics.push({
			level: 'info',
			message: `${tried - matched} caption cue(s) of “${name}” matched no words of the text; the times between them were estimated.`,
			code: 'cues-unmatched',
			params: { name, count: tried - matched }
		});
	return {
		...text,
		sections,
		timeline: order.map((x) => x.e),
		anchors,
		diagnostics: [...diagnostics, ...text.diagnostics.filter((d) => d.level === 'error')]
	};
}

/** Pairs a transcript with a second file: chapters or same-language captions time it; other-language captions become the original track. */
export function pairTranscripts(
	first: { transcript: Transcript; name: string },
	second: { transcript: Transcript; name: string }
): Transcript {
	const roles = [first, second].map((f) => ({ ...f, role: roleOf(f.transcript) }));
	const text = roles.find((r) => r.role === 'text') ?? roles.find((r) => r.role === 'captions');
	const other = roles.find((r) => r !== text);
	if (!text || !other || other.role === 'text')
		throw new TranscriptError(
			`“${first.name}” and “${second.name}” are both texts without times. To pair, open a text with a captions or chapters file (.vtt, .srt, .lrc, .json, or a chapter list).`,
			undefined,
			{ code: 'two-texts', params: { first: first.name, second: second.name } }
		);
	if (other.role === 'chapters') return withChapters(text.transcript, other.transcript, other.name);
	const cues = cuesOf(other.transcript);
	const timed = text.role === 'text' ? withCaptions(text.transcript, cues, other.name) : null;
	if (timed) return timed;
	const language = guessLanguage(cues.map((c) => c.text).join(' '));
	return {
		...text.transcript,
		original: { language, cues },
		diagnostics: [
			{
				level: 'info',
				message: `The captions in “${other.name}” do not follow the words of the text (another language?): they are shown beside it as the original track.`,
				code: 'captions-original',
				params: { name: other.name }
			},
			...text.transcript.diagnostics
		]
	};
}
