/** Timed cues and chapters (from VTT, SRT, LRC, JSON) → a readable {@link Transcript}: cues joined into paragraphs. */
import type {
	Anchor,
	Block,
	Diagnostic,
	Section,
	Sentence,
	TimelineEntry,
	Transcript
} from '../model';
import { joinLines, slugify } from '../text';
import { formatTimecode } from '../timecode';

/** One timed piece of text as a caption format gives it. */
export interface TimedCue {
	/** Start in seconds. */
	start: number;
	/** End in seconds (equal to start when unknown). */
	end: number;
	/** Plain text, markup removed, whitespace collapsed. */
	text: string;
	/** Who speaks, when the source says. */
	speaker?: string;
	/** 1-based source line. */
	line: number;
}

/** One chapter mark. */
export interface Chapter {
	/** Start in seconds. */
	time: number;
	/** Chapter title. */
	title: string;
	/** 1-based source line. */
	line: number;
	/** True when hidden from the table of contents (Podcasting 2.0 `toc: false`): still marks time. */
	hidden?: boolean;
}

/** A pause at least this long (seconds) between cues starts a new paragraph. */
export const PARAGRAPH_PAUSE = 2;
/** A paragraph holds at most this many cues. */
const MAX_CUES = 12;

/** Sorts by start (stable), drops exact repeats and reports both with their lines. */
export function orderCues<T extends { start: number; text: string; line: number }>(
	cues: readonly T[],
	diagnostics: Diagnostic[],
	noun = 'Cue'
): T[] {
	let latest = -Infinity;
	const seen = new Set<string>();
	const kept: T[] = [];
	let unordered = false;
	for (const c of cues) {
		const key = `${c.start}\u0000${c.text}`;
		if (seen.has(key)) {
			diagnostics.push({
				level: 'warning',
				message: `${noun} at ${formatTimecode(c.start, { fraction: true })} repeats an earlier one with the same time and text; the repeat was dropped.`,
				line: c.line,
				code: 'cue-repeat',
				params: { noun, at: formatTimecode(c.start, { fraction: true }) }
			});
			continue;
		}
		seen.add(key);
		if (c.start < latest) {
			unordered = true;
			diagnostics.push({
				level: 'warning',
				message: `${noun} at ${formatTimecode(c.start, { fraction: true })} comes after a later one; everything was sorted by time.`,
				line: c.line,
				code: 'cue-unordered',
				params: { noun, at: formatTimecode(c.start, { fraction: true }) }
			});
		}
		latest = Math.max(latest, c.start);
		kept.push(c);
	}
	return unordered
		? kept
				.map((c, i) => ({ c, i }))
				.sort((a, b) => a.c.start - b.c.start || a.i - b.i)
				.map((x) => x.c)
		: kept;
}

/** A paragraph block made of cues: one sentence per cue with its exact times. */
function paragraph(cues: readonly TimedCue[]): Block {
	let text = '';
	const sentences: Sentence[] = [];
	for (const c of cues) {
		const joined = text ? joinLines(text, c.text) : c.text;
		const from = text.length;
		if (sentences.length) {
			const prev = sentences.at(-1);
			if (prev) prev.to = joined.length - c.text.length;
		}
		sentences.push({
			from: text ? joined.length - c.text.length : from,
			to: joined.length,
			time: c.start,
			end: c.end
		});
		text = joined;
	}
	const first = sentences[0];
	if (first) first.from = 0;
	return {
		kind: 'paragraph',
		text,
		inlines: [{ kind: 'text', text }],
		line: cues[0]?.line ?? 1,
		anchor: null,
		sentences,
		...(cues[0]?.speaker ? { speaker: cues[0].speaker } : {})
	};
}

/** Groups cues into paragraphs at speaker changes, long pauses and chapter starts. */
function paragraphs(cues: readonly TimedCue[], breaks: ReadonlySet<number>): TimedCue[][] {
	const out: TimedCue[][] = [];
	let run: TimedCue[] = [];
	let prev: TimedCue | null = null;
	for (const c of cues) {
		const split =
			prev !== null &&
			(c.speaker !== prev.speaker ||
				c.start - Math.max(prev.end, prev.start) >= PARAGRAPH_PAUSE ||
				breaks.has(c.start) ||
				run.length >= MAX_CUES ||
				(/[.!?。！？]$/.test(prev.text) && run.length >= MAX_CUES / 2));
		if (split && run.length) {
			out.push(run);
			run = [];
		}
		run.push(c);
		prev = c;
	}
	if (run.length) out.push(run);
	return out;
}

/** Short title of a paragraph for the timeline: speaker and its first words. */
function teaser(block: Block): string {
	const words = block.text.length > 60 ? `${block.text.slice(0, 57).trimEnd()}…` : block.text;
	return block.speaker ? `${block.speaker}: ${words}` : words;
}

/** Options of {@link buildCueTranscript}. */
export interface CueTranscriptOptions {
	/** Document title. */
	title: string;
	/** Format id. */
	format: string;
	/** Chapters; with them, each chapter is a section and the timeline lists the visible chapters. */
	chapters?: Chapter[];
	/** Diagnostics gathered so far. */
	diagnostics?: Diagnostic[];
}

/**
 * Builds a transcript from timed cues (sorted by start): paragraphs of cues with exact sentence times.
 * Without chapters there is one section and the timeline lists the paragraphs; with chapters
 * (and no cues) the chapters are the sections.
 */
export function buildCueTranscript(
	cues: readonly TimedCue[],
	{ title, format, chapters = [], diagnostics = [] }: CueTranscriptOptions
): Transcript {
	const taken = new Set<string>();
	const sections: Section[] = [];
	const timeline: TimelineEntry[] = [];
	const anchors: Anchor[] = [];
	const addEntry = (time: number, entryTitle: string, line: number): number =>
		timeline.push({
			time,
			label: formatTimecode(time, { fraction: true }),
			title: entryTitle,
			line,
			anchor: null
		}) - 1;
	const anchor = (a: Omit<Anchor, 'estimated'>): number =>
		anchors.push({ ...a, estimated: false }) - 1;

	if (chapters.length) {
		const sorted = orderCues(
			chapters.map((c) => ({ ...c, start: c.time, text: c.title })),
			diagnostics,
			'Chapter'
		);
		const starts = new Set(sorted.map((c) => c.time));
		const groups = paragraphs(cues, starts);
		let g = 0;
		const before: Block[] = [];
		while (g < groups.length && (groups[g]?.[0]?.start ?? 0) < (sorted[0]?.time ?? 0))
			before.push(paragraph(groups[g++] ?? []));
		sorted.forEach((c, k) => {
			const next = sorted[k + 1]?.time ?? Infinity;
			const blocks: Block[] = k === 0 ? before : [];
			while (g < groups.length && (groups[g]?.[0]?.start ?? 0) < next)
				blocks.push(paragraph(groups[g++] ?? []));
			const s = sections.length;
			const entry = c.hidden ? null : addEntry(c.time, c.title, c.line);
			const title = c.title || `Chapter ${k + 1}`;
			sections.push({
				id: slugify(title, taken),
				title,
				level: 2,
				line: c.line,
				blocks,
				anchor: anchor({ time: c.time, section: s, block: null, entry })
			});
			blocks.forEach((b, bi) => {
				const t = b.sentences?.[0]?.time;
				if (t !== undefined && t > c.time)
					b.anchor = anchor({ time: t, section: s, block: bi, entry: null });
			});
		});
	} else {
		const blocks = paragraphs(cues, new Set()).map(paragraph);
		blocks.forEach((b, bi) => {
			const t = b.sentences?.[0]?.time ?? 0;
			const entry = addEntry(t, teaser(b), b.line);
			b.anchor = anchor({ time: t, section: 0, block: bi, entry });
		});
		if (blocks.length)
			sections.push({
				id: slugify(title, taken),
				title,
				level: 2,
				line: 1,
				blocks,
				anchor: null
			});
	}
	const order = anchors.map((a, i) => ({ a, i })).sort((x, y) => x.a.time - y.a.time || x.i - y.i);
	const remap = new Map(order.map((x, k) => [x.i, k]));
	for (const s of sections) {
		if (s.anchor !== null) s.anchor = remap.get(s.anchor) ?? null;
		for (const b of s.blocks) if (b.anchor !== null) b.anchor = remap.get(b.anchor) ?? null;
	}
	const sortedAnchors = order.map((x) => x.a);
	sortedAnchors.forEach((a, k) => {
		const e = a.entry === null ? undefined : timeline[a.entry];
		if (e) e.anchor = k;
	});
	return {
		title,
		format,
		front: [],
		timeline,
		sections,
		back: [],
		anchors: sortedAnchors,
		diagnostics: diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
	};
}

/** The file's name without folder and extension, as a title. */
export function titleFromName(fileName: string | undefined, fallback: string): string {
	return fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fallback;
}
