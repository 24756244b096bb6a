/** Text normalisation, tokenisation for fuzzy matching (CJK and Latin alike), line joining and slugs. */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const PUNCT = /[\p{P}\p{S}]+/gu;
const LETTER = /^[\p{L}\p{N}]$/u;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/** True when the character is CJK (Han, kana or Hangul). */
export function isCjk(ch: string): boolean {
	return CJK.test(ch);
}

/** NFKC, lowercase, ASCII and CJK punctuation replaced by spaces, whitespace collapsed. */
export function normalizeText(s: string): string {
	return s.normalize('NFKC').toLowerCase().replace(PUNCT, ' ').replace(/\s+/g, ' ').trim();
}

const SPACE_RUN = /\s+/g;
/** Whitespace that {@link collapseSpaces} would change: any but a single plain space. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Every whitespace run as one space, ends trimmed (skips the rewrite when the text is already so). */
export function collapseSpaces(s: string): string {
	return (ODD_SPACE.test(s) ? s.replace(SPACE_RUN, ' ') : s).trim();
}

/** The matching units of a text: CJK characters, CJK character bigrams and Latin words. */
export interface Tokens {
	/** Each CJK character, in order (repeats kept). */
	chars: string[];
	/** Each pair of adjacent CJK characters within a CJK run, in order. */
	bigrams: string[];
	/** Each Latin (or other non-CJK) word, lowercase and lightly stemmed, in order. */
	words: string[];
}

/** Strips common English inflections so `models`/`model` and `thinking`/`think` meet. */
export function stemWord(w: string): string {
	if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
	if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
	if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
	if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
	return w;
}

/** Splits a text into CJK characters, CJK bigrams and Latin words after {@link normalizeText}. */
export function tokenize(s: string): Tokens {
	const norm = normalizeText(s);
	const chars: string[] = [];
	const bigrams: string[] = [];
	for (const run of norm.match(CJK_RUN) ?? []) {
		const cs = Array.from(run);
		chars.push(...cs);
		for (let i = 1; i < cs.length; i++) bigrams.push(`${cs[i - 1]}${cs[i]}`);
	}
	const words = (norm.replace(CJK_RUN, ' ').match(LATIN_WORD) ?? []).map(stemWord);
	return { chars, bigrams, words };
}

/** Printable ASCII only: NFKC leaves it as it is, and its only units are words (runs of letters and digits). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** {@link matchUnitList} of printable ASCII: its letter-and-digit runs, lowercased and stemmed, in order (no regex per word). */
function asciiUnits(s: string): string[] {
	const out: string[] = [];
	// Repeats are found in the list itself while it is short (titles), by a Set once it is long (paragraphs).
	let seen: Set<string> | null = null;
	let start = -1;
	for (let i = 0; i <= s.length; i++) {
		const c = i < s.length ? s.charCodeAt(i) : 0;
		if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			const unit = `w:${stemWord(s.slice(start, i).toLowerCase())}`;
			if (seen ? !seen.has(unit) : !out.includes(unit)) {
				out.push(unit);
				if (seen) seen.add(unit);
				else if (out.length === 16) seen = new Set(out);
			}
			start = -1;
		}
	}
	return out;
}

/** The distinct matching units of a text, tagged by kind (`c:人`, `b:人工`, `w:model`). */
export function matchUnits(s: string): Set<string> {
	return new Set(matchUnitList(s));
}

/** {@link matchUnits} as a list, in the same order (no Set made for plain ASCII). */
export function matchUnitList(s: string): string[] {
	if (PRINTABLE_ASCII.test(s)) return asciiUnits(s);
	const t = tokenize(s);
	const out = new Set<string>();
	for (const c of t.chars) out.add(`c:${c}`);
	for (const b of t.bigrams) out.add(`b:${b}`);
	for (const w of t.words) out.add(`w:${w}`);
	return [...out];
}

/** Joins two lines of one paragraph: no space when either side is CJK, else one space. */
export function joinLines(a: string, b: string): string {
	const left = a.replace(/\s+$/, '');
	const right = b.replace(/^\s+/, '');
	if (!left) return right;
	if (!right) return left;
	const last = Array.from(left).at(-1) ?? '';
	const first = Array.from(right)[0] ?? '';
	return isCjk(last) || isCjk(first) ? left + right : `${left} ${right}`;
}

/** Per BMP character: 1 when it is a letter or digit, 2 when not, 0 not looked up yet (surrogates unused). */
const LETTER_OR_DIGIT = new Uint8Array(0x10000);

/** A rough spoken length: letters and digits counted (each code point once), whitespace and punctuation not. */
export function textWeight(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0xd800 || c > 0xdfff) {
			let known = LETTER_OR_DIGIT[c] ?? 0;
			if (!known) {
				known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
				LETTER_OR_DIGIT[c] = known;
			}
			if (known === 1) n++;
		} else {
			// A surrogate: ask the regex about the whole code point (astral characters are rare).
			const cp = s.codePointAt(i) ?? c;
			if (LETTER.test(String.fromCodePoint(cp))) n++;
			if (cp > 0xffff) i++;
		}
	}
	return n;
}

/** A stable URL-fragment id: CJK and other letters kept, lowercase, hyphens between words, deduped as -2, -3. */
export function slugify(title: string, taken: Set<string>): string {
	// Printable ASCII: NFKC leaves it as it is, and its letters and digits are [a-z0-9] once lowercased.
	const base =
		(PRINTABLE_ASCII.test(title)
			? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
			: title
					.normalize('NFKC')
					.toLowerCase()
					.replace(/[^\p{L}\p{N}]+/gu, '-')
		).replace(/^-+|-+$/g, '') || 'section';
	let slug = base;
	for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
	taken.add(slug);
	return slug;
}
