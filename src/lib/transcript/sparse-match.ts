/** Order-preserving heading match for large transcripts: only candidate pairs are scored (shared rare units, or near the diagonal). */
import type { TitleMatcher } from './similarity';

/** Units shared by more titles than this do not propose candidates (they still count in the score). */
const RARE = 64;
/** Candidates within this many places of the proportional diagonal are always scored. */
const BAND = 12;

/** Titles with their units as small integers (in the units' own order) and their weights, for fast scoring. */
interface Interned {
	/** Unit ids of every title, one after the other, each title's in the order of `matcher.units(title)`. */
	units: Int32Array;
	/** Where each title's unit ids start in `units` (one more entry than titles: the end). */
	start: Int32Array;
	/** Total unit weight of each title, summed in that order (as the matcher sums it). */
	total: Float64Array;
}

/** Lays out the matcher's unit ids of `titles` one after the other, with each title's total weight. */
function intern(titles: readonly string[], matcher: TitleMatcher): Interned {
	const lists = titles.map((title) => matcher.unitIds(title));
	let size = 0;
	for (const list of lists) size += list.length;
	const units = new Int32Array(size);
	const start = new Int32Array(titles.length + 1);
	const total = new Float64Array(titles.length);
	let k = 0;
	lists.forEach((list, t) => {
		start[t] = k;
		let sum = 0;
		for (const id of list) {
			units[k++] = id;
			sum += matcher.idWeight(id);
		}
		total[t] = sum;
	});
	start[titles.length] = k;
	return { units, start, total };
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
	const B = intern(b, matcher);
	const A = intern(a, matcher);
	const weights = new Float64Array(matcher.idCount());
	for (let id = 0; id < weights.length; id++) weights[id] = matcher.idWeight(id);
	const postings: number[][] = [];
	for (let j = 0; j < m; j++)
		for (let k = B.start[j] ?? 0; k < (B.start[j + 1] ?? 0); k++) {
			const u = B.units[k] ?? 0;
			const p = postings[u];
			if (!p) postings[u] = [j];
			else if (p.length <= RARE) p.push(j);
		}
	/** Per unit id: the `b` title (+1) whose units are marked, so one title's units are looked up in O(1). */
	const markedFor = new Int32Array(weights.length);
	// Fenwick tree over b positions: prefix maximum of the best chain score ending there.
	const tree = new Float64Array(m + 1);
	const treeAt = new Int32Array(m + 1).fill(-1);
	const pairI: number[] = [];
	const pairJ: number[] = [];
	const prev: number[] = [];
	let bestId = -1;
	let bestScore = 0;
	// One row's candidates in first-proposed order (`seen[j] === i + 1` once j is one), then its scored pairs.
	const seen = new Int32Array(m);
	const candidates = new Int32Array(m);
	const rowJ = new Int32Array(m);
	const rowScore = new Float64Array(m);
	const rowId = new Int32Array(m);
	for (let i = 0; i < n; i++) {
		let count = 0;
		for (let k = A.start[i] ?? 0; k < (A.start[i + 1] ?? 0); k++) {
			const list = postings[A.units[k] ?? 0];
			if (!list || list.length > RARE) continue;
			for (const j of list)
				if (seen[j] !== i + 1) {
					seen[j] = i + 1;
					candidates[count++] = j;
				}
		}
		const centre = Math.round((i * m) / Math.max(n, 1));
		for (let j = Math.max(0, centre - BAND); j < Math.min(m, centre + BAND); j++)
			if (seen[j] !== i + 1) {
				seen[j] = i + 1;
				candidates[count++] = j;
			}
		const wa = A.total[i] ?? 0;
		let rows = 0;
		for (let c = 0; c < count; c++) {
			const j = candidates[c] ?? 0;
			// The similarity, as `matcher.similarity` computes it (same additions, same order).
			const wb = B.total[j] ?? 0;
			let s = 0;
			if (wa && wb) {
				const b0 = B.start[j] ?? 0;
				const b1 = B.start[j + 1] ?? 0;
				for (let k = b0; k < b1; k++) markedFor[B.units[k] ?? 0] = j + 1;
				let common = 0;
				for (let k = A.start[i] ?? 0; k < (A.start[i + 1] ?? 0); k++) {
					const u = A.units[k] ?? 0;
					if (markedFor[u] === j + 1) common += weights[u] ?? 0;
				}
				for (let k = b0; k < b1; k++) markedFor[B.units[k] ?? 0] = 0;
				s = ((2 * common) / (wa + wb) + common / Math.min(wa, wb)) / 2;
			}
			if (s < min) continue;
			// Best chain ending before j (prefix maximum over the tree).
			let before = 0;
			let from = -1;
			for (let k = j; k > 0; k -= k & -k)
				if ((tree[k] ?? 0) > before) {
					before = tree[k] ?? 0;
					from = treeAt[k] ?? -1;
				}
			const id = pairI.length;
			pairI.push(i);
			pairJ.push(j);
			prev.push(from);
			rowJ[rows] = j;
			rowScore[rows] = before + s;
			rowId[rows] = id;
			rows++;
			if (before + s > bestScore) {
				bestScore = before + s;
				bestId = id;
			}
		}
		for (let r = 0; r < rows; r++) {
			const value = rowScore[r] ?? 0;
			for (let k = (rowJ[r] ?? 0) + 1; k <= m; k += k & -k)
				if (value > (tree[k] ?? 0)) {
					tree[k] = value;
					treeAt[k] = rowId[r] ?? 0;
				}
		}
	}
	const out: (number | null)[] = new Array<number | null>(n).fill(null);
	for (let id = bestId; id >= 0; id = prev[id] ?? -1) out[pairI[id] ?? 0] = pairJ[id] ?? null;
	return out;
}
