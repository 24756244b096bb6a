import { Player } from '$lib/player/player.svelte';
import { locate } from '$lib/transcript/locate';
import type { Transcript } from '$lib/transcript/model';
import {
	indexSentences,
	timeSentences,
	type SentenceIndex,
	type SentenceTimes
} from '$lib/transcript/timing';

/** What the reader has open: one transcript and one player, and where playback is in the text. */
export class Session {
	/** The media clock. */
	readonly player = new Player();
	#transcript: Transcript = $state.raw() as Transcript;
	#anchorStarts = $derived(Float64Array.from(this.#transcript.anchors, (a) => a.time));
	#entryStarts = $derived(Float64Array.from(this.#transcript.timeline, (e) => e.time));
	#activeAnchor = $derived(locate(this.#anchorStarts, this.player.time));
	#activeEntry = $derived(locate(this.#entryStarts, this.player.time));
	#sentences = $derived(indexSentences(this.#transcript));
	#sentenceTimes = $derived(
		timeSentences(this.#transcript, this.#sentences, this.player.duration || undefined)
	);
	#activeSentence = $derived(locate(this.#sentenceTimes.starts, this.player.time));

	constructor(transcript: Transcript) {
		this.#transcript = transcript;
	}

	/** The open transcript. */
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
	/** Index into `sentences.refs` of the sentence being spoken, -1 before the first timed one. */
	get activeSentence(): number {
		return this.#activeSentence;
	}

	/** Seeks to the start of sentence `index` (of `sentences.refs`), when it has a time. */
	seekSentence(index: number): void {
		const t = this.#sentenceTimes.time[index];
		if (t !== undefined && Number.isFinite(t)) this.player.seek(t);
	}

	/** Replaces the open transcript (playback goes on). */
	setTranscript(transcript: Transcript): void {
		this.#transcript = transcript;
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
