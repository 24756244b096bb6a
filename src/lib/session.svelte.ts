import type { Loop } from '$lib/player/loop';
import { Player } from '$lib/player/player.svelte';
import { nextStart, prevStart, rangeAt, sortedStarts, type Range } from '$lib/player/units';
import { addPin, applyRetime, NO_RETIME, shiftOffset, type Retime } from '$lib/retime';
import { locate } from '$lib/transcript/locate';
import { textAt } from '$lib/transcript/text-at';
import type { SentenceClock } from '$lib/transcript/term-loop';
import type { Transcript } from '$lib/transcript/model';
import {
	indexSentences,
	timeSentences,
	type SentenceIndex,
	type SentenceTimes
} from '$lib/transcript/timing';

/** Where playback stops by itself: nowhere, at the end of each sentence, or of each section. */
export type PauseMode = 'off' | 'sentence' | 'section';

/** True when two loops cover the same stretch (to within 10 ms). */
export function sameRange(a: Loop, b: Loop): boolean {
	return Math.abs(a.start - b.start) < 0.01 && Math.abs(a.end - b.end) < 0.01;
}

/** The times of anchors or timeline entries, in their order (a plain loop: there may be tens of thousands). */
function timesOf(items: readonly { time: number }[]): Float64Array {
	const times = new Float64Array(items.length);
	for (let i = 0; i < items.length; i++) times[i] = items[i]?.time ?? Number.NaN;
	return times;
}

/** The start times of the timed sections, in section order. */
function sectionTimes({ sections, anchors }: Transcript): Float64Array {
	const times = new Float64Array(sections.length);
	let n = 0;
	for (const s of sections)
		if (s.anchor !== null) times[n++] = anchors[s.anchor]?.time ?? Number.NaN;
	return times.subarray(0, n);
}

/** What the reader has open: one transcript and one player, and where playback is in the text. */
export class Session {
	/** The media clock. */
	readonly player = new Player();
	#base: Transcript = $state.raw() as Transcript;
	#partial = $state(false);
	#retime: Retime = $state.raw(NO_RETIME);
	#undo: Retime[] = $state.raw([]);
	#pauseMode: PauseMode = $state('off');
	#pointA: number | null = $state(null);
	#saved: Loop[] = $state.raw([]);
	#transcript = $derived(applyRetime(this.#base, this.#retime));
	#sectionStarts = $derived(sortedStarts(sectionTimes(this.#transcript)));
	#anchorStarts = $derived(timesOf(this.#transcript.anchors));
	#entryStarts = $derived(timesOf(this.#transcript.timeline));
	#activeAnchor = $derived(locate(this.#anchorStarts, this.player.time));
	#activeEntry = $derived(locate(this.#entryStarts, this.player.time));
	#sentences = $derived(indexSentences(this.#transcript));
	#sentenceTimes = $derived(
		timeSentences(this.#transcript, this.#sentences, this.player.duration || undefined)
	);
	#activeSentence = $derived(locate(this.#sentenceTimes.starts, this.player.time));
	#sentenceClock: SentenceClock = $derived({
		transcript: this.#transcript,
		sentences: this.#sentences,
		times: this.#sentenceTimes,
		duration: this.player.duration || undefined
	});
	/** Sentence starts (with the timed anchors, so untimed stretches still have stops), for stepping and loops. */
	#sentenceStarts = $derived(sortedStarts(this.#sentenceTimes.time, this.#anchorStarts));

	constructor(transcript: Transcript) {
		this.#base = transcript;
		this.player.setPauseAt(() =>
			this.#pauseMode === 'off'
				? null
				: this.#pauseMode === 'section'
					? this.#sectionStarts
					: this.#sentenceStarts
		);
		this.player.setMarks(() => [this.#anchorStarts, this.#entryStarts, this.#sentenceTimes.starts]);
	}

	/** The open transcript, with the retiming applied. */
	get transcript(): Transcript {
		return this.#transcript;
	}
	/** Index into `transcript.anchors` of the part being spoken, -1 before the first. */
	get activeAnchor(): number {
		return this.#activeAnchor;
	}
	/** Index into `transcript.timeline` of the entry being spoken, -1 before the first. */
	get activeEntry(): number {
		return this.#activeEntry;
	}

	/** Every sentence of the timed body, in document order. */
	get sentences(): SentenceIndex {
		return this.#sentences;
	}
	/** When each sentence starts (estimated within timed spans; the last span runs to the media's end). */
	get sentenceTimes(): SentenceTimes {
		return this.#sentenceTimes;
	}
	/** The retimed transcript with its sentences and their times, for finding when a place is spoken. */
	get sentenceClock(): SentenceClock {
		return this.#sentenceClock;
	}
	/** Index (into `sentences`' arrays) of the sentence being spoken, -1 before the first timed one. */
	get activeSentence(): number {
		return this.#activeSentence;
	}

	/** Seeks to the start of sentence `index` (of `sentences`), when it has a time. */
	seekSentence(index: number): void {
		const t = this.#sentenceTimes.time[index];
		if (t !== undefined && Number.isFinite(t)) this.player.seek(t);
	}

	/** The transcript as read, before retiming. */
	get original(): Transcript {
		return this.#base;
	}
	/** Sorted start times of the timed sections. */
	get sectionStarts(): Float64Array {
		return this.#sectionStarts;
	}
	/** Sorted start times of the sentences (timed paragraphs where sentences are not timed). */
	get sentenceStarts(): Float64Array {
		return this.#sentenceStarts;
	}
	/** Where playback stops by itself. */
	get pauseMode(): PauseMode {
		return this.#pauseMode;
	}
	/** Loops the reader kept for later, in time order. */
	get savedLoops(): Loop[] {
		return this.#saved;
	}
	/** The A point of an A–B loop being set, or null. */
	get pointA(): number | null {
		return this.#pointA;
	}
	/** The corrections applied to the transcript's times. */
	get retime(): Retime {
		return this.#retime;
	}
	/** True when a retiming step can be undone. */
	get canUndo(): boolean {
		return this.#undo.length > 0;
	}
	/** Index into `transcript.sections` of the section being spoken, -1 before the first. */
	get activeSection(): number {
		return this.#transcript.anchors[this.#activeAnchor]?.section ?? -1;
	}

	/**
	 * Opens a transcript's outline while its bodies are still being read (what else was open is
	 * closed, as by {@link setTranscript}); {@link completeTranscript} then puts in the whole.
	 */
	setOutline(outline: Transcript, retime: Retime = NO_RETIME): void {
		this.setTranscript(outline, retime);
		this.#partial = true;
	}

	/** Puts in the whole of the transcript whose outline is open, keeping what the reader did meanwhile. */
	completeTranscript(transcript: Transcript): void {
		this.#base = transcript;
		this.#partial = false;
	}

	/** True while only the outline of the open transcript is there (its later sections' bodies are being read). */
	get partial(): boolean {
		return this.#partial;
	}

	/** Replaces the open transcript (playback goes on); `retime` restores saved corrections. */
	setTranscript(transcript: Transcript, retime: Retime = NO_RETIME): void {
		this.#base = transcript;
		this.#partial = false;
		this.#retime = retime;
		this.#undo = [];
		this.#pointA = null;
		this.#saved = [];
		this.player.setLoop(null);
	}

	/** Stops by itself at the end of each sentence or section, or not at all. */
	setPauseMode(mode: PauseMode): void {
		this.#pauseMode = mode;
	}

	/** Moves to the next (+1) or previous (-1) section; false when there is none. */
	stepSection(dir: 1 | -1): boolean {
		return this.#step(this.#sectionStarts, dir);
	}

	/** Moves to the next (+1) or previous (-1) sentence; false when there is none. */
	stepSentence(dir: 1 | -1): boolean {
		return this.#step(this.#sentenceStarts, dir);
	}

	/** The section (`section`) or sentence around the current time, as a range. */
	unitRange(unit: 'section' | 'sentence'): Range | null {
		const starts = unit === 'section' ? this.#sectionStarts : this.#sentenceStarts;
		return rangeAt(starts, this.player.time, this.player.duration);
	}

	/** Loops the section or sentence being played (at the current rate); false when there is none. */
	loopUnit(unit: 'section' | 'sentence'): boolean {
		const range = this.unitRange(unit);
		if (!range) return false;
		this.#pointA = null;
		this.player.setLoop({
			...range,
			rate: null,
			label: unit === 'section' ? 'Section' : 'Sentence'
		});
		return true;
	}

	/** Sets A of an A–B loop at the current time (clearing any loop). */
	setPointA(): void {
		this.#pointA = this.player.time;
		this.player.setLoop(null);
	}

	/** Sets B at the current time and starts the A–B loop from A; false when B is not after A. */
	setPointB(): boolean {
		const a = this.#pointA;
		const b = this.player.time;
		if (a === null || b <= a + 0.05) return false;
		return this.setLoopRange(a, b);
	}

	/** Loops `a`–`b` (either order) as an A–B loop from its start; false when shorter than 0.05 s. */
	setLoopRange(a: number, b: number): boolean {
		const start = Math.max(0, Math.min(a, b));
		const end = Math.max(a, b);
		if (end <= start + 0.05) return false;
		this.#pointA = null;
		this.player.setLoop({ start, end, rate: null, label: 'A–B' });
		this.player.seek(start);
		return true;
	}

	/** Plays `loop` from its start. */
	playLoop(loop: Loop): void {
		this.#pointA = null;
		this.player.setLoop(loop);
		this.player.seek(loop.start);
		void this.player.play();
	}

	/** Keeps the loop being played in the saved list, named by what is said at its start; false when none or kept already. */
	saveLoop(): boolean {
		const loop = this.player.loop;
		if (!loop || this.#saved.some((l) => sameRange(l, loop))) return false;
		const note = textAt(this.#sentenceClock, loop.start);
		this.#saved = [...this.#saved, { ...loop, note }].sort((a, b) => a.start - b.start);
		return true;
	}

	/** Drops saved loop `index`. */
	removeSavedLoop(index: number): void {
		this.#saved = this.#saved.filter((_, i) => i !== index);
	}

	/** Replaces the saved loops (restoring a place); invalid entries are dropped. */
	setSavedLoops(loops: readonly Loop[]): void {
		this.#saved = loops
			.filter((l) => Number.isFinite(l.start) && Number.isFinite(l.end) && l.end > l.start)
			.map((l) => ({ ...l }))
			.sort((a, b) => a.start - b.start);
	}

	/** Adds `loops` to the saved ones (those already kept are not doubled). */
	mergeSavedLoops(loops: readonly Loop[]): void {
		const fresh = loops.filter((l) => !this.#saved.some((k) => sameRange(k, l)));
		if (fresh.length) this.setSavedLoops([...this.#saved, ...fresh]);
	}

	/** Sets the rate of the loop being played (null: the player's rate), and of its saved copy. */
	setLoopRate(rate: number | null): void {
		const loop = this.player.loop;
		if (!loop) return;
		const next = { ...loop, rate };
		this.player.setLoop(next);
		const kept = this.player.loop;
		if (kept && this.#saved.some((l) => sameRange(l, loop)))
			this.#saved = this.#saved.map((l) => (sameRange(l, loop) ? { ...l, rate: kept.rate } : l));
	}

	/** Stops looping (and forgets a pending A). */
	clearLoop(): void {
		this.#pointA = null;
		this.player.setLoop(null);
	}

	/** Moves every time by `delta` seconds (saved as part of the retiming; undoable). */
	shiftTimes(delta: number): void {
		this.#setRetime(shiftOffset(this.#retime, delta));
	}

	/** Says the section being spoken starts now ("set this heading to now"); false without one. */
	pinSectionToNow(): boolean {
		const section = this.#base.sections[this.activeSection];
		const anchor = section?.anchor ?? null;
		const from = anchor === null ? undefined : this.#base.anchors[anchor]?.time;
		if (anchor === null || from === undefined) return false;
		this.#setRetime(addPin(this.#retime, anchor, from, this.player.time));
		return true;
	}

	/** Undoes the last retiming step. */
	undoRetime(): void {
		const prev = this.#undo.at(-1);
		if (!prev) return;
		this.#undo = this.#undo.slice(0, -1);
		this.#retime = prev;
	}

	#setRetime(next: Retime): void {
		this.#undo = [...this.#undo.slice(-49), this.#retime];
		this.#retime = next;
	}

	#step(starts: Float64Array, dir: 1 | -1): boolean {
		const t = this.player.time;
		const to = dir > 0 ? nextStart(starts, t) : prevStart(starts, t);
		if (to === null) return false;
		this.player.seek(to);
		return true;
	}

	/** Seeks to the start of anchor `index`. */
	seekAnchor(index: number): void {
		const anchor = this.#transcript.anchors[index];
		if (anchor) this.player.seek(anchor.time);
	}

	/** Seeks to timeline entry `index`. */
	seekEntry(index: number): void {
		const entry = this.#transcript.timeline[index];
		if (entry) this.player.seek(entry.time);
	}
}
