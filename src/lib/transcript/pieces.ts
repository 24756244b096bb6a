/** Cutting a block's inline pieces at sentence boundaries, so each sentence renders as its own span. */
import type { Inline, Sentence } from './model';

/** Copy of a text-bearing piece with only `text.slice(a, b)`. */
function slice(piece: Exclude<Inline, { kind: 'image' }>, a: number, b: number): Inline {
	return { ...piece, text: piece.text.slice(a, b) };
}

/** The inline pieces of each sentence (images go with the sentence they fall in); pieces split where a sentence ends. */
export function splitInlines(
	inlines: readonly Inline[],
	sentences: readonly Sentence[]
): Inline[][] {
	const out: Inline[][] = sentences.map(() => []);
	if (!out.length) return out;
	let pos = 0;
	let k = 0;
	for (const piece of inlines) {
		if (piece.kind === 'image') {
			while (k < sentences.length - 1 && pos >= (sentences[k]?.to ?? 0)) k++;
			out[k]?.push(piece);
			continue;
		}
		const end = pos + piece.text.length;
		let at = pos;
		while (at < end) {
			while (k < sentences.length - 1 && at >= (sentences[k]?.to ?? 0)) k++;
			const stop = k === sentences.length - 1 ? end : Math.min(end, sentences[k]?.to ?? end);
			out[k]?.push(slice(piece, at - pos, stop - pos));
			at = stop;
		}
		pos = end;
	}
	return out;
}
