/** The transcript model shared by every format, the aligner and the UI. All times are in seconds. */

/** A piece of inline text: plain, emphasised, a link (http(s) only) or an image that is not fetched. */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'strong'; text: string }
	| { kind: 'em'; text: string }
	| { kind: 'code'; text: string }
	| { kind: 'link'; text: string; href: string }
	| { kind: 'image'; alt: string; src: string };

/** One block of the article: a paragraph, a minor heading inside a section, an image line or a rule. */
export interface Block {
	/** What the block is. */
	kind: 'paragraph' | 'heading' | 'image' | 'rule' | 'list';
	/** Plain text of the block (markup removed), used for matching and search. */
	text: string;
	/** Inline pieces to render. */
	inlines: Inline[];
	/** 1-based line number in the source file. */
	line: number;
	/** Index into `Transcript.anchors` when this block starts a timed part of its own, else null. */
	anchor: number | null;
	/** The block's sentences in order, covering its inline text end to end (set for paragraphs and list items). */
	sentences?: Sentence[];
	/** Who speaks this block, when the source says (caption voice tags, JSON `speaker`). */
	speaker?: string;
}

/**
 * A sentence (or a caption cue) of a block: a span of the block's inline text, i.e. of
 * `inlineSource(block.inlines)` (every piece's text joined, images counting as nothing).
 * Times come from the source when it has them (cues); otherwise `timing.ts` estimates them.
 */
export interface Sentence {
	/** Offset of its first character in the block's inline text. */
	from: number;
	/** Offset just past its last character; the next sentence starts here. */
	to: number;
	/** Exact start time in seconds when the source gave one (a cue), else undefined (estimated). */
	time?: number;
	/** Exact end time in seconds when the source gave one. */
	end?: number;
	/** How long it takes to say, in `timing.ts` weight units (set where sentences are made; computed when missing). */
	weight?: number;
}

/** A timed cue of a second, original-language track shown beside the text (e.g. English captions of a Chinese article). */
export interface Cue {
	/** Start time in seconds. */
	start: number;
	/** End time in seconds. */
	end: number;
	/** The cue's text, markup removed. */
	text: string;
	/** Speaker, when the source says. */
	speaker?: string;
	/** 1-based line number in its source file. */
	line: number;
}

/** A `##` section of the timed body. */
export interface Section {
	/** Stable slug, unique in the transcript, usable as a URL fragment. */
	id: string;
	/** The heading text as written (markup removed, trimmed). */
	title: string;
	/** Heading level (2 for `##`). */
	level: number;
	/** 1-based line number of the heading. */
	line: number;
	/** The blocks under the heading, in order. */
	blocks: Block[];
	/** Index into `Transcript.anchors` of the anchor that starts this section, or null if untimed. */
	anchor: number | null;
}

/**
 * Elements rendered at once (headings, blocks, sentence spans) that keep a render well under a frame
 * budget: the size of a long transcript's window, and of the bodies its outline comes with.
 */
export const RENDER_BUDGET = 600;

/** Elements a section renders: its heading, and each block (its sentences, when split). */
export function sectionWeight(section: Section): number {
	let n = 1;
	for (const b of section.blocks) n += Math.max(1, b.sentences?.length ?? 0);
	return n;
}

/** One entry of the timeline list (`**(25:11)** title`). */
export interface TimelineEntry {
	/** Start time in seconds. */
	time: number;
	/** The timestamp as written, normalised (`25:11`, `1:02:03`). */
	label: string;
	/** The entry's title text. */
	title: string;
	/** 1-based line number in the source file. */
	line: number;
	/** Index into `Transcript.anchors` of the place this entry was aligned to, or null. */
	anchor: number | null;
}

/** A timed place in the article: a section heading, or a paragraph inside a section. */
export interface Anchor {
	/** Start time in seconds. */
	time: number;
	/** Index into `Transcript.sections`. */
	section: number;
	/** Index into that section's `blocks`, or null when the anchor is the section itself. */
	block: number | null;
	/** Index into `Transcript.timeline` of the entry placed here, or null (an estimate, a hidden chapter, a cue paragraph). */
	entry: number | null;
	/** True when the time was estimated (no timeline entry matched this place). */
	estimated: boolean;
}

/** Something odd found while reading or aligning, reported to the user with its line. */
export interface Diagnostic {
	/** How serious: `error` means the file could not be used, `warning` a part was dropped or guessed, `info` a note. */
	level: 'error' | 'warning' | 'info';
	/** A sentence saying what is wrong and what to do. */
	message: string;
	/** 1-based source line, when there is one. */
	line?: number;
	/** What it is as a stable code and its values, so the UI can say it in the reader's language. */
	code?: string;
	/** Values the sentence mentions. */
	params?: Record<string, string | number>;
	/** The file it was found in, when two files were read together. */
	file?: string;
}

/** A parsed and aligned transcript. */
export interface Transcript {
	/** Title of the document (its first `#` heading, or the file name). */
	title: string;
	/** Which format it was read as, e.g. `markdown-timeline`. */
	format: string;
	/** Blocks before the timed body (cover, promo, introduction, the timeline's own heading). */
	front: Block[];
	/** The timeline list, in time order. */
	timeline: TimelineEntry[];
	/** The timed body's sections, in document order. */
	sections: Section[];
	/** Blocks after the timed body (related links, ads). */
	back: Block[];
	/** Every timed place, sorted by time ascending (ties keep document order). */
	anchors: Anchor[];
	/** What was odd about the input. */
	diagnostics: Diagnostic[];
	/** A second, original-language track (captions in another language than the text), when one was paired. */
	original?: { language: string; cues: Cue[] };
}

/** Why a transcript could not be read, as a code and its parameters, so the UI can say it in the reader's language. */
export interface Reason {
	/** A stable code, e.g. `not-text`. */
	code: string;
	/** Values the sentence mentions (line numbers, names, counts). */
	params?: Record<string, string | number>;
}

/** Thrown (or returned) by a parser when the input cannot be read as a transcript at all. */
export class TranscriptError extends Error {
	/** 1-based line where the problem is, when known. */
	readonly line: number | undefined;
	/** The reason as a code (the message is its English sentence), when the thrower gave one. */
	readonly code: string | undefined;
	/** Parameters of the code. */
	readonly params: Record<string, string | number> | undefined;
	constructor(message: string, line?: number, reason?: Reason) {
		super(message);
		this.name = 'TranscriptError';
		this.line = line;
		this.code = reason?.code;
		this.params = reason?.params;
	}
}
