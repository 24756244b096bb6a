/** Order-preserving heading match for large transcripts: only candidate pairs are scored (shared rare units, or near the diagonal). */
import type { TitleMatcher } from './similarity';

/** Units shared by more titles than this do not propose candidates (they still count in the score). */
const RARE = 64;
/** Candidates within this many places of the proportional diagonal are always scored. */
const BAND = 12;

/** Best order-preserving assignment of `a` titles to `b` titles maximising total similarity ≥ `min`, in O(P log m) for P candidate pairs. */
export function sparseMatch(
	a: readonly string[],
	b: readonly string[],
	matcher: TitleMatcher,
	min: number
): (number | null)[] {
	const n = a.length;
	const m = b.length;
	const postings = new Map<string, number[]>();
	b.forEach((title, j) => {
		for (const u of matcher.units(title)) {
			const list = postings.get(u);
			if (!list) postings.set(u, [j]);
			else if (list.length <= RARE) list.push(j);
		}
	});
	// Fenwick tree over b positions: prefix maximum of the best chain score ending there.
	const tree = new Float64Array(m + 1);
	const treeAt = new Int32Array(m + 1).fill(-1);
	const query = (j: number): [number, number] => {
		let best = 0;
		let at = -1;
		for (let k = j; k > 0; k -= k & -k)
			if ((tree[k] ?? 0) > best) {
				best = tree[k] ?? 0;
				at = treeAt[k] ?? -1;
			}
		return [best, at];
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
	for (let i = 0; i < n; i++) {
		const title = a[i] ?? '';
		const js = new Set<number>();
		for (const u of matcher.units(title)) {
			const list = postings.get(u);
			if (list && list.length <= RARE) for (const j of list) js.add(j);
		}
		const centre = Math.round((i * m) / Math.max(n, 1));
		for (let j = Math.max(0, centre - BAND); j < Math.min(m, centre + BAND); j++) js.add(j);
		const row: { j: number; score: number; id: number }[] = [];
		for (const j of js) {
			const s = matcher.similarity(title, b[j] ?? '');
			if (s < min) continue;
			const [before, from] = query(j);
			const id = pairI.length;
			pairI.push(i);
			pairJ.push(j);
			prev.push(from);
			row.push({ j, score: before + s, id });
			if (before + s > bestScore) {
				bestScore = before + s;
				bestId = id;
			}
		}
		for (const r of row) update(r.j, r.score, r.id);
	}
	const out: (number | null)[] = new Array<number | null>(n).fill(null);
	for (let id = bestId; id >= 0; id = prev[id] ?? -1) out[pairI[id] ?? 0] = pairJ[id] ?? null;
	return out;
}
