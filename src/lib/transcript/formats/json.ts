/** JSON: Podcasting 2.0 chapters and transcripts, and Whisper output (segments with start/end/text). */
import { TranscriptError, type Diagnostic, type Transcript } from '../model';
import { buildCueTranscript, orderCues, titleFromName, type Chapter, type TimedCue } from './cues';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A finite non-negative number from a JSON value (numbers, or numeric strings), else null. */
function time(v: unknown): number | null {
	const n = typeof v === 'string' && v.trim() ? Number(v) : v;
	return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
}

/** The 1-based line of the `n`th occurrence of `"key"` in the text (for diagnostics). */
function lineFinder(text: string, key: string): (n: number) => number {
	const lines: number[] = [];
	let line = 1;
	let from = 0;
	const needle = `"${key}"`;
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		for (let i = from; i < at; i++) if (text.charCodeAt(i) === 10) line++;
		from = at;
		lines.push(line);
	}
	return (n) => lines[n] ?? 1;
}

/** Parses JSON, or throws a TranscriptError naming the line of the syntax error. */
function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const pos = /position (\d+)/.exec(String(error))?.[1];
		const line = pos === undefined ? undefined : text.slice(0, Number(pos)).split('\n').length;
		throw new TranscriptError(
			`This JSON file is not valid JSON${line ? ` (near line ${line})` : ''}: check for a missing comma or quote.`,
			line,
			{ code: 'json-syntax', params: line ? { line } : {} }
		);
	}
}

/** Reads Podcasting 2.0 chapters `{ chapters: [{ startTime, title, toc }] }`. */
function chapters(doc: Json, text: string, fileName?: string): Transcript {
	const diagnostics: Diagnostic[] = [];
	const lineOf = lineFinder(text, 'startTime');
	const list: Chapter[] = [];
	(doc.chapters as unknown[]).forEach((c, i) => {
		const line = lineOf(i);
		const start = isObject(c) ? time(c.startTime) : null;
		if (!isObject(c) || start === null) {
			diagnostics.push({
				level: 'warning',
				message: `Chapter ${i + 1} has no valid startTime (seconds); it was left out.`,
				line,
				code: 'json-chapter-no-start',
				params: { n: i + 1 }
			});
			return;
		}
		const title = typeof c.title === 'string' ? c.title.trim() : '';
		list.push({ time: start, title: title || `Chapter ${i + 1}`, line, hidden: c.toc === false });
	});
	if (!list.length)
		throw new TranscriptError(
			'This chapters file lists no chapter with a startTime: each chapter needs “startTime” in seconds.',
			undefined,
			{ code: 'no-json-chapters' }
		);
	const title =
		(typeof doc.title === 'string' && doc.title.trim()) || titleFromName(fileName, 'Chapters');
	return buildCueTranscript([], { title, format: 'podcast-chapters', chapters: list, diagnostics });
}

/** Reads segments (`{speaker, startTime, endTime, body}` or Whisper's `{start, end, text}`). */
function segments(doc: Json, text: string, fileName?: string): Transcript {
	const diagnostics: Diagnostic[] = [];
	const whisper = !('body' in ((doc.segments as unknown[])[0] as Json));
	const lineOf = lineFinder(text, whisper ? 'start' : 'startTime');
	const cues: TimedCue[] = [];
	(doc.segments as unknown[]).forEach((s, i) => {
		const line = lineOf(i);
		if (!isObject(s)) return;
		const start = time(whisper ? s.start : s.startTime);
		const end = time(whisper ? s.end : s.endTime);
		const body = whisper ? s.text : s.body;
		if (start === null || typeof body !== 'string') {
			diagnostics.push({
				level: 'warning',
				message: `Segment ${i + 1} has no ${whisper ? 'start or text' : 'startTime or body'}; it was left out.`,
				line,
				code: 'json-segment-missing',
				params: { n: i + 1, fields: whisper ? 'start / text' : 'startTime / body' }
			});
			return;
		}
		const words = body.replace(/\s+/g, ' ').trim();
		if (!words) return;
		const speaker =
			typeof s.speaker === 'string' && s.speaker.trim() ? s.speaker.trim() : undefined;
		cues.push({
			start,
			end: end !== null && end >= start ? end : start,
			text: words,
			line,
			...(speaker ? { speaker } : {})
		});
	});
	const ordered = orderCues(cues, diagnostics, 'Segment');
	if (!ordered.length)
		throw new TranscriptError(
			'This transcript JSON has no segment with a time and text: each needs “startTime” and “body”.',
			undefined,
			{ code: 'no-segments' }
		);
	return buildCueTranscript(ordered, {
		title: titleFromName(fileName, 'Transcript'),
		format: whisper ? 'whisper-json' : 'podcast-transcript',
		diagnostics
	});
}

/** Reads a JSON chapters or transcript file. */
export function parseJsonTranscript(text: string, fileName?: string): Transcript {
	const doc = parseJson(text);
	if (isObject(doc) && Array.isArray(doc.chapters)) return chapters(doc, text, fileName);
	if (isObject(doc) && Array.isArray(doc.segments) && isObject(doc.segments[0]))
		return segments(doc, text, fileName);
	throw new TranscriptError(
		'This JSON file is neither Podcasting 2.0 chapters (“chapters”: […]) nor a transcript (“segments”: […]); Tandem reads those two.',
		undefined,
		{ code: 'unknown-json' }
	);
}
