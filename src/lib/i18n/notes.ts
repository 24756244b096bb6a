/**
 * Transcript notes in the reader's language. The core words each note in English and gives it a
 * code with its values; other languages word the code here (a note without a known code stays English).
 */
import type { Diagnostic } from '$lib/transcript/model';
import type { Lang } from './messages';
import { str, type Params } from './reasons';
const num = (p: Params, key: string): number => Number(p[key] ?? 0);

const NOUNS_ZH: Record<string, string> = {
	Cue: '字幕',
	Segment: '片段',
	Chapter: '章节',
	Line: '行'
};
const noun = (p: Params): string => NOUNS_ZH[str(p, 'noun')] ?? str(p, 'noun');

const entry = (p: Params): string =>
	`时间线条目“${str(p, 'title')}”（${str(p, 'label')}，第 ${str(p, 'line')} 行）`;

/** Each code's sentence in Chinese. */
const ZH: Record<string, (p: Params) => string> = {
	'cue-repeat': (p) => `${noun(p)}（${str(p, 'at')}）与前面一条的时间和文字都相同；重复的已删除。`,
	'cue-unordered': (p) => `${noun(p)}（${str(p, 'at')}）排在更晚的一条之后；已全部按时间排序。`,
	'srt-commas': (p) =>
		`有 ${str(p, 'count')} 行时间使用了 SRT 式的逗号（“00:00:01,500”），WebVTT 应使用句点；这些行仍已读取。`,
	'caption-skipped': (p) => `${str(p, 'detail')}；这部分已跳过。`,
	'lrc-offset-bad': (p) => `偏移量“${str(p, 'value')}”不是毫秒数；已忽略。`,
	'lrc-seconds-bad': (p) => `时间标记 ${str(p, 'stamp')} 的秒数为 ${str(p, 'seconds')}；已跳过。`,
	'lrc-no-stamp': (p) => `第 ${str(p, 'line')} 行没有时间标记；已略去。`,
	'lrc-unordered': (p) =>
		`第 ${str(p, 'line')} 行（${str(p, 'text')}）的时间早于上一行；各行已按时间排序。`,
	'lrc-offset': (p) =>
		`已应用文件的 [offset:${str(p, 'ms')}]：每一行都${num(p, 'seconds') > 0 ? '提前' : '推后'}了 ${Math.abs(num(p, 'seconds'))} 秒。`,
	'lrc-words': (p) =>
		`有 ${str(p, 'count')} 行带有逐字时间标记（增强 LRC）；按行计时，逐字标记不显示。`,
	'timeline-repeat': (p) =>
		`时间线第 ${str(p, 'line')} 行重复了第 ${str(p, 'twin')} 行（${str(p, 'label')} ${str(p, 'title')}）；重复的已删除。`,
	'timeline-same-time': (p) =>
		`时间线第 ${str(p, 'line')} 行与第 ${str(p, 'twin')} 行的时间相同（${str(p, 'label')}）；请检查其中一行。`,
	'timeline-unordered': (p) =>
		`时间线第 ${str(p, 'line')} 行（${str(p, 'label')}）早于上一行；时间线已按时间排序。`,
	'no-timeline': () =>
		'没有找到时间线，因此文字不带时间显示。要跟随媒体阅读，请添加“**(01:44)** 章节标题”或“01:44 章节标题”这样的行，或把时间写进标题（“## 01:44 章节标题”）。',
	'json-chapter-no-start': (p) => `第 ${str(p, 'n')} 个章节没有有效的 startTime（秒）；已略去。`,
	'json-segment-missing': (p) => `第 ${str(p, 'n')} 个片段缺少 ${str(p, 'fields')}；已略去。`,
	'yt-first-not-zero': () => '第一个章节不是从 0:00 开始的（YouTube 要求如此）。',
	'yt-short-chapter': (p) => `章节“${str(p, 'title')}”不足 10 秒（YouTube 要求至少 10 秒）。`,
	'entry-unmatched': (p) => `${entry(p)}没有匹配的标题或段落；它仍会列出，但不与正文关联。`,
	'entry-placed-heading': (p) =>
		`${entry(p)}没有足够接近的标题；已放在“${str(p, 'section')}”的标题处。`,
	'entry-placed-paragraph': (p) =>
		`${entry(p)}没有足够接近的标题；已放在“${str(p, 'section')}”中第 ${str(p, 'paragraph')} 行的段落处。`,
	'heading-untimed': (p) =>
		`标题“${str(p, 'title')}”（第 ${str(p, 'line')} 行）没有时间：没有时间线条目与之匹配，前后也没有带时间的内容。`,
	'heading-estimated': (p) =>
		`标题“${str(p, 'title')}”（第 ${str(p, 'line')} 行）没有时间线条目；其开始时间约为 ${str(p, 'at')}，是按文字长度估计的。`,
	'times-from-chapters': (p) => `时间取自“${str(p, 'name')}”中的章节。`,
	'times-from-captions': (p) =>
		`时间取自“${str(p, 'name')}”中的字幕：${str(p, 'tried')} 条字幕中有 ${str(p, 'matched')} 条在正文中找到。`,
	'cues-unmatched': (p) =>
		`“${str(p, 'name')}”中有 ${str(p, 'count')} 条字幕与正文的文字不匹配；它们之间的时间是估计的。`,
	'captions-original': (p) =>
		`“${str(p, 'name')}”中的字幕与正文的文字不对应（可能是另一种语言）：它们作为原文轨道显示在正文旁边。`
};

/** The codes worded here. */
export const NOTE_CODES: readonly string[] = Object.keys(ZH);

/** The note's sentence in `lang` (the core's English when `lang` is English or the code is unknown). */
export function noteText(note: Diagnostic, lang: Lang): string {
	const word = lang === 'zh' && note.code ? ZH[note.code] : undefined;
	if (!word) return note.message;
	const text = word(note.params ?? {});
	return note.file ? `${note.file}：${text}` : text;
}
