/** WebVTT (captions and `kind: chapters`) and SRT, read with media-captions; voice tags become speakers. */
import { parseText, tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import { TranscriptError, type Diagnostic, type Transcript } from '../model';
import { roundMs } from '../timecode';
import { buildCueTranscript, orderCues, titleFromName, type TimedCue } from './cues';

const ARROW = '-->';
const SRT_TAGS = /\{\\[^}]*\}/g;
const NAME_PREFIX = /^([A-Z\p{Lu}][\p{L}.'’ -]{0,30}?):\s+(\S.*)$/u;

/** Plain text and first voice of a cue's parsed nodes. */
function flatten(nodes: readonly VTTNode[]): { text: string; voice?: string } {
	let text = '';
	let voice: string | undefined;
	const walk = (list: readonly VTTNode[]): void => {
		for (const n of list) {
			if (n.type === 'text') text += n.data;
			else {
				if (n.type === 'v' && voice === undefined && n.voice.trim()) voice = n.voice.trim();
				if (n.type !== 'rt') walk(n.children);
			}
		}
	};
	walk(nodes);
	return { text: text.replace(/\s+/g, ' ').trim(), ...(voice ? { voice } : {}) };
}

/** Maps cue ids back to source lines: the line of each timing line, in order. */
function timingLines(lines: readonly string[]): number[] {
	const out: number[] = [];
	lines.forEach((l, i) => {
		if (l.includes(ARROW)) out.push(i + 1);
	});
	return out;
}

/** Converts parsed cues to timed cues with speakers. */
function toTimed(cues: readonly VTTCue[], lines: readonly number[], srt: boolean): TimedCue[] {
	const out: TimedCue[] = [];
	cues.forEach((cue, i) => {
		const source = srt ? cue.text.replace(SRT_TAGS, '') : cue.text;
		const { text, voice } = flatten(tokenizeVTTCue(Object.assign(cue, { text: source })));
		let speaker = voice;
		let body = text;
		const named = srt && !voice ? NAME_PREFIX.exec(text) : null;
		if (named?.[1] && named[2] && named[1].split(' ').length <= 3) {
			speaker = named[1].trim();
			body = named[2];
		}
		if (!body) return;
		// media-captions adds the fields of a time (1 + 0.511 is 1.5110000000000001): the file's times
		// are whole milliseconds, so keep them as written.
		const start = roundMs(cue.startTime);
		out.push({
			start,
			end: Math.max(start, roundMs(cue.endTime)),
			text: body,
			line: lines[i] ?? 1,
			...(speaker ? { speaker } : {})
		});
	});
	return out;
}

/** Rewrites SRT habits in a WebVTT file (comma fractions, `0:00:01` hours) and notes each fix. */
function loosenVtt(lines: string[], diagnostics: Diagnostic[]): void {
	let fixed = 0;
	let first = 0;
	lines.forEach((l, i) => {
		if (!l.includes(ARROW) || !/\d,\d/.test(l)) return;
		lines[i] = l.replace(/(\d),(\d{1,3})\b/g, '$1.$2');
		if (!fixed++) first = i + 1;
	});
	if (fixed)
		diagnostics.push({
			level: 'info',
			message: `${fixed} timing line(s) used SRT-style commas (“00:00:01,500”) where WebVTT has a full stop; they were read anyway.`,
			line: first,
			code: 'srt-commas',
			params: { count: fixed }
		});
}

/** Inserts the blank lines sloppy SRT files leave out before a cue number or a timing line. */
function loosenSrt(lines: string[]): string[] {
	const out: string[] = [];
	lines.forEach((l, i) => {
		const prev = out.at(-1) ?? '';
		if (l.includes(ARROW)) {
			const numbered = /^\s*\d+\s*$/.test(prev);
			const beforeNumber = out.at(-2) ?? '';
			if (numbered && beforeNumber.trim()) out.splice(out.length - 1, 0, '');
			else if (!numbered && prev.trim() && i > 0) out.push('');
		}
		out.push(l);
	});
	return out;
}

/** True when a WebVTT file is a chapters track (a `Kind: chapters` header or a name that says so). */
function isChapters(meta: Record<string, unknown>, fileName?: string): boolean {
	const kind = Object.entries(meta).find(([k]) => k.toLowerCase() === 'kind')?.[1];
	return (
		(typeof kind === 'string' && kind.trim().toLowerCase() === 'chapters') ||
		/chapters?\b/i.test(fileName ?? '')
	);
}

/** Reads WebVTT or SRT text (`kind` picks the dialect) into a transcript. */
export async function parseCaptions(
	text: string,
	kind: 'vtt' | 'srt',
	fileName?: string
): Promise<Transcript> {
	const diagnostics: Diagnostic[] = [];
	let lines = text.replace(/^\uFEFF/, '').split('\n');
	const stampLines = timingLines(lines);
	if (kind === 'vtt') {
		if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? ''))
			throw new TranscriptError(
				`This is not a WebVTT file: line 1 must start with “WEBVTT”, but it reads “${(lines[0] ?? '').slice(0, 40)}”. Add the WEBVTT line, or save it as .srt if it is SRT.`,
				1,
				{ code: 'vtt-header', params: { first: (lines[0] ?? '').slice(0, 40) } }
			);
		loosenVtt(lines, diagnostics);
	} else lines = loosenSrt(lines);
	const result = await parseText(lines.join('\n'), { type: kind, errors: true });
	for (const e of result.errors)
		diagnostics.push({
			level: 'warning',
			message: `${e.message.replace(/ on line \d+$/, '')}; that part was skipped.`,
			line: e.line,
			code: 'caption-skipped',
			params: { detail: e.message.replace(/ on line \d+$/, '') }
		});
	const timed = orderCues(toTimed(result.cues, stampLines, kind === 'srt'), diagnostics);
	if (!timed.length)
		throw new TranscriptError(
			`No cues were found in this ${kind === 'vtt' ? 'WebVTT' : 'SRT'} file: each cue needs a timing line such as “00:00:01.000 --> 00:00:04.000” followed by its text.`,
			undefined,
			{ code: 'no-cues', params: { kind: kind === 'vtt' ? 'WebVTT' : 'SRT' } }
		);
	const title = titleFromName(fileName, kind === 'vtt' ? 'Captions' : 'Subtitles');
	if (kind === 'vtt' && isChapters(result.metadata, fileName))
		return buildCueTranscript([], {
			title,
			format: 'webvtt-chapters',
			chapters: timed.map((c) => ({ time: c.start, title: c.text, line: c.line })),
			diagnostics
		});
	return buildCueTranscript(timed, {
		title,
		format: kind === 'vtt' ? 'webvtt' : 'srt',
		diagnostics
	});
}
