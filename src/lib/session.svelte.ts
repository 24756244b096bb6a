import { Player } from '$lib/player/player.svelte';
import { locate } from '$lib/transcript/locate';
import type { Transcript } from '$lib/transcript/model';

/** What the reader has open: one transcript and one player, and where playback is in the text. */
export class Session {
	/** The media clock. */
	readonly player = new Player();
	#transcript: Transcript = $state.raw() as Transcript;
	#anchorStarts = $derived(Float64Array.from(this.#transcript.anchors, (a) => a.time));
	#entryStarts = $derived(Float64Array.from(this.#transcript.timeline, (e) => e.time));
	#activeAnchor = $derived(locate(this.#anchorStarts, this.player.time));
	#activeEntry = $derived(locate(this.#entryStarts, this.player.time));

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
