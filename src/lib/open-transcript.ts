import { decodeTranscriptBytes, readTranscriptText } from '$lib/transcript/formats';
import { TranscriptError, type Section, type Transcript } from '$lib/transcript/model';
import { pairTranscripts } from '$lib/transcript/pair';
import {
	anchorsFromColumns,
	samePacked,
	sectionsFromColumns,
	timelineFromColumns,
	unpackStrings
} from '$lib/transcript/columns';
import { toMarkdownTimeline } from '$lib/transcript/export';
import { adoptSentenceTables, adoptSentenceTimes } from '$lib/transcript/timing';
import type { FileId } from './storage/fingerprint';
import type { OutlineShown, ParseReply, ParseRequest } from './parse.worker';
import { prepareTranscriptBytes, type LegacyEncoding } from './text-encoding';
import { locale } from './i18n/locale.svelte';
import { encodingName, reasonText } from './i18n/reasons';
import { rememberTerms } from './terms-cache';

/** Largest transcript file read, in bytes; a larger one is refused with a message. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;
/** Files larger than this are read in a worker so the page stays responsive. */
export const WORKER_BYTES = 2 * 1024 * 1024;

/** A transcript read from the reader's file(s), with what a reload needs to reopen it. */
export interface OpenedTranscript {
	/** The parsed (and, for a pair, aligned) transcript. */
	transcript: Transcript;
	/** The name it is remembered by (the file's, or both joined for a pair). */
	name: string;
	/** The text to remember: the file's decoded text (a Blob for a large file), or a pair's aligned Markdown. */
	text: string | Blob;
	/** The text's identity when already known (computed by the worker for large files). */
	id?: FileId;
}

interface ReadFile {
	transcript: Transcript;
	text: string | Blob;
	legacy: LegacyEncoding | null;
	id?: FileId;
}

/** A parse worker started ahead of need, and whether it failed to start. */
let spare: { worker: Worker; failed: boolean } | null = null;

function startWorker(): { worker: Worker; failed: boolean } {
	const started = {
		worker: new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }),
		failed: false
	};
	started.worker.addEventListener('error', () => (started.failed = true), { once: true });
	return started;
}

/** Starts a parse worker ahead of need (when the page is idle), so a large file's reading need not wait for one to load. */
export function warmParseWorker(): void {
	if (typeof Worker !== 'undefined' && !spare) spare = startWorker();
}

/** The spare worker (unless it failed to start), or a new one. */
function takeWorker(): Worker {
	const taken = spare && !spare.failed ? spare.worker : startWorker().worker;
	if (spare?.failed) spare.worker.terminate();
	spare = null;
	return taken;
}

/**
 * Reads a file in a worker (one per file, ended when it answers); the sections arrive in slices.
 * `onOutline` hears the outline first when the worker sends one.
 */
function readInWorker(
	bytes: ArrayBuffer,
	name: string,
	duration?: number,
	onOutline?: (outline: Transcript) => void
): Promise<ReadFile> {
	return new Promise((resolve, rejectWith) => {
		const worker = takeWorker();
		// An outline still waiting for its task is not shown once the reading has failed.
		let failed = false;
		const reject = (error: Error): void => {
			failed = true;
			rejectWith(error);
		};
		let head: Extract<ParseReply, { kind: 'head' }> | null = null;
		let shown: Transcript | null = null;
		const sections: Section[] = [];
		worker.onmessage = (event: MessageEvent<ParseReply>) => {
			const reply = event.data;
			if (reply.kind === 'outline') {
				// A timeline naming its headings has their titles: the same strings serve both.
				const titles = unpackStrings(reply.sections.title);
				const same = samePacked(reply.sections.title, reply.timeline.title);
				const outline: Transcript = (shown = {
					...reply.transcript,
					sections: sectionsFromColumns(reply.sections, titles),
					timeline: timelineFromColumns(reply.timeline, same ? titles : undefined),
					anchors: anchorsFromColumns(reply.anchors)
				});
				adoptSentenceTables(outline.sections, reply.tables);
				adoptSentenceTimes(outline, duration, reply.times);
				// Its terms come with the whole (finding them in the outline here would hold it up).
				rememberTerms(outline, []);
				// Shown in a task of its own, as the whole is below.
				setTimeout(() => {
					if (!failed) onOutline?.(outline);
					// Once it is drawn (the frame after it), the worker goes on with the bodies.
					const drawn: OutlineShown = { shown: true };
					const goOn = (): void => worker.postMessage(drawn);
					if (typeof requestAnimationFrame === 'undefined') goOn();
					else requestAnimationFrame(() => setTimeout(goOn, 0));
				}, 0);
			} else if (reply.kind === 'head') {
				// Made into entries and anchors now, while the worker goes on with the sections.
				// (The outline's, when the worker says they are.)
				head = reply;
				head.transcript.timeline =
					reply.outlined && shown ? shown.timeline : timelineFromColumns(reply.timeline);
				head.transcript.anchors =
					reply.outlined && shown ? shown.anchors : anchorsFromColumns(reply.anchors);
			} else if (reply.kind === 'sections') for (const s of reply.sections) sections.push(s);
			else {
				// After 'done' the worker has closed itself (freeing its heap on its own thread).
				if (reply.kind === 'error') worker.terminate();
				if (reply.kind === 'error')
					reject(
						reply.typed
							? new TranscriptError(
									reply.message,
									reply.line,
									reply.code ? { code: reply.code, params: reply.params ?? {} } : undefined
								)
							: new Error(reply.message)
					);
				else if (!head || sections.length !== head.sections)
					reject(new Error(locale.t.readerStopped));
				else {
					const transcript = { ...head.transcript, sections };
					// Its sentence index and weights were built in the worker too.
					adoptSentenceTables(sections, reply.tables);
					adoptSentenceTimes(transcript, duration, reply.times);
					rememberTerms(transcript, reply.terms);
					// The page shows it in a task of its own, not in the one that took in the last message.
					const read = { transcript, text: reply.text, legacy: head.legacy, id: reply.id };
					setTimeout(() => resolve(read), 0);
				}
			}
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || locale.t.readerStopped));
		};
		const request: ParseRequest = { bytes, name, duration };
		worker.postMessage(request, [bytes]);
	});
}

/** Reads bytes on this thread (small files). */
async function readHere(buffer: ArrayBuffer, name: string): Promise<ReadFile> {
	const { bytes, legacy, decoded } = prepareTranscriptBytes(new Uint8Array(buffer));
	const text = decodeTranscriptBytes(bytes, decoded);
	return { transcript: await readTranscriptText(text, name), text, legacy };
}

/**
 * Reads a transcript file the reader chose; rejects with a message that says what is wrong and what to
 * do. `onNotice` hears about a file that opened with a caveat (read in a legacy text encoding).
 */
async function readOne(
	file: File,
	onNotice?: (message: string) => void,
	duration?: number,
	onOutline?: (outline: Transcript) => void
): Promise<ReadFile> {
	if (file.size === 0) {
		throw new TranscriptError(locale.t.transcriptEmpty(file.name));
	}
	if (file.size > MAX_TRANSCRIPT_BYTES) {
		const mb = (file.size / 1024 / 1024).toFixed(0);
		throw new TranscriptError(locale.t.transcriptTooLarge(file.name, mb));
	}
	const buffer = await file.arrayBuffer();
	try {
		const read =
			buffer.byteLength > WORKER_BYTES && typeof Worker !== 'undefined'
				? await readInWorker(buffer, file.name, duration, onOutline)
				: await readHere(buffer, file.name);
		if (read.legacy) onNotice?.(locale.t.legacyEncoding(file.name, encodingName(read.legacy)));
		return read;
	} catch (error) {
		if (error instanceof TranscriptError) {
			throw new TranscriptError(
				locale.t.couldNotOpen(file.name, error.line, reasonText(error)),
				error.line
			);
		}
		throw error;
	}
}

/**
 * Reads one transcript file, or two to pair (a text with captions or chapters). `duration` is the
 * open media's (a large file's sentence times are then computed with the parse, off the page).
 * `onOutline` hears a large file's outline, when it is known before the bodies are read: every
 * section and timeline entry, the first sections' bodies (the rest empty). It is not called when
 * the reading fails before the outline is known; the reading may still fail after it.
 */
export async function readTranscriptFiles(
	files: readonly File[],
	onNotice?: (message: string) => void,
	duration?: number,
	onOutline?: (outline: Transcript) => void
): Promise<OpenedTranscript> {
	const [a, b] = files;
	if (!a) throw new TranscriptError(locale.t.noTranscriptChosen);
	if (files.length > 2) throw new TranscriptError(locale.t.tooManyTranscripts(files.length));
	if (!b) {
		const read = await readOne(a, onNotice, duration, onOutline);
		return {
			transcript: read.transcript,
			name: a.name,
			text: read.text,
			...(read.id ? { id: read.id } : {})
		};
	}
	const [ta, tb] = await Promise.all([readOne(a, onNotice), readOne(b, onNotice)]);
	let transcript: Transcript;
	try {
		transcript = pairTranscripts(
			{ transcript: ta.transcript, name: a.name },
			{ transcript: tb.transcript, name: b.name }
		);
	} catch (error) {
		if (error instanceof TranscriptError) throw new TranscriptError(reasonText(error), error.line);
		throw error;
	}
	return {
		transcript,
		name: `${a.name} + ${b.name}`,
		text: toMarkdownTimeline(transcript)
	};
}

/**
 * Reads a remembered transcript text (a long one in a worker, as when it was first opened; its
 * outline told to `onOutline` first, as by {@link readTranscriptFiles}).
 */
export async function readStoredTranscript(
	text: string | Blob,
	name: string,
	onOutline?: (outline: Transcript) => void
): Promise<OpenedTranscript> {
	const read = await readOne(new File([text], name), undefined, undefined, onOutline);
	return { transcript: read.transcript, name, text: read.text };
}

const MEDIA_EXT = /\.(mp3|m4a|m4b|aac|ogg|oga|opus|flac|wav|weba|webm|mp4|m4v|mkv|mov)$/i;

/** True when a dropped file looks like audio or video rather than a transcript. */
export function isMediaFile(file: File): boolean {
	return /^(audio|video)\//.test(file.type) || MEDIA_EXT.test(file.name);
}
