/** Sentence-level timing: split blocks into sentences, weigh them by speaking time, spread each timed span over them. */
import { overallRate, sweepEstimator } from './interpolate';
import type { Anchor, Block, Inline, Section, Sentence, Transcript } from './model';
import { fastSentences } from './sentence-break';
import { speakingWeight } from './speaking-weight';

export { speakingWeight, WEIGHTS } from './speaking-weight';

/** The block's inline text: every piece's text joined (images count as nothing); sentence offsets index it. */
export function inlineSource(inlines: readonly Inline[]): string {
	let out = '';
	for (const p of inlines) if (p.kind !== 'image') out += p.text;
	return out;
}

let segmenter: Intl.Segmenter | null = null;

/**
 * Splits a text into contiguous sentence spans covering it end to end (whitespace-only pieces join
 * the one before), each with its speaking weight.
 */
export function segmentSentences(text: string): Sentence[] {
	const fast = fastSentences(text);
	if (fast) return fast;
	// Each sentence is made whole at once (no property added later: no per-object property store).
	return segmentWithIntl(text).map(({ from, to }) => ({
		from,
		to,
		weight: speakingWeight(text, from, to)
	}));
}

/** The block's sentences, each with its speaking weight (those that have one are kept as they are). */
function weighed(block: Block & { sentences: Sentence[] }): Sentence[] {
	if (block.sentences.every((s) => s.weight !== undefined)) return block.sentences;
	const source = inlineSource(block.inlines);
	return block.sentences.map((s) =>
		s.weight !== undefined ? s : { ...s, weight: speakingWeight(source, s.from, s.to) }
	);
}

/** {@link segmentSentences} by `Intl.Segmenter` itself (any text). */
export function segmentWithIntl(text: string): Sentence[] {
	segmenter ??= new Intl.Segmenter('zh', { granularity: 'sentence' });
	const out: Sentence[] = [];
	for (const seg of segmenter.segment(text)) {
		const last = out.at(-1);
		if (last && !/[\p{L}\p{N}]/u.test(seg.segment)) last.to = seg.index + seg.segment.length;
		else out.push({ from: seg.index, to: seg.index + seg.segment.length });
	}
	return out;
}

/** True for blocks whose text is read out and split into sentences. */
export function isProse(block: Pick<Block, 'kind' | 'text'>): boolean {
	return (block.kind === 'paragraph' || block.kind === 'list') && block.text.trim() !== '';
}

/** The sentences a block gets (its inline text split), or undefined for blocks that are not prose. */
export function blockSentences(
	block: Pick<Block, 'kind' | 'text' | 'inlines'>
): Sentence[] | undefined {
	return isProse(block) ? segmentSentences(inlineSource(block.inlines)) : undefined;
}

/** True when the block needs nothing from {@link withSentences}. */
const done = (b: Block): boolean =>
	b.sentences ? b.sentences.every((s) => s.weight !== undefined) : !isProse(b);

/**
 * Gives every prose block of the sections its sentences, and every sentence its speaking weight
 * (blocks that already have sentences, e.g. cues or blocks built with them, keep them; a section
 * none of whose blocks changes is kept as it is).
 */
export function withSentences(sections: readonly Section[]): Section[] {
	return sections.map((s) => {
		if (s.blocks.every(done)) return s;
		return {
			...s,
			blocks: s.blocks.map((b) =>
				done(b)
					? b
					: b.sentences
						? { ...b, sentences: weighed({ ...b, sentences: b.sentences }) }
						: { ...b, sentences: segmentSentences(inlineSource(b.inlines)) }
			)
		};
	});
}

/**
 * Every sentence of the timed body in document order, as parallel arrays (no object per sentence:
 * a long transcript has hundreds of thousands), and where each block's sentences start.
 */
export interface SentenceIndex {
	/** How many sentences there are. */
	length: number;
	/** Index into `Transcript.sections` of each sentence. */
	section: Int32Array;
	/** Index into that section's blocks of each sentence. */
	block: Int32Array;
	/** Index into the block's sentences of each sentence. */
	sentence: Int32Array;
	/** Where each section's blocks start in `blockFirst` (one more entry than sections). */
	sectionBlocks: Int32Array;
	/** Index of each block's first sentence (-1 when it has none), the blocks of every section in order. */
	blockFirst: Int32Array;
}

/** An empty index sized for `sections` (filled section by section by {@link fillIndex}). */
function newIndex(sections: readonly Section[]): SentenceIndex {
	let length = 0;
	let blocks = 0;
	for (const section of sections) {
		blocks += section.blocks.length;
		for (const block of section.blocks) length += block.sentences?.length ?? 0;
	}
	return {
		length,
		section: new Int32Array(length),
		block: new Int32Array(length),
		sentence: new Int32Array(length),
		sectionBlocks: new Int32Array(sections.length + 1),
		blockFirst: new Int32Array(blocks).fill(-1)
	};
}

/** Where a section-by-section pass has got to: next section, sentence, block (flattened) and weight offset. */
interface Cursor {
	s: number;
	k: number;
	bk: number;
	at: number;
}

/** Fills the index for the sections from `c.s` up to (not including) `to`. */
function fillIndex(
	sections: readonly Section[],
	index: SentenceIndex,
	c: Cursor,
	to: number
): void {
	for (; c.s < to; c.s++) {
		index.sectionBlocks[c.s] = c.bk;
		const list = sections[c.s]?.blocks ?? [];
		for (let b = 0; b < list.length; b++, c.bk++) {
			const n = list[b]?.sentences?.length ?? 0;
			if (n) index.blockFirst[c.bk] = c.k;
			for (let j = 0; j < n; j++, c.k++) {
				index.section[c.k] = c.s;
				index.block[c.k] = b;
				index.sentence[c.k] = j;
			}
		}
	}
	if (c.s === sections.length) index.sectionBlocks[c.s] = c.bk;
}

/** Each transcript's index and weight axis, by its sections (they depend on nothing else). */
const indexes = new WeakMap<readonly Section[], SentenceIndex>();
const axes = new WeakMap<readonly Section[], WeightAxis>();

/** Lists every sentence of the transcript's sections in document order (kept for the same sections). */
export function indexSentences(transcript: {
	readonly sections: readonly Section[];
}): SentenceIndex {
	const { sections } = transcript;
	let index = indexes.get(sections);
	if (!index) {
		index = newIndex(sections);
		fillIndex(sections, index, { s: 0, k: 0, bk: 0, at: 0 }, sections.length);
		indexes.set(sections, index);
	}
	return index;
}

/**
 * Where every sentence and block sits on the speaking-weight axis (the sum of the weights before
 * it), with each sentence's exact time when the source gave one (NaN otherwise).
 */
export interface WeightAxis {
	/** Weight before each sentence. */
	offset: Float64Array;
	/** Exact start of each sentence, NaN when estimated. */
	exact: Float64Array;
	/** Weight before each section. */
	sectionAt: Float64Array;
	/** Weight before each block (the blocks of every section in order, as `SentenceIndex.blockFirst`). */
	blockAt: Float64Array;
	/** Weight of the whole body. */
	total: number;
}

/** Fills the axis for the sections from `c.s` up to (not including) `to`. */
function fillAxis(sections: readonly Section[], axis: WeightAxis, c: Cursor, to: number): void {
	for (; c.s < to; c.s++) {
		axis.sectionAt[c.s] = c.at;
		for (const block of sections[c.s]?.blocks ?? []) {
			axis.blockAt[c.bk++] = c.at;
			const sentences = block.sentences;
			// Weights come with the sentences (the parser sets them); text is read only where one is missing.
			let source: string | null = null;
			if (sentences)
				for (let j = 0; j < sentences.length; j++) {
					const sentence = sentences[j] as Sentence;
					axis.offset[c.k] = c.at;
					const t = sentence.time;
					if (t !== undefined && Number.isFinite(t)) axis.exact[c.k] = t;
					let w = sentence.weight;
					if (w === undefined) {
						source ??= inlineSource(block.inlines);
						w = speakingWeight(source, sentence.from, sentence.to);
					}
					c.at += w;
					c.k++;
				}
			else if (block.kind === 'heading') c.at += speakingWeight(block.text);
		}
	}
	axis.total = c.at;
}

/** An empty axis for `sections` and their index. */
function newAxis(sections: readonly Section[], index: SentenceIndex): WeightAxis {
	return {
		offset: new Float64Array(index.length),
		exact: new Float64Array(index.length).fill(Number.NaN),
		sectionAt: new Float64Array(sections.length),
		blockAt: new Float64Array(index.blockFirst.length),
		total: 0
	};
}

/** The sections' weight axis (kept for the same sections). */
function weightAxis(sections: readonly Section[]): WeightAxis {
	let axis = axes.get(sections);
	if (!axis) {
		axis = newAxis(sections, indexSentences({ sections }));
		fillAxis(sections, axis, { s: 0, k: 0, bk: 0, at: 0 }, sections.length);
		axes.set(sections, axis);
	}
	return axis;
}

/** A transcript's sentence index and weight axis: typed arrays only, so another thread can build and transfer them. */
export interface SentenceTables {
	/** The sentence index ({@link indexSentences}). */
	index: SentenceIndex;
	/** The weight axis the times are spread along. */
	axis: WeightAxis;
}

/** The sections' sentence index and weight axis (built now unless kept). */
export function sentenceTables(sections: readonly Section[]): SentenceTables {
	return { index: indexSentences({ sections }), axis: weightAxis(sections) };
}

/** The buffers of `tables`, to transfer them to another thread rather than copy them. */
export function tableBuffers({ index, axis }: SentenceTables): ArrayBuffer[] {
	return [
		index.section,
		index.block,
		index.sentence,
		index.sectionBlocks,
		index.blockFirst,
		axis.offset,
		axis.exact,
		axis.sectionAt,
		axis.blockAt
	].map((a) => a.buffer as ArrayBuffer);
}

/** Sentence times computed elsewhere (the parse worker), by the anchors they were computed for. */
const adoptedTimes = new WeakMap<
	readonly Anchor[],
	{ index: SentenceIndex; duration: number | undefined; times: SentenceTimes }
>();

/**
 * Keeps sentence times computed elsewhere (the parse worker, from an equal transcript and the same
 * media duration) for `transcript`: {@link timeSentences} returns them instead of computing them again.
 */
export function adoptSentenceTimes(
	transcript: Pick<Transcript, 'sections' | 'anchors'>,
	duration: number | undefined,
	times: SentenceTimes
): void {
	adoptedTimes.set(transcript.anchors, { index: indexSentences(transcript), duration, times });
}

/** The buffers of `times`, to transfer them to another thread rather than copy them. */
export function timesBuffers({ time, estimated, starts }: SentenceTimes): ArrayBuffer[] {
	return [time, estimated, starts].map((a) => a.buffer as ArrayBuffer);
}

/** Keeps tables built elsewhere (the parse worker, from equal sections) for `sections`. */
export function adoptSentenceTables(sections: readonly Section[], tables: SentenceTables): void {
	indexes.set(sections, tables.index);
	axes.set(sections, tables.axis);
}

/** Sentences handled between two pauses by {@link prepareSentences}. */
const PREPARE_SLICE = 20_000;

/**
 * Builds the sentence index and weight axis of a long transcript a slice at a time, awaiting
 * `pause()` between slices (so a page stays responsive), and keeps them for {@link indexSentences}
 * and {@link timeSentences}, which then only spread the times.
 */
export async function prepareSentences(
	transcript: Pick<Transcript, 'sections'>,
	pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))
): Promise<void> {
	const { sections } = transcript;
	if (axes.has(sections)) return;
	const slices: number[] = [];
	let n = 0;
	for (let s = 0; s < sections.length; s++) {
		for (const b of sections[s]?.blocks ?? []) n += 1 + (b.sentences?.length ?? 0);
		if (n >= PREPARE_SLICE) {
			slices.push(s + 1);
			n = 0;
		}
	}
	slices.push(sections.length);
	const index = indexes.get(sections) ?? newIndex(sections);
	if (!indexes.has(sections)) {
		const c: Cursor = { s: 0, k: 0, bk: 0, at: 0 };
		for (const to of slices) {
			fillIndex(sections, index, c, to);
			await pause();
		}
		indexes.set(sections, index);
	}
	const axis = newAxis(sections, index);
	const c: Cursor = { s: 0, k: 0, bk: 0, at: 0 };
	for (const to of slices) {
		fillAxis(sections, axis, c, to);
		await pause();
	}
	axes.set(sections, axis);
}

/** Index of the first sentence of block `block` of section `section`, or undefined when it has none. */
export function firstSentence(
	index: SentenceIndex,
	section: number,
	block: number
): number | undefined {
	const from = index.sectionBlocks[section];
	const to = index.sectionBlocks[section + 1];
	if (from === undefined || to === undefined || block < 0 || from + block >= to) return undefined;
	const k = index.blockFirst[from + block] ?? -1;
	return k < 0 ? undefined : k;
}

/** The start time of every indexed sentence, and whether it was estimated. */
export interface SentenceTimes {
	/** Start time of each sentence in seconds (NaN when nothing around it is timed). */
	time: Float64Array;
	/** 1 when the time was estimated, 0 when it came from the source. */
	estimated: Uint8Array;
	/** Non-decreasing lookup keys for binary search (`time` with any backward step flattened). */
	starts: Float64Array;
	/** What another media duration can change: the estimates after the last fixed point (null: none). */
	tail?: SentenceTail | null;
}

/** The last fixed point on the weight axis, the axis' end and the steady rate without a media end. */
export interface SentenceTail {
	/** Weight offset of the last fixed point. */
	offset: number;
	/** Its time in seconds. */
	time: number;
	/** The whole weight axis. */
	total: number;
	/** Weight per second extrapolated with when no media end is known (null: none). */
	rate: number | null;
}

/** Rounds to whole milliseconds. */
const ms = (t: number): number => Math.round(t * 1000) / 1000;

/** A fixed point on the weight axis: a weight offset and its time. */
interface Point {
	offset: number;
	time: number;
}

/** Orders points by offset, then time. */
function beforeOrSame(a: Point, b: Point): boolean {
	return a.offset < b.offset || (a.offset === b.offset && a.time <= b.time);
}

/**
 * Both point lists as one, by offset then time: a linear merge when each is already in order (the
 * usual case: anchors and cues come in document order), a sort otherwise.
 */
function mergePoints(a: Point[], b: Point[]): Point[] {
	const inOrder = (list: Point[]) => list.every((p, i) => i === 0 || beforeOrSame(list[i - 1]!, p));
	if (!inOrder(a) || !inOrder(b))
		return [...a, ...b].sort((x, y) => x.offset - y.offset || x.time - y.time);
	if (!b.length) return a;
	if (!a.length) return b;
	const out: Point[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) out.push(beforeOrSame(a[i]!, b[j]!) ? a[i++]! : b[j++]!);
	while (i < a.length) out.push(a[i++]!);
	while (j < b.length) out.push(b[j++]!);
	return out;
}

/**
 * Estimates when each sentence starts: anchors and exact sentence times are fixed points on a
 * speaking-weight axis; sentences between them are spread linearly by weight. After the last fixed
 * point the text runs to the media's end (`duration`) when known, else on at the average rate.
 */
export function timeSentences(
	transcript: Pick<Transcript, 'sections' | 'anchors'>,
	index: SentenceIndex,
	duration?: number
): SentenceTimes {
	const known = [adoptedTimes.get(transcript.anchors), computedTimes.get(transcript.anchors)];
	for (const k of known) if (k && k.index === index && k.duration === duration) return k.times;
	const { sections } = transcript;
	const axis = weightAxis(sections);
	// The same transcript for another media duration: only the estimates after the last fixed point move.
	for (const k of known) {
		const moved = k?.index === index ? retail(k.times, k.duration, duration, axis) : null;
		if (moved) {
			computedTimes.set(transcript.anchors, { index, duration, times: moved });
			return moved;
		}
	}
	const n = index.length;
	const { offset, exact, sectionAt, blockAt, total } = axis;
	const blocksOf = indexSentences(transcript).sectionBlocks;
	const blockOffset = (section: number, block: number): number => {
		const from = blocksOf[section] ?? 0;
		const to = blocksOf[section + 1] ?? 0;
		return block >= 0 && from + block < to ? (blockAt[from + block] ?? 0) : 0;
	};
	const fromAnchors: Point[] = [];
	const fixed: number[] = [];
	for (const a of transcript.anchors) {
		const o = a.block === null ? (sectionAt[a.section] ?? 0) : blockOffset(a.section, a.block);
		fromAnchors.push({ offset: o, time: a.time });
		if (!a.estimated) fixed.push(o);
	}
	// Offsets of the anchors the source timed, sorted, to walk along with the sentences.
	const anchorOffsets = Float64Array.from(fixed).sort();
	const fromSentences: Point[] = [];
	for (let i = 0; i < n; i++) {
		const t = exact[i] ?? Number.NaN;
		if (!Number.isNaN(t)) fromSentences.push({ offset: offset[i] ?? 0, time: t });
	}
	const raw = mergePoints(fromAnchors, fromSentences);
	const points: Point[] = [];
	for (const p of raw) {
		const last = points.at(-1);
		if (last && (p.time < last.time || p.offset === last.offset)) continue;
		points.push(p);
	}
	const lastPoint = points.at(-1);
	const tail: SentenceTail | null = lastPoint
		? { offset: lastPoint.offset, time: lastPoint.time, total, rate: overallRate(points) }
		: null;
	if (tail && runsToEnd(tail, duration)) points.push({ offset: total, time: duration as number });
	// Offsets never decrease in document order: both lookups below move forward only.
	const estimate = sweepEstimator(points);
	const time = new Float64Array(n);
	const estimated = new Uint8Array(n);
	const starts = new Float64Array(n);
	let floor = -Infinity;
	let j = 0;
	for (let i = 0; i < n; i++) {
		const o = offset[i] ?? 0;
		const own = exact[i] ?? Number.NaN;
		let t: number;
		if (!Number.isNaN(own)) t = own;
		else {
			t = estimate(o) ?? Number.NaN;
			if (j > 0 && (anchorOffsets[j - 1] ?? 0) > o) j = 0;
			while (j < anchorOffsets.length && (anchorOffsets[j] ?? 0) < o) j++;
			estimated[i] = anchorOffsets[j] === o ? 0 : 1;
		}
		time[i] = Number.isNaN(t) ? t : ms(t);
		if (!Number.isNaN(t)) floor = Math.max(floor, time[i] ?? 0);
		starts[i] = Number.isNaN(t) ? Number.NaN : floor;
	}
	const times = { time, estimated, starts, tail };
	computedTimes.set(transcript.anchors, { index, duration, times });
	return times;
}

/** Times last computed here per transcript (by its anchors), for another duration to start from. */
const computedTimes = new WeakMap<
	readonly Anchor[],
	{ index: SentenceIndex; duration: number | undefined; times: SentenceTimes }
>();

/** True when the text after the last fixed point runs to the media's end (`duration`). */
function runsToEnd(tail: SentenceTail, duration: number | undefined): boolean {
	return (
		duration !== undefined &&
		Number.isFinite(duration) &&
		duration > tail.time &&
		tail.total > tail.offset
	);
}

/**
 * `times` (computed for duration `was`) for duration `now`, when they differ only after the last
 * fixed point: the same values {@link timeSentences} would compute, in one pass over that tail (a
 * 50,000-sentence transcript opened before its media is not timed again when the media opens).
 * Null when that can't be told (unknown tail, or no steady rate to extrapolate with).
 */
function retail(
	times: SentenceTimes,
	was: number | undefined,
	now: number | undefined,
	axis: Pick<WeightAxis, 'offset' | 'exact'>
): SentenceTimes | null {
	const tail = times.tail;
	if (tail === undefined) return null;
	if (tail === null) return times; // nothing is fixed: no duration changes anything
	const end = runsToEnd(tail, now);
	if (!end && !runsToEnd(tail, was)) return times;
	// Before the first point the estimates use the steady rate only when it exists (then they are 0).
	if (tail.rate === null) return null;
	const { offset, exact } = axis;
	const n = times.time.length;
	const time = times.time.slice();
	const starts = times.starts.slice();
	let k = 0;
	let hi = n;
	while (k < hi) {
		const mid = (k + hi) >> 1;
		if ((offset[mid] ?? 0) > tail.offset) hi = mid;
		else k = mid + 1;
	}
	let floor = -Infinity;
	for (let j = k - 1; j >= 0; j--) {
		const s = starts[j] ?? Number.NaN;
		if (!Number.isNaN(s)) {
			floor = s;
			break;
		}
	}
	const span = tail.total - tail.offset;
	for (let i = k; i < n; i++) {
		const o = offset[i] ?? 0;
		const own = exact[i] ?? Number.NaN;
		let t: number;
		if (!Number.isNaN(own)) t = own;
		else if (!end) t = tail.time + (o - tail.offset) / tail.rate;
		else if (o >= tail.total) t = now as number;
		else t = tail.time + (((now as number) - tail.time) * (o - tail.offset)) / span;
		time[i] = Number.isNaN(t) ? t : ms(t);
		if (!Number.isNaN(t)) floor = Math.max(floor, time[i] ?? 0);
		starts[i] = Number.isNaN(t) ? Number.NaN : floor;
	}
	return { time, estimated: times.estimated, starts, tail };
}
