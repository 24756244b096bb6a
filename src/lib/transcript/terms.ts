/** Bilingual term pairs (`Omni(全方位)`, `人工通用智能(AGI)`) and Latin names inside CJK text, with every place they occur. */
import type { Transcript } from './model';
import { estimateTime, type TextPlace } from './terms-time';

/** One place a term occurs. */
export interface TermOccurrence extends TextPlace {
	/** Length of the occurrence in UTF-16 units. */
	length: number;
	/** The text as it appears there (Latin form or gloss). */
	form: string;
	/** Estimated time in seconds (interpolated by character offset inside its timed span), null when untimed. */
	time: number | null;
}

/** A term: its original (Latin-script) form, its Chinese gloss when the text gives one, and its occurrences. */
export interface Term {
	/** Lowercase key (the Latin form). */
	key: string;
	/** The Latin form as most often written. */
	latin: string;
	/** The CJK form the text pairs it with, or null. */
	gloss: string | null;
	/** Every occurrence (Latin form or gloss), in document order. */
	occurrences: TermOccurrence[];
}

const LATIN_TOKEN = String.raw`[A-Za-z][A-Za-z0-9]*(?:[-.'’][A-Za-z0-9]+)*`;
const HAN = String.raw`[\p{Script=Han}·]`;
/**
 * `Latin phrase (汉字)`, either paren width. The phrase is bounded (a term is its last few words): an
 * unbounded run made the search quadratic in a long paragraph without parentheses.
 */
const LATIN_GLOSS = new RegExp(
	String.raw`(${LATIN_TOKEN}(?:[ \u00a0]${LATIN_TOKEN}){0,5})\s*[(（]\s*(${HAN}{1,10})\s*[)）]`,
	'gu'
);
/** `汉字 (Latin phrase)`, either paren width; the run before it is bounded too (the gloss is its tail). */
const GLOSS_LATIN = new RegExp(
	String.raw`(${HAN}{1,32})\s*[(（]\s*(${LATIN_TOKEN}(?:[ \u00a0]${LATIN_TOKEN}){0,4})\s*[)）]`,
	'gu'
);
const TOKEN_RE = new RegExp(LATIN_TOKEN, 'gu');
const HAN_OR_DOT = new RegExp(HAN, 'u');
/** Characters that rarely belong to a term: a gloss starts after the last of them. */
const STOP = /[的是了在和与为把被称叫个这那说对将从及或也都就而让给向于之即当]/u;
const CAPITALISED = /^[A-Z][a-z]+$/;

/** The term at the end of a Latin phrase: its trailing capitalised words, else its last word. */
function latinTail(phrase: string): string {
	const words = phrase.split(/[ \u00a0]+/);
	const tail: string[] = [];
	for (let i = words.length - 1; i >= 0; i--) {
		const w = words[i] ?? '';
		if (CAPITALISED.test(w) && tail.length < 4) tail.unshift(w);
		else break;
	}
	return tail.length ? tail.join(' ') : (words.at(-1) ?? '');
}

/** The gloss at the end of a CJK run: after the last function character, at most 2 per acronym letter or 8. */
function hanTail(run: string, latin: string): string {
	let tail = run;
	for (let i = run.length - 1; i >= 0; i--) {
		if (STOP.test(run[i] ?? '')) {
			tail = run.slice(i + 1);
			break;
		}
	}
	const acronym = /^[A-Z]{2,6}$/.test(latin) ? latin.length * 2 : 8;
	return tail.slice(-Math.min(acronym, 8));
}

/** True when a text is mostly CJK (outside parentheses): Latin words in it are original-language terms. */
function isCjkText(text: string): boolean {
	const outside = text.replace(/[(（][^)）]*[)）]/g, '');
	const han = outside.match(/\p{Script=Han}/gu)?.length ?? 0;
	const latin = outside.match(/[A-Za-z]/g)?.length ?? 0;
	return han > 0 && han * 3 >= latin;
}

/** Latin names and terms in CJK text: tokens, capitalised words joined (`Logan Bartlett`), at least 2 letters. */
function latinTerms(text: string): string[] {
	const out: string[] = [];
	const tokens = [...text.matchAll(TOKEN_RE)];
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i];
		if (!tok) continue;
		let term = tok[0];
		let end = (tok.index ?? 0) + term.length;
		if (CAPITALISED.test(term)) {
			for (let j = i + 1; j < tokens.length; j++) {
				const next = tokens[j];
				if (!next || !CAPITALISED.test(next[0]) || !/^[ \u00a0]$/.test(text.slice(end, next.index)))
					break;
				term += ` ${next[0]}`;
				end = (next.index ?? 0) + next[0].length;
				i = j;
			}
		}
		if (term.replace(/[^A-Za-z]/g, '').length >= 2) out.push(term);
	}
	return out;
}

interface Place {
	section: number;
	block: number | null;
	text: string;
}

function placesOf(t: Transcript): Place[] {
	const places: Place[] = [];
	t.sections.forEach((s, si) => {
		places.push({ section: si, block: null, text: s.title });
		s.blocks.forEach((b, bi) => {
			if (b.kind !== 'image' && b.kind !== 'rule' && b.text.trim())
				places.push({ section: si, block: bi, text: b.text });
		});
	});
	return places;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds the transcript's terms with every occurrence and its estimated time, most frequent first. */
export function extractTerms(t: Transcript): Term[] {
	const places = placesOf(t);
	const glosses = new Map<string, Map<string, number>>();
	const forms = new Map<string, Map<string, number>>();
	const count = (m: Map<string, Map<string, number>>, key: string, v: string) => {
		const inner = m.get(key) ?? new Map<string, number>();
		inner.set(v, (inner.get(v) ?? 0) + 1);
		m.set(key, inner);
	};
	for (const p of places) {
		// Every pattern below needs a Han character (or the middle dot of a transliterated name).
		if (!HAN_OR_DOT.test(p.text)) continue;
		const parens = /[(（]/.test(p.text);
		for (const m of parens ? p.text.matchAll(LATIN_GLOSS) : []) {
			const latin = latinTail(m[1] ?? '');
			const gloss = m[2] ?? '';
			if (latin.length < 2 || gloss.length < 1) continue;
			count(forms, latin.toLowerCase(), latin);
			count(glosses, latin.toLowerCase(), gloss.replace(/^·|·$/g, ''));
		}
		for (const m of parens ? p.text.matchAll(GLOSS_LATIN) : []) {
			const latin = (m[2] ?? '').trim();
			const gloss = hanTail(m[1] ?? '', latin);
			if (latin.replace(/[^A-Za-z]/g, '').length < 2 || gloss.length < 2) continue;
			count(forms, latin.toLowerCase(), latin);
			count(glosses, latin.toLowerCase(), gloss.replace(/^·|·$/g, ''));
		}
		if (isCjkText(p.text))
			for (const latin of latinTerms(p.text)) count(forms, latin.toLowerCase(), latin);
	}
	const best = (m: Map<string, number> | undefined) =>
		m ? ([...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null) : null;
	const terms: Term[] = [];
	// Longer terms claim their text first: `Sam` does not count the `Sam` of `Sam Altman`.
	const claimed = places.map(() => [] as [number, number][]);
	const keys = [...forms.keys()].sort((a, b) => b.length - a.length);
	for (const key of keys) {
		const latin = best(forms.get(key)) ?? key;
		const gloss = best(glosses.get(key));
		const patterns = [
			new RegExp(
				`(?<![A-Za-z0-9]|[A-Za-z0-9][-.'’])${escapeRe(latin).replace(/ /g, '[ \\u00a0]')}(?![A-Za-z0-9]|[-.'’][A-Za-z0-9])`,
				'giu'
			)
		];
		if (gloss && gloss.length >= 2) patterns.push(new RegExp(escapeRe(gloss), 'gu'));
		const occurrences: TermOccurrence[] = [];
		places.forEach((p, pi) => {
			const taken = claimed[pi] ?? [];
			for (const re of patterns) {
				for (const m of p.text.matchAll(re)) {
					const from = m.index ?? 0;
					const to = from + m[0].length;
					if (taken.some(([a, b]) => from < b && to > a)) continue;
					taken.push([from, to]);
					const place = { section: p.section, block: p.block, offset: from };
					occurrences.push({
						...place,
						length: m[0].length,
						form: m[0],
						time: estimateTime(t, place)
					});
				}
			}
		});
		occurrences.sort(
			(a, b) => a.section - b.section || (a.block ?? -1) - (b.block ?? -1) || a.offset - b.offset
		);
		if (occurrences.length) terms.push({ key, latin, gloss, occurrences });
	}
	return terms.sort(
		(a, b) => b.occurrences.length - a.occurrences.length || a.key.localeCompare(b.key)
	);
}

/** A short study window around an occurrence: `before` s ahead of it to `after` s past it (never before 0). */
export function termWindow(time: number, before = 1, after = 3): { start: number; end: number } {
	const start = Math.max(0, time - before);
	return { start, end: time + after };
}
