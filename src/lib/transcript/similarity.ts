/** Title similarity for fuzzy matching: IDF-weighted Dice and containment over CJK chars, bigrams and words. */
import { matchUnitList } from './text';

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
	/** The matcher's ids of a text's distinct units, in the order of `units(text)` (cached; ids shared by all texts). */
	unitIds(text: string): readonly number[];
	/** The weight of the unit with id `id`, as `weight` gives it. */
	idWeight(id: number): number;
	/** How many unit ids have been given out so far. */
	idCount(): number;
}

/** Builds a matcher whose unit weights come from the document frequencies in `corpus` (titles and headings). */
export function createTitleMatcher(corpus: readonly string[]): TitleMatcher {
	// Units are interned to ids as texts are first met; document frequencies and weights are kept by id.
	const ids = new Map<string, number>();
	const names: string[] = [];
	const df: number[] = [];
	const idWeights: number[] = [];
	const idOf = (unit: string): number => {
		let id = ids.get(unit);
		if (id === undefined) {
			id = names.length;
			ids.set(unit, id);
			names.push(unit);
			df.push(0);
			idWeights.push(Number.NaN);
		}
		return id;
	};
	// Small arrays of small integers: cheaper to keep, one per title, than typed arrays.
	const idCache = new Map<string, number[]>();
	const unitIds = (text: string): readonly number[] => {
		let list = idCache.get(text);
		if (!list) {
			list = matchUnitList(text).map(idOf);
			idCache.set(text, list);
		}
		return list;
	};
	const sets = new Map<string, Set<string>>();
	const units = (text: string): Set<string> => {
		let u = sets.get(text);
		if (!u) {
			u = new Set(unitIds(text).map((id) => names[id] ?? ''));
			sets.set(text, u);
		}
		return u;
	};
	for (const text of corpus) for (const id of unitIds(text)) df[id] = (df[id] ?? 0) + 1;
	const n = Math.max(corpus.length, 1);
	const idWeight = (id: number): number => {
		let w = idWeights[id] ?? Number.NaN;
		if (Number.isNaN(w)) {
			// Units met outside the corpus count as found once.
			w = (KIND_WEIGHT[(names[id] ?? '').slice(0, 1)] ?? 1) * Math.log(1 + n / (df[id] || 1));
			idWeights[id] = w;
		}
		return w;
	};
	const weight = (u: string): number => idWeight(idOf(u));
	const sum = (set: Iterable<string>): number => {
		let s = 0;
		for (const u of set) s += weight(u);
		return s;
	};
	const sums = new Map<string, number>();
	const total = (text: string): number => {
		let w = sums.get(text);
		if (w === undefined) {
			w = 0;
			for (const id of unitIds(text)) w += idWeight(id);
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
	return {
		units,
		weight,
		similarity,
		containment,
		unitIds,
		idWeight,
		idCount: () => names.length
	};
}
