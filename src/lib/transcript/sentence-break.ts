/**
 * Sentence boundaries by the Unicode rules `Intl.Segmenter` follows (UAX #29, SB6–SB11), computed
 * directly for text made only of characters whose sentence-break class is listed here (ASCII,
 * CJK ideographs, common CJK and typographic punctuation); null for any other text, which the
 * caller hands to `Intl.Segmenter` itself. The spec compares both on real and generated text.
 */
import type { Sentence } from './model';
import {
	CJK_KIND,
	kindTable,
	learnKind,
	LONG_KIND,
	SHORT_KIND,
	speakingWeight,
	weigh,
	WORD_KIND
} from './speaking-weight';

/** Sentence-break classes (UAX #29) of the characters this splitter knows; 0 = unknown. */
const UNKNOWN = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;

/** The class of every UTF-16 code unit (surrogates, controls and unlisted characters are unknown). */
const CLASS = buildClassTable();

function buildClassTable(): Uint8Array {
	const t = new Uint8Array(0x10000);
	const set = (chars: string, cls: number): void => {
		for (const ch of chars) t[ch.charCodeAt(0)] = cls;
	};
	t.fill(OTHER, 0x21, 0x7f);
	t[0x20] = SP;
	t.fill(UPPER, 0x41, 0x5b);
	t.fill(LOWER, 0x61, 0x7b);
	t.fill(NUMERIC, 0x30, 0x3a);
	set('.', ATERM);
	set('!?', STERM);
	set('"\'()[]{}', CLOSE);
	set(',-:;', SCONTINUE);
	// CJK Unified Ideographs and Extension A.
	t.fill(OLETTER, 0x4e00, 0xa000);
	t.fill(OLETTER, 0x3400, 0x4dc0);
	set('\u3000', SP);
	set('。！？', STERM);
	set('．', ATERM);
	set('、，：；－—–', SCONTINUE);
	set('“”‘’«»「」『』《》〈〉【】〔〕〖〗（）［］｛｝', CLOSE);
	set('…·～％＃＆＊＋／＜＝＞＠＼＿｜', OTHER);
	return t;
}

/** Every character this splitter knows the class of (for the spec that checks it against `Intl.Segmenter`). */
export function knownSentenceChars(): string {
	let out = '';
	for (let c = 0; c < CLASS.length; c++) if (CLASS[c]) out += String.fromCharCode(c);
	return out;
}

/** True for the classes that hold a letter or digit (what makes a piece a sentence of its own). */
const isWordClass = (cls: number): boolean =>
	cls === LOWER || cls === UPPER || cls === OLETTER || cls === NUMERIC;

/**
 * The sentences of `text` as consecutive spans covering it, pieces without a letter or digit joined
 * to the one before, each with its speaking weight (as `speakingWeight` gives it), found in one pass
 * over the text; null when the text holds a character whose class is not known here.
 */
export function fastSentences(text: string): Sentence[] | null {
	const n = text.length;
	const kinds = kindTable();
	const out: Sentence[] = [];
	let start = 0;
	// What the piece since `start` holds: a letter or digit; its weight counts (as speakingWeight counts).
	let word = false;
	let cjk = 0;
	let words = 0;
	let short = 0;
	let long = 0;
	let inWord = false;
	let inLong = false;
	/** Where the sentence rules put the next break (only closing marks and spaces lie before it). */
	let breakAt = -1;
	for (let i = 0; i < n; i++) {
		if (i === breakAt) {
			// SB11: a break before i.
			const last = out[out.length - 1];
			if (last && !word) {
				last.to = i;
				last.weight = speakingWeight(text, last.from, i);
			} else out.push({ from: start, to: i, weight: weigh(cjk, words, short, long) });
			start = i;
			word = inWord = inLong = false;
			cjk = words = short = long = 0;
		}
		const c = text.charCodeAt(i);
		const cls = CLASS[c] ?? UNKNOWN;
		if (cls === UNKNOWN) return null;
		if (cls === LOWER || cls === UPPER || cls === NUMERIC) {
			// An ASCII letter or digit (a word character for the weight too): the rest of its word in a tight loop.
			if (!inWord) words++;
			inWord = true;
			inLong = false;
			word = true;
			while (i + 1 < n) {
				const k = CLASS[text.charCodeAt(i + 1)];
				if (k !== LOWER && k !== UPPER && k !== NUMERIC) break;
				i++;
			}
			continue;
		}
		if (cls === SP) {
			// A space: no weight of its own, it only ends a word or a run of full stops.
			inWord = inLong = false;
			continue;
		}
		// The character's weight (every character of a known class is in the BMP, none a surrogate).
		let kind = kinds[c] ?? 0;
		if (kind === 0) kind = learnKind(kinds, c);
		if (kind === WORD_KIND) {
			if (!inWord) words++;
			inWord = true;
			inLong = false;
		} else {
			inWord = false;
			if (kind === LONG_KIND) {
				if (!inLong) long++;
				inLong = true;
			} else {
				inLong = false;
				if (kind === CJK_KIND) cjk++;
				else if (kind === SHORT_KIND) short++;
			}
		}
		if (cls !== ATERM && cls !== STERM) {
			if (!word && isWordClass(cls)) word = true;
			continue;
		}
		// A terminator: where does its sentence end, if it ends here?
		let j = i + 1;
		if (cls === ATERM && j < n) {
			const next = CLASS[text.charCodeAt(j)] ?? UNKNOWN;
			if (next === NUMERIC) continue; // SB6: 3.14
			const prev = j > 1 ? (CLASS[text.charCodeAt(j - 2)] ?? UNKNOWN) : UNKNOWN;
			if (next === UPPER && (prev === UPPER || prev === LOWER)) continue; // SB7: U.S.A
		}
		while (j < n && CLASS[text.charCodeAt(j)] === CLOSE) j++; // SB9
		while (j < n && CLASS[text.charCodeAt(j)] === SP) j++; // SB10
		if (j >= n) continue; // the last sentence runs to the end
		const after = CLASS[text.charCodeAt(j)] ?? UNKNOWN;
		if (after === UNKNOWN) return null;
		if (after === SCONTINUE || after === ATERM || after === STERM) continue; // SB8a
		if (cls === ATERM) {
			// SB8: no break when the next letter (past non-letters) is lower case.
			let q = j;
			let k = after;
			while (k !== OLETTER && k !== UPPER && k !== LOWER && k !== ATERM && k !== STERM) {
				if (k === UNKNOWN) return null;
				if (++q >= n) break;
				k = CLASS[text.charCodeAt(q)] ?? UNKNOWN;
			}
			if (q < n && k === LOWER) continue;
		}
		breakAt = j;
	}
	if (start < n) {
		const last = out[out.length - 1];
		if (last && !word) {
			last.to = n;
			last.weight = speakingWeight(text, last.from, n);
		} else out.push({ from: start, to: n, weight: weigh(cjk, words, short, long) });
	}
	return out;
}

/**
 * The sentences of `text` as consecutive `[from, to)` spans covering it, pieces without a letter or
 * digit joined to the one before; null when the text holds a character whose class is not known here.
 */
export function fastSentenceSpans(text: string): { from: number; to: number }[] | null {
	return fastSentences(text)?.map(({ from, to }) => ({ from, to })) ?? null;
}
