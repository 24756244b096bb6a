/** The terms of each open transcript, found once (in the parse worker for large files, else on first use). */
import type { Transcript } from '$lib/transcript/model';
import { extractTerms, type Term } from '$lib/transcript/terms';

const known = new WeakMap<Transcript, Term[]>();

/** Records terms found elsewhere (the parse worker) for `transcript`. */
export function rememberTerms(transcript: Transcript, terms: Term[]): void {
	known.set(transcript, terms);
}

/** The terms of `transcript`, found now unless already known. */
export function termsOf(transcript: Transcript): Term[] {
	let terms = known.get(transcript);
	if (!terms) {
		terms = extractTerms(transcript);
		known.set(transcript, terms);
	}
	return terms;
}
