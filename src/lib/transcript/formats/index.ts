/** Format detection and dispatch: every format turns text into a {@link Transcript}. */
import { TranscriptError, type Transcript } from '../model';
import { withSentences } from '../timing';
import { parseMarkdownTimeline } from './markdown';

export { decodeTranscriptBytes } from './decode';

/** A transcript format: how sure it is that a text is its own, and how to read it. */
export interface TranscriptFormat {
	/** Format id, as written to `Transcript.format`. */
	id: string;
	/** Confidence in [0, 1] that `text` (named `fileName`) is in this format. */
	detect(text: string, fileName?: string): number;
	/** Reads the text; throws {@link TranscriptError} when it cannot. */
	parse(text: string, fileName?: string): Transcript;
}

/** Returns a format that recognises a signature but is not read yet, with a clear message. */
function notYet(id: string, name: string, detect: TranscriptFormat['detect']): TranscriptFormat {
	return {
		id,
		detect,
		parse: () => {
			throw new TranscriptError(
				`This looks like a ${name} file, which Tandem cannot read yet: choose a Markdown or plain-text transcript (.md, .txt).`
			);
		}
	};
}

const ext = (fileName: string | undefined): string =>
	/\.([^.]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';

/** Markdown with an optional timeline; also reads plain text. The fallback for anything unrecognised. */
const markdown: TranscriptFormat = {
	id: 'markdown-timeline',
	detect: () => 0.1,
	parse: parseMarkdownTimeline
};

/** The known formats, most specific first; add WebVTT, SRT, LRC and JSON readers here. */
export const FORMATS: readonly TranscriptFormat[] = [
	notYet('webvtt', 'WebVTT', (text) => (/^WEBVTT(?:[ \t]|$)/m.test(text.slice(0, 16)) ? 1 : 0)),
	notYet('srt', 'SRT subtitle', (text, name) =>
		/^\s*\d+\s*\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/.test(text)
			? 1
			: ext(name) === 'srt'
				? 0.6
				: 0
	),
	notYet('json', 'JSON', (text, name) =>
		/^\s*[{[]/.test(text) && (ext(name) === 'json' || /^\s*\{\s*"/.test(text)) ? 0.9 : 0
	),
	notYet('lrc', 'LRC lyrics', (text, name) =>
		ext(name) === 'lrc' ||
		/^\s*\[(?:ti|ar|al|by|offset|length):/m.test(text) ||
		/^\[\d{1,3}:\d{2}\.\d{2,3}\][^\n]*\n\[\d{1,3}:\d{2}\.\d{2,3}\]/m.test(text)
			? 0.7
			: 0
	),
	markdown
];

/** Detects the format of a transcript text and parses it. */
export function parseTranscript(text: string, fileName?: string): Transcript {
	if (!text.trim())
		throw new TranscriptError(
			'The transcript is empty: choose a file that contains the text to read along.'
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
	const transcript = best.parse(text, fileName);
	return { ...transcript, sections: withSentences(transcript.sections) };
}
