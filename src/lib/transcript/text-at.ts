/** What is said at a moment, in a few words: for naming saved loops and bookmarks. */
import { locate, locateAnchor } from './locate';
import type { SentenceClock } from './term-loop';
import { inlineSource } from './timing';

/** `text` shortened to at most `max` characters (code points), ending with "…" when cut. */
export function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const chars = Array.from(flat);
	return chars.length <= max
		? flat
		: chars
				.slice(0, Math.max(1, max - 1))
				.join('')
				.trimEnd() + '…';
}

/**
 * The sentence being spoken at `t` (shortened to `max` characters), or the title of the section
 * being spoken when that sentence has no text, or '' before anything timed.
 */
export function textAt(clock: SentenceClock, t: number, max = 60): string {
	const { transcript, sentences, times } = clock;
	const k = locate(times.starts, t + 1e-6);
	if (k >= 0 && k < sentences.length) {
		const block = transcript.sections[sentences.section[k] ?? -1]?.blocks[sentences.block[k] ?? -1];
		const sentence = block?.sentences?.[sentences.sentence[k] ?? -1];
		if (block && sentence) {
			const text = shorten(inlineSource(block.inlines).slice(sentence.from, sentence.to), max);
			if (text) return text;
		}
	}
	const anchor = transcript.anchors[locateAnchor(transcript, t)];
	return anchor ? shorten(transcript.sections[anchor.section]?.title ?? '', max) : '';
}
