/** Title similarity for fuzzy matching: IDF-weighted Dice and containment over CJK chars, bigrams and words. */
import { matchUnits } from './text';

/** Relative weight of each unit kind: single CJK characters say less than bigrams or words. */
const KIND_WEIGHT: Record<string, number> = { c: 0.5, b: 1, w: 1 };

/** Scores how alike two short titles are, in [0, 1], discounting units common to the whole corpus. */
export interface TitleMatcher {
	/** The distinct units of a text (cached). */
	units(text: string): Set<string>;
	/** The weight of one unit (kind weight × inverse document frequency). */
	weight(unit: string): number;
	/** Similarity of two texts in [0, 1]: mean of weighted Dice and weighted containment. */
	similarity(a: string, b: string): number;
	/** Weighted share of `needle`'s units found in `hay` units, in [0, 1] (bigrams and words when it has any). */
	containment(needle: string, hay: Set<string>): number;
}

/** Builds a matcher whose unit weights come from the document frequencies in `corpus` (titles and headings). */
export function createTitleMatcher(corpus: readonly string[]): TitleMatcher {
	const cache = new Map<string, Set<string>>();
	const units = (text: string): Set<string> => {
		let u = cache.get(text);
		if (!u) {
			u = matchUnits(text);
			cache.set(text, u);
		}
		return u;
	};
	const df = new Map<string, number>();
	for (const text of corpus) for (const u of units(text)) df.set(u, (df.get(u) ?? 0) + 1);
	const n = Math.max(corpus.length, 1);
	const weights = new Map<string, number>();
	const weight = (u: string): number => {
		let w = weights.get(u);
		if (w === undefined) {
			w = (KIND_WEIGHT[u.slice(0, 1)] ?? 1) * Math.log(1 + n / (df.get(u) ?? 1));
			weights.set(u, w);
		}
		return w;
	};
	const sum = (set: Iterable<string>): number => {
		let s = 0;
		for (const u of set) s += weight(u);
		return s;
	};
	const sums = new Map<string, number>();
	const total = (text: string): number => {
		let w = sums.get(text);
		if (w === undefined) {
			w = sum(units(text));
			sums.set(text, w);
		}
		return w;
	};
	const similarity = (a: string, b: string): number => {
		const ua = units(a);
		const ub = units(b);
		const wa = total(a);
		const wb = total(b);
		if (!wa || !wb) return 0;
		let common = 0;
		for (const u of ua) if (ub.has(u)) common += weight(u);
		return ((2 * common) / (wa + wb) + common / Math.min(wa, wb)) / 2;
	};
	const containment = (needle: string, hay: Set<string>): number => {
		const all = [...units(needle)];
		const strong = all.filter((u) => !u.startsWith('c:'));
		const use = strong.length ? strong : all;
		const total = sum(use);
		if (!total) return 0;
		let found = 0;
		for (const u of use) if (hay.has(u)) found += weight(u);
		return found / total;
	};
	return { units, weight, similarity, containment };
}
