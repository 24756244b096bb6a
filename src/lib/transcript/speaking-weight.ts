/** How long text takes to say: CJK characters, Latin words and pauses at punctuation, weighed. */

/** Speaking-time weights, in units of one CJK character (≈ 0.22 s in Mandarin narration). */
export const WEIGHTS = { cjk: 1, word: 1.6, shortPause: 0.6, longPause: 1.2 } as const;

/** Kinds of character for the weight (0 in the table: not looked up yet). */
export const OTHER_KIND = 1;
export const CJK_KIND = 2;
export const WORD_KIND = 3;
export const SHORT_KIND = 4;
export const LONG_KIND = 5;

const CJK_ONE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const WORD_ONE = /^[\p{L}\p{N}]$/u;
const SHORT_ONE = /^[,，、;；:：—–]$/;
const LONG_ONE = /^[.!?。！？…]$/;

/** The kind of one character (a code point), as the regular expressions above see it. */
function classify(ch: string): number {
	if (CJK_ONE.test(ch)) return CJK_KIND;
	if (WORD_ONE.test(ch)) return WORD_KIND;
	if (SHORT_ONE.test(ch)) return SHORT_KIND;
	if (LONG_ONE.test(ch)) return LONG_KIND;
	return OTHER_KIND;
}

let kinds: Uint8Array | null = null;

/** The kind of every BMP character met so far (ASCII filled in at once; 0 = not yet; surrogates never stored). */
export function kindTable(): Uint8Array {
	if (!kinds) {
		kinds = new Uint8Array(0x10000);
		for (let c = 0; c < 0x80; c++) kinds[c] = classify(String.fromCharCode(c));
	}
	return kinds;
}

/** Looks up the kind of the BMP code unit `c` (not a surrogate) and stores it in `table`. */
export function learnKind(table: Uint8Array, c: number): number {
	const kind = classify(String.fromCharCode(c));
	table[c] = kind;
	return kind;
}

/** The weight of counted CJK characters, words, short and long pauses. */
export function weigh(cjk: number, words: number, short: number, long: number): number {
	return (
		cjk * WEIGHTS.cjk + words * WEIGHTS.word + short * WEIGHTS.shortPause + long * WEIGHTS.longPause
	);
}

/**
 * How long a text (or its part `from`–`to`) takes to say, in {@link WEIGHTS} units: CJK characters,
 * Latin words (runs of letters and digits), pauses at punctuation (a run of full stops counts once).
 * One pass, no allocation.
 */
export function speakingWeight(text: string, from = 0, to = text.length): number {
	const table = kindTable();
	let cjk = 0;
	let words = 0;
	let short = 0;
	let long = 0;
	let inWord = false;
	let inLong = false;
	const end = Math.min(to, text.length);
	for (let i = Math.max(0, from); i < end; i++) {
		const c = text.charCodeAt(i);
		let kind = table[c] ?? 0;
		if (kind === 0) {
			if (c < 0xd800 || c > 0xdfff) kind = learnKind(table, c);
			else {
				// A surrogate: a pair is one code point (astral characters are rare); a lone one counts as itself.
				let cp = c;
				if (c <= 0xdbff && i + 1 < end) {
					const low = text.charCodeAt(i + 1);
					if (low >= 0xdc00 && low <= 0xdfff) {
						cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
						i++;
					}
				}
				kind = classify(String.fromCodePoint(cp));
			}
		}
		if (kind === WORD_KIND) {
			if (!inWord) words++;
			inWord = true;
			inLong = false;
			continue;
		}
		inWord = false;
		if (kind === LONG_KIND) {
			if (!inLong) long++;
			inLong = true;
			continue;
		}
		inLong = false;
		if (kind === CJK_KIND) cjk++;
		else if (kind === SHORT_KIND) short++;
	}
	return weigh(cjk, words, short, long);
}
