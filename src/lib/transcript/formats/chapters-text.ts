/** A plain chapter list, as in a YouTube description: `0:00 Intro`, `00:00 - Title`, `Title 0:00`, prose around it. */
import { TranscriptError, type Diagnostic, type Transcript } from '../model';
import { parseTimecode } from '../timecode';
import { buildBlocks, parseHeadingLine } from './blocks';
import { buildCueTranscript, titleFromName, type Chapter } from './cues';
import { parseTimestampLine } from './timeline-line';

const TRAILING =
	/^\s*(?:[-*+]\s+)?(.*?\S)\s*(?:[-–—|:]\s*)?[([]?(\d{1,2}(?::\d{2}){1,2})[)\]]?\s*$/;

/** A chapter line either way round, or null. */
export function parseChapterLine(line: string): { time: number; title: string } | null {
	const first = parseTimestampLine(line);
	if (first) return { time: first.time, title: first.title };
	const m = TRAILING.exec(line);
	const t = m?.[2] ? parseTimecode(m[2]) : null;
	return t === null || !m?.[1] ? null : { time: t, title: m[1].replace(/[-–—|:]\s*$/, '').trim() };
}

/** The longest run (blank lines allowed) of chapter lines: 0-based line indexes with their chapters. */
function chapterRun(lines: readonly string[]): { index: number; time: number; title: string }[] {
	let best: { index: number; time: number; title: string }[] = [];
	let run: typeof best = [];
	lines.forEach((line, index) => {
		if (!line.trim()) return;
		const c = parseHeadingLine(line) ? null : parseChapterLine(line);
		if (c) run.push({ ...c, index });
		else {
			if (run.length > best.length) best = run;
			run = [];
		}
	});
	return run.length > best.length ? run : best;
}

/** True when some line of `text` passes `test` (lines are cut one by one, up to the first that does). */
function someLine(text: string, test: (line: string) => boolean): boolean {
	for (let from = 0; from <= text.length;) {
		const end = text.indexOf('\n', from);
		const to = end < 0 ? text.length : end;
		if (test(text.slice(from, to))) return true;
		from = to + 1;
	}
	return false;
}

/** Confidence that a text is a chapter list: a run of ≥ 3 chapter lines and no Markdown headings. */
export function detectChapterList(text: string): number {
	// A Markdown transcript is told apart at its first heading, without cutting the whole text into lines.
	if (someLine(text, (l) => parseHeadingLine(l) !== null)) return 0;
	if (someLine(text, (l) => /^\s*\*\*\(\d/.test(l))) return 0; // the seed's own timeline style
	return chapterRun(text.split('\n')).length >= 3 ? 0.5 : 0;
}

/** Reads a chapter list (with any prose around it kept as front matter); reports YouTube's chapter rules. */
export function parseChapterList(text: string, fileName?: string): Transcript {
	const lines = text.split('\n');
	const run = chapterRun(lines);
	if (run.length < 2)
		throw new TranscriptError(
			'No chapter list was found: put one chapter per line, such as “0:00 Intro” or “Intro 0:00”.',
			undefined,
			{ code: 'no-chapter-list' }
		);
	const diagnostics: Diagnostic[] = [];
	const chapters: Chapter[] = run.map((c) => ({ time: c.time, title: c.title, line: c.index + 1 }));
	if (chapters[0] && chapters[0].time !== 0)
		diagnostics.push({
			level: 'info',
			message: 'The first chapter does not start at 0:00 (YouTube requires that).',
			line: chapters[0].line,
			code: 'yt-first-not-zero'
		});
	chapters.forEach((c, k) => {
		const next = chapters[k + 1];
		if (next && next.time > c.time && next.time - c.time < 10)
			diagnostics.push({
				level: 'info',
				message: `Chapter “${c.title}” lasts under 10 seconds (YouTube requires at least 10).`,
				line: c.line,
				code: 'yt-short-chapter',
				params: { title: c.title }
			});
	});
	const skip = new Set(run.map((c) => c.index));
	const front = buildBlocks(lines, 0, lines.length, skip);
	const transcript = buildCueTranscript([], {
		title: titleFromName(fileName, 'Chapters'),
		format: 'chapter-list',
		chapters,
		diagnostics
	});
	return { ...transcript, front };
}
