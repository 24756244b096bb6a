/** Format detection and dispatch: every format turns text into a {@link Transcript}. */
import { TranscriptError, type Transcript } from '../model';
import { withSentences } from '../timing';
import { parseCaptions } from './captions';
import { detectChapterList, parseChapterList } from './chapters-text';
import { parseJsonTranscript } from './json';
import { looksLikeLrc, parseLrc } from './lrc';
import { parseMarkdownTimeline, readMarkdownTimeline } from './markdown';
import type { ReadOptions } from './read-options';

export type { ReadOptions } from './read-options';

export { decodeTranscriptBytes } from './decode';

/** A transcript format: how sure it is that a text is its own, and how to read it. */
export interface TranscriptFormat {
	/** Format id, as written to `Transcript.format`. */
	id: string;
	/** Confidence in [0, 1] that `text` (named `fileName`) is in this format. */
	detect(text: string, fileName?: string): number;
	/** Reads the text; throws (or rejects with) {@link TranscriptError} when it cannot. */
	parse(text: string, fileName?: string, options?: ReadOptions): Transcript | Promise<Transcript>;
}

const ext = (fileName: string | undefined): string =>
	/\.([^.]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';

/** Markdown with an optional timeline; also reads plain text. The fallback for anything unrecognised. */
const markdown: TranscriptFormat = {
	id: 'markdown-timeline',
	detect: () => 0.1,
	parse: (text, name, options) =>
		options?.onOutline
			? readMarkdownTimeline(text, name, options.onOutline)
			: parseMarkdownTimeline(text, name)
};

const VTT_SIGNATURE = /^\uFEFF?WEBVTT(?:[ \t\n]|$)/;
const SRT_START = /^\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/;

/** The known formats, most specific first. WebVTT and SRT are read asynchronously (media-captions). */
export const FORMATS: readonly TranscriptFormat[] = [
	{
		id: 'webvtt',
		// The signature is required; a .vtt name without it is still read as WebVTT, to say what is missing.
		detect: (text, name) =>
			VTT_SIGNATURE.test(text) ? 1 : ext(name) === 'vtt' && !SRT_START.test(text) ? 0.95 : 0,
		parse: (text, name) => parseCaptions(text, 'vtt', name)
	},
	{
		id: 'srt',
		detect: (text, name) =>
			SRT_START.test(text) ? 1 : ext(name) === 'srt' && text.includes('-->') ? 0.6 : 0,
		parse: (text, name) => parseCaptions(text, 'srt', name)
	},
	{
		id: 'json',
		detect: (text, name) =>
			/^\s*[{[]/.test(text) && (ext(name) === 'json' || /^\s*\{\s*"/.test(text)) ? 0.9 : 0,
		parse: parseJsonTranscript
	},
	{
		id: 'lrc',
		detect: (text, name) => (looksLikeLrc(text) ? 0.8 : ext(name) === 'lrc' ? 0.3 : 0),
		parse: parseLrc
	},
	{ id: 'chapter-list', detect: detectChapterList, parse: parseChapterList },
	markdown
];

/** Picks the format most confident about the text. */
function detect(text: string, fileName?: string): TranscriptFormat {
	if (!text.trim())
		throw new TranscriptError(
			'The transcript is empty: choose a file that contains the text to read along.',
			undefined,
			{ code: 'empty' }
		);
	let best = markdown;
	let bestScore = 0;
	for (const format of FORMATS) {
		const score = format.detect(text, fileName);
		if (score > bestScore) {
			best = format;
			bestScore = score;
		}
	}
	return best;
}

/** Splits every prose block into sentences: the last step of every format. */
function finish(transcript: Transcript): Transcript {
	return { ...transcript, sections: withSentences(transcript.sections) };
}

/**
 * Detects the format of a transcript text and reads it (every format, WebVTT and SRT included);
 * `options.onOutline` hears the outline first when the format can tell it before the bodies.
 */
export async function readTranscriptText(
	text: string,
	fileName?: string,
	options: ReadOptions = {}
): Promise<Transcript> {
	const { onOutline } = options;
	const read = detect(text, fileName).parse(
		text,
		fileName,
		onOutline ? { onOutline: (outline, bodies) => onOutline(finish(outline), bodies) } : {}
	);
	return finish(await read);
}

/**
 * Detects the format of a transcript text and parses it synchronously: every format except WebVTT
 * and SRT, whose reader is asynchronous (use {@link readTranscriptText} for those).
 */
export function parseTranscript(text: string, fileName?: string): Transcript {
	const result = detect(text, fileName).parse(text, fileName);
	if (result instanceof Promise)
		throw new TranscriptError(
			'WebVTT and SRT files are read asynchronously: use readTranscriptText for them.'
		);
	return finish(result);
}
