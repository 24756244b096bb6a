/** LRC lyrics: `[mm:ss.xx]` line stamps (several per line), `[offset:±ms]`, enhanced `<mm:ss.xx>` word stamps. */
import { TranscriptError, type Diagnostic, type Transcript } from '../model';
import { buildCueTranscript, orderCues, titleFromName, type TimedCue } from './cues';

const TAG = /^\[([a-z#]+):([^\]]*)\]\s*$/i;
const STAMP = /^\[(\d{1,3}):(\d{1,2})(?:[.:,](\d{1,3}))?\]/;
const WORD_STAMP = /<\d{1,3}:\d{1,2}(?:[.:,]\d{1,3})?>/g;

/** Seconds of an `mm`, `ss`, fraction triple. */
function seconds(mm: string, ss: string, frac: string | undefined): number {
	return Number(mm) * 60 + Number(ss) + (frac ? Number(`0.${frac}`) : 0);
}

/** True when the text looks like LRC: header tags or lines starting with `[mm:ss.xx]`. */
export function looksLikeLrc(text: string): boolean {
	const lines = text.split('\n', 60).filter((l) => l.trim());
	if (lines.some((l) => /^#{1,6}\s/.test(l))) return false;
	const stamped = lines.filter((l) => /^\[\d{1,3}:\d{2}[.:]\d{2,3}\]/.test(l.trim()));
	const tags = lines.filter((l) => /^\[(ti|ar|al|by|offset|length|re|ve|au):/i.test(l.trim()));
	return stamped.length >= 2 || (tags.length >= 1 && stamped.length >= 1);
}

/** Reads LRC text into a transcript of timed lines. */
export function parseLrc(text: string, fileName?: string): Transcript {
	const diagnostics: Diagnostic[] = [];
	const cues: TimedCue[] = [];
	let offset = 0;
	let title: string | null = null;
	let artist: string | null = null;
	let words = 0;
	let latest = -Infinity;
	const pauses: number[] = [];
	text.split('\n').forEach((raw, i) => {
		let line = raw.trim();
		if (!line) return;
		const tag = STAMP.test(line) ? null : TAG.exec(line);
		if (tag) {
			const [, key = '', value = ''] = tag;
			const k = key.toLowerCase();
			if (k === 'offset') {
				const ms = Number(value.trim());
				if (Number.isFinite(ms)) offset = ms / 1000;
				else
					diagnostics.push({
						level: 'warning',
						message: `The offset “${value}” is not a number of milliseconds; it was ignored.`,
						line: i + 1,
						code: 'lrc-offset-bad',
						params: { value }
					});
			} else if (k === 'ti') title = value.trim() || null;
			else if (k === 'ar') artist = value.trim() || null;
			return;
		}
		const times: number[] = [];
		for (let m = STAMP.exec(line); m; m = STAMP.exec(line)) {
			const [whole, mm = '0', ss = '0', frac] = m;
			if (Number(ss) >= 60)
				diagnostics.push({
					level: 'warning',
					message: `The stamp ${whole} has ${ss} seconds; it was skipped.`,
					line: i + 1,
					code: 'lrc-seconds-bad',
					params: { stamp: whole, seconds: ss }
				});
			else times.push(seconds(mm, ss, frac));
			line = line.slice(whole.length).trimStart();
		}
		if (!times.length) {
			diagnostics.push({
				level: 'warning',
				message: `Line ${i + 1} has no time stamp; it was left out.`,
				line: i + 1,
				code: 'lrc-no-stamp',
				params: { line: i + 1 }
			});
			return;
		}
		if (WORD_STAMP.test(line)) words++;
		const body = line.replace(WORD_STAMP, '').replace(/\s+/g, ' ').trim();
		if (!body) {
			pauses.push(...times); // an empty stamped line marks the end of the line before
			return;
		}
		if (times[0] !== undefined && times[0] < latest)
			diagnostics.push({
				level: 'warning',
				message: `Line ${i + 1} (${body.slice(0, 30)}) is stamped earlier than the line before it; the lines were sorted by time.`,
				line: i + 1,
				code: 'lrc-unordered',
				params: { line: i + 1, text: body.slice(0, 30) }
			});
		latest = Math.max(latest, times[0] ?? latest);
		for (const t of times) cues.push({ start: t, end: t, text: body, line: i + 1 });
	});
	if (!cues.length)
		throw new TranscriptError(
			'No timed lines were found in this LRC file: each lyric line needs a stamp such as “[01:23.45]”.',
			undefined,
			{ code: 'no-lrc-lines' }
		);
	// A positive offset makes the lyrics appear earlier.
	const shifted = cues.map((c) => ({ ...c, start: Math.max(0, c.start - offset) }));
	if (offset)
		diagnostics.push({
			level: 'info',
			message: `The file’s [offset:${Math.round(offset * 1000)}] was applied: every line moved ${offset > 0 ? 'earlier' : 'later'} by ${Math.abs(offset)} s.`,
			code: 'lrc-offset',
			params: { ms: Math.round(offset * 1000), seconds: offset }
		});
	if (words)
		diagnostics.push({
			level: 'info',
			message: `${words} line(s) carry word stamps (enhanced LRC); lines are timed, the word stamps are not shown.`,
			code: 'lrc-words',
			params: { count: words }
		});
	const ends = pauses.map((t) => Math.max(0, t - offset)).sort((a, b) => a - b);
	const ordered = orderCues(
		shifted.sort((a, b) => a.start - b.start),
		diagnostics,
		'Line'
	);
	let p = 0;
	ordered.forEach((c, k) => {
		const next = ordered[k + 1]?.start ?? Infinity;
		while (p < ends.length && (ends[p] ?? Infinity) <= c.start) p++;
		const pause = ends[p] ?? Infinity;
		const end = Math.min(next, pause);
		c.end = Number.isFinite(end) ? end : c.start;
	});
	const name =
		title && artist ? `${artist} — ${title}` : (title ?? titleFromName(fileName, 'Lyrics'));
	return buildCueTranscript(ordered, { title: name, format: 'lrc', diagnostics });
}
