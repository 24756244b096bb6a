/** Timeline ↔ heading alignment: order-preserving fuzzy match, paragraph placement, estimated times. */
import type { Anchor, Diagnostic, Section, TimelineEntry } from './model';
import { estimator } from './interpolate';
import { measure, placeEntry, type Offsets, type Place } from './place';
import { createTitleMatcher, type TitleMatcher } from './similarity';
import { sparseMatch } from './sparse-match';
import { matchUnits } from './text';
import { formatTimecode } from './timecode';

/** Pairs scoring below this similarity are never matched. */
export const MIN_SIMILARITY = 0.25;
/** Above this many entry × heading pairs, only candidate pairs are scored ({@link sparseMatch}). */
export const EXACT_PAIRS = 250_000;

/** The aligned timeline and sections, with every anchor and back-reference filled in. */
export interface Alignment {
	/** Every timed place, sorted by time (ties in document order). */
	anchors: Anchor[];
	/** Copies of the entries with `anchor` set. */
	timeline: TimelineEntry[];
	/** Copies of the sections (and their blocks) with `anchor` set. */
	sections: Section[];
	/** For each entry, the index of the section whose heading it matched, or null. */
	headingOf: (number | null)[];
	/** Entries that matched nothing, headings with no time. */
	diagnostics: Diagnostic[];
}

/** Order-preserving match of entries to headings maximising total similarity (skips allowed on both sides). */
export function matchHeadings(
	entries: readonly TimelineEntry[],
	sections: readonly Section[],
	matcher: TitleMatcher
): (number | null)[] {
	const n = entries.length;
	const m = sections.length;
	if (n * m > EXACT_PAIRS)
		return sparseMatch(
			entries.map((e) => e.title),
			sections.map((s) => s.title),
			matcher,
			MIN_SIMILARITY
		);
	const w = m + 1;
	const score = new Float64Array((n + 1) * w);
	const sim = new Float64Array(n * m);
	for (let i = 1; i <= n; i++) {
		const title = entries[i - 1]?.title ?? '';
		for (let j = 1; j <= m; j++) {
			const s = matcher.similarity(title, sections[j - 1]?.title ?? '');
			sim[(i - 1) * m + (j - 1)] = s;
			const diag = s >= MIN_SIMILARITY ? (score[(i - 1) * w + j - 1] ?? 0) + s : -Infinity;
			score[i * w + j] = Math.max(score[(i - 1) * w + j] ?? 0, score[i * w + j - 1] ?? 0, diag);
		}
	}
	const out: (number | null)[] = new Array<number | null>(n).fill(null);
	for (let i = n, j = m; i > 0 && j > 0;) {
		const here = score[i * w + j] ?? 0;
		const s = sim[(i - 1) * m + (j - 1)] ?? 0;
		if (s >= MIN_SIMILARITY && here === (score[(i - 1) * w + j - 1] ?? 0) + s) {
			out[i - 1] = j - 1;
			i--;
			j--;
		} else if (here === (score[(i - 1) * w + j] ?? 0)) i--;
		else j--;
	}
	return out;
}

/** A title that scores 1 against itself (it has matching units; a letter or digit of ASCII is one). */
const selfMatching = (title: string): boolean =>
	/[A-Za-z0-9]/.test(title) || matchUnits(title).size > 0;

/**
 * True when entry i has the very title of heading i, one entry per heading: then matching each entry
 * to its own heading scores n, which no other order-preserving match reaches, so it is the match
 * {@link matchHeadings} would find (without building a matcher over every title).
 */
export function titlesMatchOneToOne(
	entries: readonly TimelineEntry[],
	sections: readonly Section[]
): boolean {
	if (entries.length !== sections.length) return false;
	for (let i = 0; i < entries.length; i++) {
		const title = entries[i]?.title;
		if (title === undefined || title !== sections[i]?.title || !selfMatching(title)) return false;
	}
	return true;
}

/** Indexes of the nearest matched entry before (`prev`) and after (`next`) each entry. */
function neighbours(headingOf: readonly (number | null)[]): {
	prev: (number | null)[];
	next: (number | null)[];
} {
	const prev: (number | null)[] = [];
	const next: (number | null)[] = new Array<number | null>(headingOf.length).fill(null);
	let last: number | null = null;
	headingOf.forEach((h, i) => {
		prev.push(last);
		if (h !== null) last = i;
	});
	last = null;
	for (let i = headingOf.length - 1; i >= 0; i--) {
		next[i] = last;
		if (headingOf[i] !== null) last = i;
	}
	return { prev, next };
}

/** Time at a text offset, interpolated between the places entries were put at. */
function placedEstimator(
	placed: readonly (Place | null)[],
	entries: readonly TimelineEntry[],
	offsets: Offsets
): (offset: number) => number | null {
	const points: { offset: number; time: number }[] = [];
	placed.forEach((place, i) => {
		const entry = entries[i];
		if (!place || !entry) return;
		const offset =
			place.block === null
				? (offsets.section[place.section] ?? 0)
				: (offsets.block[place.section]?.[place.block] ?? 0);
		points.push({ offset, time: entry.time });
	});
	points.sort((a, b) => a.offset - b.offset);
	return estimator(points);
}

/** The entries and sections an alignment fills in: the caller's own (`own`), or copies with no anchor set. */
function filled(
	entries: readonly TimelineEntry[],
	sections: readonly Section[],
	own: boolean
): { timeline: TimelineEntry[]; out: Section[] } {
	if (own) return { timeline: entries as TimelineEntry[], out: sections as Section[] };
	return {
		timeline: entries.map((e) => ({ ...e, anchor: null })),
		out: sections.map((s) => ({
			...s,
			anchor: null,
			blocks: s.blocks.map((b) => ({ ...b, anchor: null }))
		}))
	};
}

/** True when the entries' times never go down. */
function inTimeOrder(entries: readonly TimelineEntry[]): boolean {
	for (let i = 1; i < entries.length; i++)
		if ((entries[i]?.time ?? 0) < (entries[i - 1]?.time ?? 0)) return false;
	return true;
}

/**
 * {@link alignTimeline} when every entry, in time order, names its own heading (one per heading):
 * entry i anchors section i, nothing is placed or estimated, and the anchors are in order as they
 * come. The same result as the general way, without its sets, neighbours and sort (a long timeline
 * has tens of thousands of entries).
 */
function alignOwnHeadings(
	entries: readonly TimelineEntry[],
	sections: readonly Section[],
	own: boolean
): Alignment {
	const anchors: Anchor[] = entries.map((e, i) => ({
		time: e.time,
		section: i,
		block: null,
		entry: i,
		estimated: false
	}));
	const { timeline, out } = filled(entries, sections, own);
	for (let i = 0; i < anchors.length; i++) {
		const section = out[i];
		const entry = timeline[i];
		if (section) section.anchor = i;
		if (entry) entry.anchor = i;
	}
	return { anchors, timeline, sections: out, headingOf: entries.map((_, i) => i), diagnostics: [] };
}

/**
 * Aligns timeline entries (in time order) to sections: headings first, then paragraphs, then estimates.
 * The result holds copies of the entries, sections and blocks with their anchors set; with `own`,
 * the caller hands over objects made for this call (every anchor null) and they are filled in place.
 */
export function alignTimeline(
	entries: readonly TimelineEntry[],
	sections: readonly Section[],
	own = false
): Alignment {
	let built: TitleMatcher | null = null;
	const matcher = (): TitleMatcher =>
		(built ??= createTitleMatcher([
			...entries.map((e) => e.title),
			...sections.map((s) => s.title)
		]));
	const oneToOne = titlesMatchOneToOne(entries, sections);
	if (oneToOne && inTimeOrder(entries)) return alignOwnHeadings(entries, sections, own);
	const headingOf = oneToOne
		? entries.map((_, i) => i)
		: matchHeadings(entries, sections, matcher());
	// Text offsets are only needed to place entries that matched no heading and to estimate the
	// times of headings no entry matched: a timeline matching every heading never measures the text.
	let measured: Offsets | null = null;
	const offsets = (): Offsets => (measured ??= measure(sections));
	const matched = new Set<number>(headingOf.filter((h): h is number => h !== null));
	const { prev, next } = neighbours(headingOf);
	const diagnostics: Diagnostic[] = [];
	const placed: (Place | null)[] = headingOf.map((h) =>
		h === null ? null : { section: h, block: null }
	);
	let after: Place | null = null;
	entries.forEach((entry, i) => {
		const own = placed[i];
		if (own) {
			after = own;
			return;
		}
		const p = prev[i] ?? null;
		const q = next[i] ?? null;
		const from = p === null ? 0 : (headingOf[p] ?? 0);
		const to = q === null ? sections.length : (headingOf[q] ?? sections.length);
		const t0 = p === null ? 0 : (entries[p]?.time ?? 0);
		const t1 = q === null ? null : (entries[q]?.time ?? null);
		const place = placeEntry(
			entry,
			{ from, to, t0, t1, after },
			sections,
			matched,
			offsets(),
			matcher()
		);
		const where = `“${entry.title}” (${entry.label}, line ${entry.line})`;
		if (!place) {
			diagnostics.push({
				level: 'warning',
				message: `Timeline entry ${where} matches no heading or paragraph; it is listed but not linked to the text.`,
				line: entry.line,
				code: 'entry-unmatched',
				params: { title: entry.title, label: entry.label, line: entry.line }
			});
			return;
		}
		placed[i] = place;
		after = place;
		const section = sections[place.section];
		const block = place.block === null ? undefined : section?.blocks[place.block];
		const at = block ? `the paragraph on line ${block.line}` : 'its heading';
		diagnostics.push({
			level: 'info',
			message: `Timeline entry ${where} matches no heading closely; it was placed at ${at} of “${section?.title ?? ''}”.`,
			line: entry.line,
			code: block ? 'entry-placed-paragraph' : 'entry-placed-heading',
			params: {
				title: entry.title,
				label: entry.label,
				line: entry.line,
				section: section?.title ?? '',
				paragraph: block?.line ?? 0
			}
		});
	});

	const raw: Anchor[] = [];
	const timedSection = new Set<number>();
	placed.forEach((place, i) => {
		const entry = entries[i];
		if (!place || !entry) return;
		raw.push({
			time: entry.time,
			section: place.section,
			block: place.block,
			entry: i,
			estimated: false
		});
		if (place.block === null) timedSection.add(place.section);
	});
	const estimate =
		timedSection.size < sections.length ? placedEstimator(placed, entries, offsets()) : null;
	sections.forEach((section, s) => {
		if (timedSection.has(s) || !estimate) return;
		const time = estimate(offsets().section[s] ?? 0);
		if (time === null) {
			if (!entries.length) return;
			diagnostics.push({
				level: 'warning',
				message: `Heading “${section.title}” (line ${section.line}) has no time: no timeline entry matches it and nothing around it is timed.`,
				line: section.line,
				code: 'heading-untimed',
				params: { title: section.title, line: section.line }
			});
			return;
		}
		const rounded = Math.round(time * 1000) / 1000;
		raw.push({ time: rounded, section: s, block: null, entry: null, estimated: true });
		diagnostics.push({
			level: 'info',
			message: `Heading “${section.title}” (line ${section.line}) has no timeline entry; its start ≈ ${formatTimecode(rounded)} was estimated from text length.`,
			line: section.line,
			code: 'heading-estimated',
			params: { title: section.title, line: section.line, at: formatTimecode(rounded) }
		});
	});

	const anchors = raw.sort(
		(a, b) => a.time - b.time || a.section - b.section || (a.block ?? -1) - (b.block ?? -1)
	);
	const { timeline, out } = filled(entries, sections, own);
	anchors.forEach((a, k) => {
		const section = out[a.section];
		if (!section) return;
		if (a.block === null) section.anchor = k;
		else {
			const block = section.blocks[a.block];
			if (block) block.anchor = k;
		}
		const entry = a.entry === null ? undefined : timeline[a.entry];
		if (entry) entry.anchor = k;
	});
	diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return { anchors, timeline, sections: out, headingOf, diagnostics };
}
