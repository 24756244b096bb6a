/** Full-text search of the timed body: CJK-aware, case- and width-insensitive, Chinese also by pinyin. */
import type { Transcript } from '$lib/transcript/model';
import { estimateTime } from '$lib/transcript/terms-time';

/** Pinyin of each character of a text, as pinyin-pro's `pinyin(text, { type: 'all' })` gives it. */
export type PinyinFn = (
	text: string
) => { origin: string; pinyin: string; isZh: boolean; num?: number }[];

interface Doc {
	section: number;
	block: number | null;
	text: string;
	/** Normalised text, and the original offset of each of its UTF-16 units (null: the same offsets). */
	norm: string;
	normMap: Int32Array | null;
	/** Toneless pinyin of the Han characters (`|` elsewhere), original offsets, syllable starts. */
	py: string | null;
	pyMap: number[];
	pyStarts: Set<number>;
	/** Tone (1–4, 0 neutral) of the syllable starting at each pinyin index. */
	pyTones: Map<number, number>;
}

/** A searchable transcript. */
export interface SearchIndex {
	transcript: Transcript;
	docs: Doc[];
}

/** One place the query was found. */
export interface SearchHit {
	/** Index into `transcript.sections`. */
	section: number;
	/** The section's heading. */
	sectionTitle: string;
	/** Block index, or null when found in the heading. */
	block: number | null;
	/** The text searched (heading or block). */
	text: string;
	/** Start and end (exclusive) of the match in `text`. */
	start: number;
	end: number;
	/** Estimated time of the match in seconds (the section's start when unknown). */
	time: number;
	/** True when found through pinyin. */
	pinyin: boolean;
}

/** Text whose lowercase NFKC form has the same length, unit for unit: ASCII and the common CJK ideographs. */
const SAME_LENGTH = /^[\t\n\r -~\u4e00-\u9fff]*$/;

/** Lowercase NFKC of each code point, with the original offset of every resulting unit (null: the same offsets). */
function normalize(text: string): { norm: string; map: Int32Array | null } {
	if (SAME_LENGTH.test(text)) return { norm: text.toLowerCase(), map: null };
	const parts: string[] = [];
	const map: number[] = [];
	let i = 0;
	for (const ch of text) {
		const n = ch.normalize('NFKC').toLowerCase();
		parts.push(n);
		for (let k = 0; k < n.length; k++) map.push(i);
		i += ch.length;
	}
	map.push(i);
	return { norm: parts.join(''), map: Int32Array.from(map) };
}

/** A pinyin query: lowercase letters only, tone marks and digits, spaces and apostrophes dropped, v = ü = u. */
export function pinyinKey(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/v/g, 'u')
		.replace(/[\s'’0-9]/g, '');
}

const NO_PINYIN = (): Pick<Doc, 'py' | 'pyMap' | 'pyStarts' | 'pyTones'> => ({
	py: null,
	pyMap: [],
	pyStarts: new Set(),
	pyTones: new Map()
});

/** The tones written in a pinyin query, in order (marks ā á ǎ à or digits 1–5; 5 is neutral). */
export function queryTones(q: string): number[] {
	const marks: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };
	const out: number[] = [];
	for (const ch of q.normalize('NFD')) {
		const mark = marks[ch];
		if (mark !== undefined) out.push(mark);
		else if (/[1-5]/.test(ch)) out.push(ch === '5' ? 0 : Number(ch));
	}
	return out;
}

function pinyinOf(
	text: string,
	toPinyin: PinyinFn
): Pick<Doc, 'py' | 'pyMap' | 'pyStarts' | 'pyTones'> {
	if (!/\p{Script=Han}/u.test(text)) return NO_PINYIN();
	let py = '';
	const pyMap: number[] = [];
	const pyStarts = new Set<number>();
	const pyTones = new Map<number, number>();
	let at = 0;
	for (const item of toPinyin(text)) {
		const syl = item.isZh ? pinyinKey(item.pinyin) : '';
		if (syl) {
			pyStarts.add(py.length);
			pyTones.set(py.length, item.num ?? 0);
			for (let k = 0; k < syl.length; k++) pyMap.push(at);
			py += syl;
		} else if (!py.endsWith('|')) {
			pyMap.push(at);
			py += '|';
		}
		at += item.origin.length;
	}
	pyMap.push(at);
	return { py, pyMap, pyStarts, pyTones };
}

/** Adds the heading and blocks of section `si` to `docs`. */
function addSection(docs: Doc[], transcript: Transcript, si: number, toPinyin?: PinyinFn): void {
	const add = (section: number, block: number | null, text: string) => {
		if (!text.trim()) return;
		const { norm, map } = normalize(text);
		const py = toPinyin ? pinyinOf(text, toPinyin) : NO_PINYIN();
		docs.push({ section, block, text, norm, normMap: map, ...py });
	};
	const s = transcript.sections[si];
	if (!s) return;
	add(si, null, s.title);
	s.blocks.forEach((b, bi) => add(si, bi, b.text));
}

/** Indexes the headings and blocks of the timed body; `toPinyin` enables pinyin search. */
export function buildIndex(transcript: Transcript, toPinyin?: PinyinFn): SearchIndex {
	const docs: Doc[] = [];
	for (let si = 0; si < transcript.sections.length; si++)
		addSection(docs, transcript, si, toPinyin);
	return { transcript, docs };
}

/** Characters of text indexed between two pauses by {@link buildIndexInSlices} (an eighth of it with pinyin, which is slower). */
export const INDEX_SLICE = 200_000;

/** Characters of text in the timed body (headings and blocks). */
export function bodyLength(transcript: Transcript): number {
	let n = 0;
	for (const s of transcript.sections) {
		n += s.title.length;
		for (const b of s.blocks) n += b.text.length;
	}
	return n;
}

/**
 * {@link buildIndex} a slice at a time, awaiting `pause()` between slices of about `slice`
 * characters; null when `cancelled()` turns true on the way.
 */
export async function buildIndexInSlices(
	transcript: Transcript,
	toPinyin: PinyinFn | undefined,
	pause: () => Promise<void>,
	cancelled: () => boolean = () => false,
	slice = toPinyin ? INDEX_SLICE / 8 : INDEX_SLICE
): Promise<SearchIndex | null> {
	const docs: Doc[] = [];
	let chars = 0;
	for (let si = 0; si < transcript.sections.length; si++) {
		addSection(docs, transcript, si, toPinyin);
		const s = transcript.sections[si];
		for (const b of s?.blocks ?? []) chars += b.text.length;
		if (chars >= slice) {
			chars = 0;
			await pause();
			if (cancelled()) return null;
		}
	}
	return { transcript, docs };
}

/** Where the query is found (text or pinyin), in document order, at most `limit`; times from `timed` (e.g. a retimed copy). */
export function search(
	index: SearchIndex,
	query: string,
	limit = 100,
	timed: Transcript = index.transcript
): SearchHit[] {
	const q = normalize(query.trim()).norm.replace(/\s+/g, ' ');
	if (!q) return [];
	const key = pinyinKey(query);
	const tones = queryTones(query);
	const usePinyin = /^[a-z]{2,}$/.test(key) && /^[\p{L}\p{M}\s'’0-9]+$/u.test(query.trim());
	const hits: SearchHit[] = [];
	const t = timed;
	const hit = (d: Doc, start: number, end: number, pinyin: boolean): SearchHit => ({
		section: d.section,
		sectionTitle: t.sections[d.section]?.title ?? '',
		block: d.block,
		text: d.text,
		start,
		end,
		time:
			estimateTime(t, { section: d.section, block: d.block, offset: start }) ??
			t.anchors[t.sections[d.section]?.anchor ?? -1]?.time ??
			0,
		pinyin
	});
	for (const d of index.docs) {
		const found = new Set<number>();
		for (let i = d.norm.indexOf(q); i >= 0 && hits.length < limit; i = d.norm.indexOf(q, i + 1)) {
			const start = d.normMap ? (d.normMap[i] ?? 0) : i;
			found.add(start);
			const end = d.normMap ? d.normMap[i + q.length] : i + q.length;
			hits.push(hit(d, start, end ?? d.text.length, false));
		}
		if (usePinyin && d.py) {
			for (let i = d.py.indexOf(key); i >= 0 && hits.length < limit; i = d.py.indexOf(key, i + 1)) {
				if (!d.pyStarts.has(i)) continue;
				const start = d.pyMap[i] ?? 0;
				if (found.has(start)) continue;
				// The match ends inside (or at the end of) the syllable holding its last letter.
				let endUnit = i + key.length;
				while (endUnit < d.py.length && !d.pyStarts.has(endUnit) && d.py[endUnit] !== '|')
					endUnit++;
				// Tones written in the query (one per syllable) must agree: jiān guǎn is 监管, not 间关.
				if (tones.length) {
					const got: number[] = [];
					for (let k = i; k < endUnit; k++) if (d.pyStarts.has(k)) got.push(d.pyTones.get(k) ?? 0);
					if (got.length === tones.length && got.some((tone, k) => tone !== tones[k])) continue;
				}
				hits.push(hit(d, start, d.pyMap[endUnit] ?? d.text.length, true));
			}
		}
		if (hits.length >= limit) break;
	}
	return hits;
}

/** The match with some text either side, for a result list. */
export function snippet(
	hit: Pick<SearchHit, 'text' | 'start' | 'end'>,
	radius = 28
): { before: string; match: string; after: string } {
	const from = Math.max(0, hit.start - radius);
	const to = Math.min(hit.text.length, hit.end + radius);
	return {
		before: (from > 0 ? '…' : '') + hit.text.slice(from, hit.start),
		match: hit.text.slice(hit.start, hit.end),
		after: hit.text.slice(hit.end, to) + (to < hit.text.length ? '…' : '')
	};
}
