/** Order-preserving heading match for large transcripts: only candidate pairs are scored (shared rare units, or near the diagonal). */
import type { TitleMatcher } from './similarity';

/** Units shared by more titles than this do not propose candidates (they still count in the score). */
const RARE = 64;
/** Candidates within this many places of the proportional diagonal are always scored. */
const BAND = 12;

/** Titles with their units as small integers (in the units' own order) and their weights, for fast scoring. */
interface Interned {
	/** Unit ids of each title, in the order of `matcher.units(title)`. */
	units: Int32Array[];
	/** Total unit weight of each title, summed in that order (as the matcher sums it). */
	total: Float64Array;
}

/** Interns the units of `titles` into `ids` (unit → id, shared between both sides), with weights into `weights`. */
function intern(
	titles: readonly string[],
	matcher: TitleMatcher,
	ids: Map<string, number>,
	weights: number[]
): Interned {
	const units: Int32Array[] = [];
	const total = new Float64Array(titles.length);
	titles.forEach((title, t) => {
		const set = matcher.units(title);
		const list = new Int32Array(set.size);
		let k = 0;
		let sum = 0;
		for (const u of set) {
			let id = ids.get(u);
			if (id === undefined) {
				id = weights.length;
				ids.set(u, id);
				weights.push(matcher.weight(u));
			}
			list[k++] = id;
			sum += weights[id] ?? 0;
		}
		units.push(list);
		total[t] = sum;
	});
	return { units, total };
}

/** Best order-preserving assignment of `a` titles to `b` titles maximising total similarity ≥ `min`, in O(P log m) for P candidate pairs. */
export function sparseMatch(
	a: readonly string[],
	b: readonly string[],
	matcher: TitleMatcher,
	min: number
): (number | null)[] {
	const n = a.length;
	const m = b.length;
	// Scores are computed here from interned units, with the same additions in the same order as
	// `matcher.similarity`, so they are the same numbers; only the bookkeeping is cheaper.
	const ids = new Map<string, number>();
	const weights: number[] = [];
	const B = intern(b, matcher, ids, weights);
	const A = intern(a, matcher, ids, weights);
	const postings: number[][] = [];
	B.units.forEach((list, j) => {
		for (const u of list) {
			const p = postings[u];
			if (!p) postings[u] = [j];
			else if (p.length <= RARE) p.push(j);
		}
	});
	/** Per unit id: the `b` title (+1) whose units are marked, so one title's units are looked up in O(1). */
	const markedFor = new Int32Array(weights.length);
	const similarity = (i: number, j: number): number => {
		const wa = A.total[i] ?? 0;
		const wb = B.total[j] ?? 0;
		if (!wa || !wb) return 0;
		const ub = B.units[j] ?? new Int32Array(0);
		for (const u of ub) markedFor[u] = j + 1;
		let common = 0;
		for (const u of A.units[i] ?? []) if (markedFor[u] === j + 1) common += weights[u] ?? 0;
		for (const u of ub) markedFor[u] = 0;
		return ((2 * common) / (wa + wb) + common / Math.min(wa, wb)) / 2;
	};
	// Fenwick tree over b positions: prefix maximum of the best chain score ending there.
	const tree = new Float64Array(m + 1);
	const treeAt = new Int32Array(m + 1).fill(-1);
	let queryBest = 0;
	let queryAt = -1;
	const query = (j: number): void => {
		queryBest = 0;
		queryAt = -1;
		for (let k = j; k > 0; k -= k & -k)
			if ((tree[k] ?? 0) > queryBest) {
				queryBest = tree[k] ?? 0;
				queryAt = treeAt[k] ?? -1;
			}
	};
	const update = (j: number, value: number, id: number): void => {
		for (let k = j + 1; k <= m; k += k & -k)
			if (value > (tree[k] ?? 0)) {
				tree[k] = value;
				treeAt[k] = id;
			}
	};
	const pairI: number[] = [];
	const pairJ: number[] = [];
	const prev: number[] = [];
	let bestId = -1;
	let bestScore = 0;
	// Candidates of one row in first-proposed order; `seen[j] === i + 1` when j is already one.
	const seen = new Int32Array(m);
	const candidates: number[] = [];
	const rowJ: number[] = [];
	const rowScore: number[] = [];
	const rowId: number[] = [];
	let row = 0;
	const propose = (j: number): void => {
		if (seen[j] === row) return;
		seen[j] = row;
		candidates.push(j);
	};
	for (let i = 0; i < n; i++) {
		candidates.length = 0;
		row = i + 1;
		for (const u of A.units[i] ?? []) {
			const list = postings[u];
			if (list && list.length <= RARE) for (const j of list) propose(j);
		}
		const centre = Math.round((i * m) / Math.max(n, 1));
		for (let j = Math.max(0, centre - BAND); j < Math.min(m, centre + BAND); j++) propose(j);
		rowJ.length = 0;
		rowScore.length = 0;
		rowId.length = 0;
		for (const j of candidates) {
			const s = similarity(i, j);
			if (s < min) continue;
			query(j);
			const id = pairI.length;
			pairI.push(i);
			pairJ.push(j);
			prev.push(queryAt);
			rowJ.push(j);
			rowScore.push(queryBest + s);
			rowId.push(id);
			if (queryBest + s > bestScore) {
				bestScore = queryBest + s;
				bestId = id;
			}
		}
		for (let r = 0; r < rowJ.length; r++) update(rowJ[r] ?? 0, rowScore[r] ?? 0, rowId[r] ?? 0);
	}
	const out: (number | null)[] = new Array<number | null>(n).fill(null);
	for (let id = bestId; id >= 0; id = prev[id] ?? -1) out[pairI[id] ?? 0] = pairJ[id] ?? null;
	return out;
}
