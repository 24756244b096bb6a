import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_SIMILARITY } from './align';
import { createTitleMatcher, type TitleMatcher } from './similarity';
import { sparseMatch } from './sparse-match';

const RARE = 64;
const BAND = 12;

/** The matcher as first written (strings, Sets, `matcher.similarity`): the interned one must give the same answers. */
function referenceMatch(
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

describe('sparseMatch', () => {
	it('matches large lists in order, skipping what has no partner', () => {
		const headings = Array.from({ length: 3000 }, (_, i) => `Chapter ${i} about topic ${i * 7}`);
		const entries = headings.filter((_, i) => i % 3 !== 1).map((h) => h.replace('about ', ''));
		entries.splice(10, 0, 'Completely unrelated words');
		const matcher = createTitleMatcher([...entries, ...headings]);
		const out = sparseMatch(entries, headings, matcher, MIN_SIMILARITY);
		expect(out[10]).toBeNull();
		expect(out[0]).toBe(0);
		expect(out[11]).toBe(15);
		const matched = out.filter((j): j is number => j !== null);
		expect(matched).toHaveLength(entries.length - 1);
		expect(matched.every((j, k) => k === 0 || j > (matched[k - 1] ?? -1))).toBe(true);
	});
	it('gives exactly what the string-based matcher gives (same scores, same tie-breaks)', () => {
		const word = fc.constantFrom(
			'part',
			'one',
			'two',
			'AI',
			'人工',
			'智能',
			'未来',
			'model',
			'3',
			'7'
		);
		const title = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
		fc.assert(
			fc.property(
				fc.array(title, { maxLength: 60 }),
				fc.array(title, { maxLength: 60 }),
				(a, b) => {
					const matcher = createTitleMatcher([...a, ...b]);
					expect(sparseMatch(a, b, matcher, MIN_SIMILARITY)).toEqual(
						referenceMatch(a, b, matcher, MIN_SIMILARITY)
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});
