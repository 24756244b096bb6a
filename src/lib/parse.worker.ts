/**
 * Web worker: reads a large transcript file off the main thread — text encoding, decoding, parsing,
 * its terms and its identity — and sends the result back in slices, so that no single message takes
 * the page long to receive. A transcript whose outline is known before its bodies are read (a timeline
 * that names its headings) sends the outline first, for the page to show at once, and goes on when
 * the page says it has shown it.
 */
import type { FileId } from '$lib/storage/fingerprint';
import { textId, utf8TextId } from '$lib/storage/fingerprint';
import { decodeTranscriptBytes, readTranscriptText } from '$lib/transcript/formats';
import { TranscriptError, type Section, type Transcript } from '$lib/transcript/model';
import {
	anchorColumns,
	columnBuffers,
	sectionColumns,
	timelineColumns,
	type AnchorColumns,
	type SectionColumns,
	type TimelineColumns
} from '$lib/transcript/columns';
import { extractTerms, type Term } from '$lib/transcript/terms';
import {
	sentenceTables,
	tableBuffers,
	timeSentences,
	timesBuffers,
	type SentenceTables,
	type SentenceTimes
} from '$lib/transcript/timing';
import { isVerbatimUtf8, prepareTranscriptBytes, type LegacyEncoding } from './text-encoding';

/** A request: the file's bytes and name. */
export interface ParseRequest {
	/** The file's bytes (transferred). */
	bytes: ArrayBuffer;
	/** The file's name (a format hint). */
	name: string;
	/** The open media's duration in seconds (undefined without media): the sentence times need it. */
	duration?: number;
}

/**
 * One message of the answer: the head, then the sections in slices, then done (with what the page
 * needs besides, found while the page takes in the slices); or what went wrong.
 */
export type ParseReply =
	| {
			kind: 'outline';
			/**
			 * The outline, when the format tells it before reading the bodies: the transcript without
			 * its sections, timeline and anchors, which are the columns below. The head follows.
			 */
			transcript: Transcript;
			/** Its sections, as columns, with the first ones' bodies (transferred). */
			sections: SectionColumns;
			/** Its timeline, as columns (transferred). */
			timeline: TimelineColumns;
			/** Its anchors, as columns (transferred). */
			anchors: AnchorColumns;
			/** Its sentence index and weight axis (transferred). */
			tables: SentenceTables;
			/** Its sentences' times for the request's duration (transferred). */
			times: SentenceTimes;
	  }
	| {
			kind: 'head';
			/** The transcript without its sections (they follow); its timeline and anchors are the columns below. */
			transcript: Transcript;
			/** Its timeline, as columns (transferred); none when it is the outline's. */
			timeline: TimelineColumns;
			/** Its anchors, as columns (transferred); none when they are the outline's. */
			anchors: AnchorColumns;
			/** True when the timeline and anchors are the outline's, sent before (the columns are then empty). */
			outlined: boolean;
			/** How many sections follow. */
			sections: number;
			/** The legacy encoding the bytes were read in, or null for Unicode. */
			legacy: LegacyEncoding | null;
	  }
	| { kind: 'sections'; sections: Section[] }
	| {
			kind: 'done';
			/** The decoded text (what a reload reopens), as a Blob: the page receives a handle, not a copy. */
			text: Blob;
			/** The text's identity. */
			id: FileId;
			/** The transcript's terms. */
			terms: Term[];
			/** The sections' sentence index and weight axis (transferred). */
			tables: SentenceTables;
			/** The sentences' times for the request's duration (transferred). */
			times: SentenceTimes;
	  }
	| {
			kind: 'error';
			message: string;
			line?: number;
			typed: boolean;
			code?: string;
			params?: Record<string, string | number>;
	  };

/** Sentences per slice: each slice takes the page a few milliseconds to receive. */
const SLICE_WEIGHT = 1_500;

/** What the page says once it has shown the outline: the reading goes on (the processor was the page's meanwhile). */
export interface OutlineShown {
	shown: true;
}

/**
 * The longest wait for the page to show the outline (a hidden page does not draw, and need not hurry
 * the reading either way).
 */
const OUTLINE_WAIT_MS = 1_000;

/** Resolves the wait for the page to show the outline, while there is one. */
let goOn: (() => void) | null = null;

/** Waits until the page says it has shown the outline, or {@link OUTLINE_WAIT_MS}. */
function outlineShown(): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => goOn?.(), OUTLINE_WAIT_MS);
		goOn = () => {
			clearTimeout(timer);
			goOn = null;
			resolve();
		};
	});
}

function send(reply: ParseReply, transfer: Transferable[] = []): void {
	self.postMessage(reply, { transfer });
}

self.onmessage = async (event: MessageEvent<ParseRequest | OutlineShown>) => {
	if ('shown' in event.data) return goOn?.();
	const { bytes, name, duration } = event.data;
	try {
		const prepared = prepareTranscriptBytes(new Uint8Array(bytes));
		// The identity is hashed from the file's bytes when they are the text's own (the usual case),
		// beside the parse, rather than from the text encoded again (and they are what is kept).
		const verbatim = isVerbatimUtf8(prepared);
		const identity = verbatim ? utf8TextId(name, prepared.bytes) : null;
		identity?.catch(() => undefined); // awaited below, unless the parse fails first
		const text = decodeTranscriptBytes(prepared.bytes, prepared.decoded);
		const told: { outline: Transcript | null } = { outline: null };
		const transcript = await readTranscriptText(text, name, {
			// Sent as soon as it is known: the page shows it while the bodies are read and sent.
			onOutline: (outline, bodies) => {
				told.outline = outline;
				const columns = {
					sections: sectionColumns(outline.sections, bodies),
					timeline: timelineColumns(outline.timeline),
					anchors: anchorColumns(outline.anchors)
				};
				const tables = sentenceTables(outline.sections);
				const times = timeSentences(outline, tables.index, duration);
				send(
					{
						kind: 'outline',
						transcript: { ...outline, sections: [], timeline: [], anchors: [] },
						...columns,
						tables,
						times
					},
					[
						...columnBuffers(columns.sections, columns.timeline, columns.anchors),
						...tableBuffers(tables),
						...timesBuffers(times)
					]
				);
				// The bodies are read once the page has taken the outline in and shown it: reading them
				// meanwhile would leave the page less of the two cores than it needs for that.
				return outlineShown();
			}
		});
		const { sections } = transcript;
		// The outline's timeline and anchors are final: the page has them already.
		const same =
			told.outline?.timeline === transcript.timeline && told.outline.anchors === transcript.anchors;
		const timeline = timelineColumns(same ? [] : transcript.timeline);
		const anchors = anchorColumns(same ? [] : transcript.anchors);
		send(
			{
				kind: 'head',
				transcript: { ...transcript, sections: [], timeline: [], anchors: [] },
				timeline,
				anchors,
				outlined: same,
				sections: sections.length,
				legacy: prepared.legacy
			},
			columnBuffers(timeline, anchors)
		);
		let from = 0;
		let weight = 0;
		for (let i = 0; i < sections.length; i++) {
			for (const b of sections[i]?.blocks ?? [])
				weight += 1 + (b.sentences?.length ?? 0) + b.text.length / 200;
			if (weight >= SLICE_WEIGHT || i === sections.length - 1) {
				send({ kind: 'sections', sections: sections.slice(from, i + 1) });
				from = i + 1;
				weight = 0;
			}
		}
		// The rest is found while the page takes in the slices.
		const tables = sentenceTables(sections);
		const times = timeSentences(transcript, tables.index, duration);
		const terms = extractTerms(transcript);
		const id = await (identity ?? textId(name, text));
		const blob = new Blob([verbatim ? prepared.bytes : text], { type: 'text/plain' });
		send({ kind: 'done', text: blob, id, terms, tables, times }, [
			...tableBuffers(tables),
			...timesBuffers(times)
		]);
		// Ends here, so that freeing its large heap happens on this thread, not the page's.
		self.close();
	} catch (error) {
		send(
			error instanceof TranscriptError
				? {
						kind: 'error',
						message: error.message,
						typed: true,
						...(error.line ? { line: error.line } : {}),
						...(error.code ? { code: error.code, params: error.params } : {})
					}
				: { kind: 'error', message: String(error), typed: false }
		);
	}
};
