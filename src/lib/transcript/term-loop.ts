/** Where a term is heard: its sentence's start (and end) from the sentence times, or the exact cue of an original-language track. */
import type { Block, Cue, Inline, Transcript } from './model';
import { termWindow } from './terms';
import { estimateTime, type TextPlace } from './terms-time';
import { firstSentence, type SentenceIndex, type SentenceTimes } from './timing';

/** Shortest and longest loop around a term, in seconds. */
export const MIN_LOOP = 1.5;
export const MAX_LOOP = 12;
/** Lead-in before an estimated sentence start (estimates run a little late or early). */
const LEAD_IN = 0.3;
/** How far around the estimate the original track is searched first, in seconds. */
const NEAR = 60;

/** What a term loop is timed by: the captions' cue, the sentence times, or interpolation by characters. */
export type TermTiming = 'cue' | 'sentence' | 'estimate';

/** A loop window for one occurrence of a term. */
export interface TermLoop {
	/** Loop start (s). */
	start: number;
	/** Loop end (s). */
	end: number;
	/** The time to show for the occurrence (s). */
	time: number;
	/** What it was timed by. */
	via: TermTiming;
}

/** The session's timing of the transcript: the (retimed) transcript, its sentences and their start times. */
export interface SentenceClock {
	transcript: Transcript;
	sentences: SentenceIndex;
	times: SentenceTimes;
	/** Media duration when known (ends the last sentence). */
	duration?: number;
}

const WHITESPACE = /\s/;

/**
 * Maps an offset in `block.text` (inline text with image alts, whitespace runs collapsed, trimmed)
 * to the offset in `inlineSource(inlines)` (images count as nothing, whitespace as written).
 */
export function textToSourceOffset(inlines: readonly Inline[], k: number): number {
	// One pass over every UTF-16 unit of the inline text (an image's alt sits at the source offset
	// where the image is), collapsing whitespace runs and trimming as `block.text` does; no
	// allocation per character (the terms panel maps every occurrence when the media opens).
	let at = 0;
	let out = 0;
	let space: number | null = null;
	let started = false;
	for (const p of inlines) {
		const image = p.kind === 'image';
		const text = image ? p.alt : p.text;
		for (let i = 0; i < text.length; i++) {
			const pos = at;
			if (!image) at++;
			if (WHITESPACE.test(text[i]!)) {
				if (started && space === null) space = pos;
				continue;
			}
			if (space !== null) {
				if (out >= k) return space;
				out += 1;
				space = null;
			}
			if (out >= k) return pos;
			started = true;
			out += 1;
		}
	}
	return at;
}

function clampWindow(start: number, end: number, at: number): { start: number; end: number } {
	if (!(end > start)) end = start + MIN_LOOP;
	if (end - start < MIN_LOOP) end = start + MIN_LOOP;
	if (end - start > MAX_LOOP) {
		// A long sentence: the 12 s of it around the term.
		const s = Math.min(Math.max(start, at - MAX_LOOP / 3), end - MAX_LOOP);
		return { start: s, end: s + MAX_LOOP };
	}
	return { start, end };
}

/** The sentence of `place` and its times; null for a heading, a block without sentences, or an untimed sentence. */
export function sentenceLoop(clock: SentenceClock, place: TextPlace): TermLoop | null {
	if (place.block === null) return null;
	const block: Block | undefined = clock.transcript.sections[place.section]?.blocks[place.block];
	const sentences = block?.sentences;
	if (!block || !sentences?.length) return null;
	const first = firstSentence(clock.sentences, place.section, place.block);
	if (first === undefined) return null;
	const k = textToSourceOffset(block.inlines, place.offset);
	let j = sentences.findIndex((s) => k >= s.from && k < s.to);
	if (j < 0) j = k < (sentences[0]?.from ?? 0) ? 0 : sentences.length - 1;
	const i = first + j;
	const start = clock.times.time[i];
	if (start === undefined || !Number.isFinite(start)) return null;
	const sentence = sentences[j];
	let end = sentence?.end;
	if (end === undefined || !(end > start)) {
		end = undefined;
		for (let n = i + 1; n < clock.times.time.length; n++) {
			const t = clock.times.time[n] ?? Number.NaN;
			if (Number.isFinite(t) && t > start) {
				end = t;
				break;
			}
		}
		end ??= clock.duration !== undefined && clock.duration > start ? clock.duration : undefined;
	}
	const lead = clock.times.estimated[i] ? LEAD_IN : 0;
	const from = Math.max(0, start - lead);
	// Where in the sentence the term is, by characters, to keep it inside a clipped window.
	const span = sentence ? sentence.to - sentence.from : 0;
	const frac = span > 0 && sentence ? (k - sentence.from) / span : 0;
	const at = end === undefined ? start : start + (end - start) * frac;
	const win = clampWindow(from, end ?? from + MIN_LOOP * 2, at);
	return { ...win, time: start, via: 'sentence' };
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The cue of `cues` that says `form` (case-insensitive, whole words), nearest `near` within ±60 s, else the nearest anywhere. */
export function findCue(cues: readonly Cue[], form: string, near: number | null): Cue | null {
	const words = form
		.trim()
		.split(/[\s\u00a0]+/)
		.filter(Boolean)
		.map(escapeRe);
	if (!words.length) return null;
	const re = new RegExp(
		`(?<![\\p{L}\\p{N}])${words.join('[\\s\\u00a0]+')}(?![\\p{L}\\p{N}])`,
		'iu'
	);
	let best: Cue | null = null;
	let bestNear: Cue | null = null;
	const dist = (c: Cue) => (near === null ? c.start : Math.abs(c.start - near));
	for (const c of cues) {
		if (!re.test(c.text)) continue;
		if (!best || dist(c) < dist(best)) best = c;
		if (
			near !== null &&
			Math.abs(c.start - near) <= NEAR &&
			(!bestNear || dist(c) < dist(bestNear))
		)
			bestNear = c;
	}
	return bestNear ?? best;
}

/** The loop window of a cue: its start to its end (the next cue's start when it has none), 1.5–12 s. */
export function cueLoop(cues: readonly Cue[], cue: Cue): TermLoop {
	let end = cue.end;
	if (!(end > cue.start)) {
		const next = cues.find((c) => c.start > cue.start);
		end = next ? next.start : cue.start + MIN_LOOP * 2;
	}
	return { ...clampWindow(cue.start, end, cue.start), time: cue.start, via: 'cue' };
}

/**
 * The loop for one occurrence of the term whose original form is `original`: the cue of the
 * original-language track that says it (near the sentence's time), else the sentence's times,
 * else a short window around the time interpolated by characters; null when nothing is timed.
 */
export function termLoop(
	clock: SentenceClock,
	place: TextPlace,
	original: string
): TermLoop | null {
	const sentence = sentenceLoop(clock, place);
	const estimate = sentence?.time ?? estimateTime(clock.transcript, place);
	const cues = clock.transcript.original?.cues;
	if (cues?.length) {
		const cue = findCue(cues, original, estimate);
		if (cue) return cueLoop(cues, cue);
	}
	if (sentence) return sentence;
	if (estimate === null) return null;
	return { ...termWindow(estimate), time: estimate, via: 'estimate' };
}
