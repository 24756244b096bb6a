/**
 * Sentence boundaries by the Unicode rules `Intl.Segmenter` follows (UAX #29, SB6–SB11), computed
 * directly for text made only of characters whose sentence-break class is listed here (ASCII,
 * CJK ideographs, common CJK and typographic punctuation); null for any other text, which the
 * caller hands to `Intl.Segmenter` itself. The spec compares both on real and generated text.
 */

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

/** Finds the next sentence terminator or character of unknown class (what the scan must stop at). */
const STOP = buildStopPattern();

function buildStopPattern(): RegExp {
	const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
	let ranges = '';
	for (let c = 0; c < CLASS.length; c++) {
		const plain = (k: number): boolean => {
			const cls = CLASS[k] ?? UNKNOWN;
			return cls !== UNKNOWN && cls !== ATERM && cls !== STERM;
		};
		if (!plain(c)) continue;
		let end = c;
		while (end + 1 < CLASS.length && plain(end + 1)) end++;
		ranges += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
		c = end;
	}
	return new RegExp(`[^${ranges}]`, 'g');
}

/** True when `text[from, to)` holds a letter or digit. */
function hasWord(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++)
		if (isWordClass(CLASS[text.charCodeAt(i)] ?? UNKNOWN)) return true;
	return false;
}

/** Sentence ends found by {@link fastSentenceEnds} (grown as needed, reused between calls). */
let ends = new Int32Array(256);

/** Records a sentence end `to` (the piece since `start` joins the one before when it has no letter or digit). */
function pushEnd(text: string, count: number, start: number, to: number): number {
	if (count > 0 && !hasWord(text, start, to)) {
		ends[count - 1] = to;
		return count;
	}
	if (count === ends.length) {
		const grown = new Int32Array(count * 2);
		grown.set(ends);
		ends = grown;
	}
	ends[count] = to;
	return count + 1;
}

/**
 * Where the sentences of `text` end, as {@link fastSentenceSpans} splits it: the count of ends,
 * written to the start of the array returned by {@link sentenceEnds} (each sentence starts where the
 * one before ends, the first at 0), or -1 when the text holds a character whose class is not known here.
 */
export function fastSentenceEnds(text: string): number {
	const n = text.length;
	let count = 0;
	let start = 0;
	let i = 0;
	while (i < n) {
		STOP.lastIndex = i;
		if (!STOP.test(text)) break;
		i = STOP.lastIndex - 1;
		const cls = CLASS[text.charCodeAt(i)] ?? UNKNOWN;
		if (cls === UNKNOWN) return -1;
		let j = i + 1;
		i = j;
		if (cls === ATERM && j < n) {
			const next = CLASS[text.charCodeAt(j)] ?? UNKNOWN;
			if (next === NUMERIC) continue; // SB6: 3.14
			const prev = j > 1 ? (CLASS[text.charCodeAt(j - 2)] ?? UNKNOWN) : UNKNOWN;
			if (next === UPPER && (prev === UPPER || prev === LOWER)) continue; // SB7: U.S.A
		}
		while (j < n && CLASS[text.charCodeAt(j)] === CLOSE) j++; // SB9
		while (j < n && CLASS[text.charCodeAt(j)] === SP) j++; // SB10
		if (j >= n) break; // the last sentence runs to the end
		const after = CLASS[text.charCodeAt(j)] ?? UNKNOWN;
		if (after === UNKNOWN) return -1;
		i = j;
		if (after === SCONTINUE || after === ATERM || after === STERM) continue; // SB8a
		if (cls === ATERM) {
			// SB8: no break when the next letter (past non-letters) is lower case.
			let q = j;
			let k = after;
			while (k !== OLETTER && k !== UPPER && k !== LOWER && k !== ATERM && k !== STERM) {
				if (k === UNKNOWN) return -1;
				if (++q >= n) break;
				k = CLASS[text.charCodeAt(q)] ?? UNKNOWN;
			}
			if (q < n && k === LOWER) continue;
		}
		// SB11: a break at j.
		count = pushEnd(text, count, start, j);
		start = j;
	}
	if (start < n) count = pushEnd(text, count, start, n);
	return count;
}

/** The array {@link fastSentenceEnds} wrote its ends to (valid until its next call). */
export function sentenceEnds(): Int32Array {
	return ends;
}

/**
 * The sentences of `text` as consecutive `[from, to)` spans covering it, pieces without a letter or
 * digit joined to the one before; null when the text holds a character whose class is not known here.
 */
export function fastSentenceSpans(text: string): { from: number; to: number }[] | null {
	const count = fastSentenceEnds(text);
	if (count < 0) return null;
	const out: { from: number; to: number }[] = [];
	for (let k = 0, from = 0; k < count; k++) {
		const to = ends[k] ?? 0;
		out.push({ from, to });
		from = to;
	}
	return out;
}
