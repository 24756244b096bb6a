/** Formats out: the aligned timeline as WebVTT chapters, Podcasting 2.0 JSON chapters or seed-style Markdown; sentences as WebVTT captions. */
import type { Transcript } from './model';
import { formatTimecode } from './timecode';
import { inlineSource, type SentenceIndex, type SentenceTimes } from './timing';

/** One exported file, ready to download. */
export interface ExportedFile {
	/** Suggested file name. */
	name: string;
	/** MIME type. */
	type: string;
	/** The file's text. */
	text: string;
}

/** What can be exported. */
export type ExportKind = 'vtt-chapters' | 'json-chapters' | 'markdown' | 'vtt-captions';

/** A chapter of the export: a title and its start. */
export interface ExportChapter {
	/** Start in seconds. */
	time: number;
	/** Title, whitespace collapsed. */
	title: string;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The chapters to export: every timed section (heading and time), or the timeline entries when no section is timed. */
export function exportChapters(
	t: Pick<Transcript, 'sections' | 'anchors' | 'timeline'>
): ExportChapter[] {
	const sections = t.sections.flatMap((s) => {
		const a = s.anchor === null ? undefined : t.anchors[s.anchor];
		return a ? [{ time: a.time, title: oneLine(s.title) }] : [];
	});
	const list = sections.length
		? sections
		: t.timeline.map((e) => ({ time: e.time, title: oneLine(e.title) }));
	return list.sort((a, b) => a.time - b.time);
}

/** `hh:mm:ss.mmm`, as WebVTT writes times. */
export function vttTime(sec: number): string {
	const ms = Math.max(0, Math.round(sec * 1000));
	const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
	return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Escapes cue text for WebVTT (`&`, `<`, `>`, and the `-->` arrow). */
function vttText(s: string): string {
	return oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** End of the last part: the media's end when known and later, else one minute on. */
function lastEnd(start: number, duration?: number): number {
	return duration !== undefined && Number.isFinite(duration) && duration > start
		? duration
		: start + 60;
}

/** The chapters as a WebVTT `kind: chapters` file. */
export function toVttChapters(chapters: readonly ExportChapter[], duration?: number): string {
	const cues = chapters.map((c, i) => {
		const end = chapters[i + 1]?.time ?? lastEnd(c.time, duration);
		return `${i + 1}\n${vttTime(c.time)} --> ${vttTime(Math.max(end, c.time + 0.001))}\n${vttText(c.title) || `Chapter ${i + 1}`}`;
	});
	return `WEBVTT\nKind: chapters\n\n${cues.join('\n\n')}\n`;
}

/** The chapters as Podcasting 2.0 JSON chapters (version 1.2.0). */
export function toJsonChapters(chapters: readonly ExportChapter[], title?: string): string {
	return `${JSON.stringify(
		{
			version: '1.2.0',
			...(title ? { title } : {}),
			chapters: chapters.map((c) => ({ startTime: c.time, title: c.title }))
		},
		null,
		2
	)}\n`;
}

/** The transcript as a seed-style Markdown file: a `**(mm:ss)** title` timeline, then `##` sections with their text. */
export function toMarkdownTimeline(
	t: Pick<Transcript, 'title' | 'sections' | 'anchors' | 'timeline'>
): string {
	const chapters = exportChapters(t);
	const out: string[] = [`# ${oneLine(t.title) || 'Transcript'}`, ''];
	const stamp = (time: number): string => formatTimecode(time, { fraction: true });
	// A timeline needs two lines at least; a lone time goes into its heading (`## 01:44 Title`).
	const lone = chapters.length === 1 ? chapters[0] : undefined;
	if (!lone) for (const c of chapters) out.push(`**(${stamp(c.time)})** ${c.title}`);
	out.push('');
	for (const s of t.sections) {
		const title = oneLine(s.title);
		out.push(`## ${lone && lone.title === title ? `${stamp(lone.time)} ` : ''}${title}`, '');
		for (const b of s.blocks) {
			if (!b.text.trim()) continue;
			const speaker = b.speaker ? `${b.speaker}: ` : '';
			out.push(
				b.kind === 'heading'
					? `### ${b.text}`
					: b.kind === 'list'
						? `- ${b.text}`
						: speaker + b.text,
				''
			);
		}
	}
	return `${out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trimEnd()}\n`;
}

/** Every timed sentence as a WebVTT caption cue, from its start to the next sentence (or its own exact end). */
export function toVttCaptions(
	t: Pick<Transcript, 'sections'>,
	index: SentenceIndex,
	times: SentenceTimes,
	duration?: number
): string {
	const cues: string[] = [];
	const timed: { start: number; text: string; end?: number }[] = [];
	for (let i = 0; i < index.length; i++) {
		const start = times.time[i];
		if (start === undefined || !Number.isFinite(start)) continue;
		const k = index.sentence[i] ?? -1;
		const block = t.sections[index.section[i] ?? -1]?.blocks[index.block[i] ?? -1];
		const sentence = block?.sentences?.[k];
		if (!block || !sentence) continue;
		const text = inlineSource(block.inlines).slice(sentence.from, sentence.to);
		const speaker = k === 0 && block.speaker ? block.speaker : undefined;
		timed.push({
			start,
			text: speaker ? `<v ${vttText(speaker)}>${vttText(text)}` : vttText(text),
			...(sentence.end !== undefined ? { end: sentence.end } : {})
		});
	}
	timed.forEach((c, i) => {
		const next = timed[i + 1]?.start;
		const end = c.end ?? next ?? lastEnd(c.start, duration);
		cues.push(`${vttTime(c.start)} --> ${vttTime(Math.max(end, c.start + 0.001))}\n${c.text}`);
	});
	return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** A file name from the transcript's title. */
function baseName(title: string): string {
	return (
		oneLine(title)
			.replace(/[\\/:*?"<>|]+/g, '')
			.slice(0, 80) || 'transcript'
	);
}

/** Builds the export file of the given kind. */
export function exportTranscript(
	kind: ExportKind,
	t: Transcript,
	sentences: { index: SentenceIndex; times: SentenceTimes },
	duration?: number
): ExportedFile {
	const base = baseName(t.title);
	switch (kind) {
		case 'vtt-chapters':
			return {
				name: `${base}.chapters.vtt`,
				type: 'text/vtt',
				text: toVttChapters(exportChapters(t), duration)
			};
		case 'json-chapters':
			return {
				name: `${base}.chapters.json`,
				type: 'application/json+chapters',
				text: toJsonChapters(exportChapters(t), oneLine(t.title))
			};
		case 'markdown':
			return { name: `${base}.md`, type: 'text/markdown', text: toMarkdownTimeline(t) };
		case 'vtt-captions':
			return {
				name: `${base}.vtt`,
				type: 'text/vtt',
				text: toVttCaptions(t, sentences.index, sentences.times, duration)
			};
	}
}
