/** The seed style: a Markdown article with a timeline list (`**(01:44)** Title`) and `##` sections. */
import { alignTimeline, titlesMatchOneToOne } from '../align';
import {
	RENDER_BUDGET,
	TranscriptError,
	sectionWeight,
	type Diagnostic,
	type Section,
	type TimelineEntry,
	type Transcript
} from '../model';
import type { ReadOptions } from './read-options';
import { slugify } from '../text';
import { buildBlocks, headingText, parseHeadingLine, type HeadingLine } from './blocks';
import { parseTimestampLine, type TimestampLine } from './timeline-line';

/** A timestamp line with its 0-based line index. */
export type Stamped = TimestampLine & { index: number };

/**
 * The longest contiguous run (blank lines allowed between) of at least two timestamp lines;
 * `heading` says which lines are headings when the caller knows already.
 */
export function findTimelineRun(
	lines: readonly string[],
	heading: (index: number) => boolean = (index) => parseHeadingLine(lines[index] ?? '') !== null
): Stamped[] {
	let best: Stamped[] = [];
	let run: Stamped[] = [];
	const close = (): void => {
		if (run.length >= 2 && run.length > best.length) best = run;
		run = [];
	};
	lines.forEach((line, index) => {
		if (!line.trim()) return;
		const stamp = heading(index) ? null : parseTimestampLine(line);
		if (stamp) run.push({ time: stamp.time, label: stamp.label, title: stamp.title, index });
		else close();
	});
	close();
	return best;
}

/** A test whether any of `times` is within half a second of a time (binary search: headings × timeline stays linear). */
function timeNear(times: readonly number[]): (time: number) => boolean {
	const sorted = Float64Array.from(times).sort();
	return (time) => {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((sorted[mid] ?? 0) < time) lo = mid + 1;
			else hi = mid;
		}
		// The nearest time on either side decides (floating-point subtraction is monotonic).
		const after = sorted[lo];
		const before = sorted[lo - 1];
		return (
			(after !== undefined && Math.abs(after - time) < 0.5) ||
			(before !== undefined && Math.abs(before - time) < 0.5)
		);
	};
}

/** Sorts entries by time (stable), warning about entries out of order and duplicates. */
function orderEntries(stamps: readonly Stamped[], diagnostics: Diagnostic[]): TimelineEntry[] {
	let latest = -Infinity;
	let sorted = true;
	const seen = new Map<number, Stamped>();
	const kept: Stamped[] = [];
	for (const s of stamps) {
		const line = s.index + 1;
		const twin = seen.get(s.time);
		if (twin && twin.title === s.title) {
			diagnostics.push({
				level: 'warning',
				message: `Timeline line ${line} repeats line ${twin.index + 1} (${s.label} ${s.title}); the repeat was dropped.`,
				line,
				code: 'timeline-repeat',
				params: { line, twin: twin.index + 1, label: s.label, title: s.title }
			});
			continue;
		}
		if (twin)
			diagnostics.push({
				level: 'warning',
				message: `Timeline line ${line} has the same time ${s.label} as line ${twin.index + 1}; check one of them.`,
				line,
				code: 'timeline-same-time',
				params: { line, twin: twin.index + 1, label: s.label }
			});
		if (s.time < latest) {
			sorted = false;
			diagnostics.push({
				level: 'warning',
				message: `Timeline line ${line} (${s.label}) is earlier than the line before it; the timeline was sorted by time.`,
				line,
				code: 'timeline-unordered',
				params: { line, label: s.label }
			});
		}
		latest = Math.max(latest, s.time);
		seen.set(s.time, s);
		kept.push(s);
	}
	// A timeline already in time order (the usual case) needs no sort: the sort is stable.
	const order = sorted
		? kept
		: kept
				.map((s, k) => ({ s, k }))
				.sort((a, b) => a.s.time - b.s.time || a.k - b.k)
				.map(({ s }) => s);
	return order.map((s) => ({
		time: s.time,
		label: s.label,
		title: s.title,
		line: s.index + 1,
		anchor: null
	}));
}

/** The most used heading level among `headings` (ties go to the higher level, i.e. the smaller number). */
function sectionLevel(headings: readonly (HeadingLine & { index: number })[]): number | null {
	const counts = new Map<number, number>();
	for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
	let best: number | null = null;
	for (const [level, count] of counts) {
		const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
		if (count > bestCount || (count === bestCount && best !== null && level < best)) best = level;
	}
	return best;
}

/** The outline a reading stops at (the first `bodies` sections' bodies in it), before it goes on. */
type OutlineStep = [outline: Transcript, bodies: number];

/**
 * Parses a Markdown (or plain text) transcript with an optional timeline into an aligned
 * {@link Transcript}; `options.onOutline` hears the outline first when it is known before the bodies.
 */
export function parseMarkdownTimeline(
	text: string,
	fileName?: string,
	options: ReadOptions = {}
): Transcript {
	const steps = markdownSteps(text, fileName, options.onOutline !== undefined);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		void options.onOutline?.(...step.value);
	}
}

/**
 * As {@link parseMarkdownTimeline}, but the reading waits, once it has told `onOutline` the outline,
 * until the promise `onOutline` returns settles (a worker lets the page show the outline first).
 */
export async function readMarkdownTimeline(
	text: string,
	fileName: string | undefined,
	onOutline: NonNullable<ReadOptions['onOutline']>
): Promise<Transcript> {
	const steps = markdownSteps(text, fileName, true);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		await onOutline(...step.value);
	}
}

/** The reading itself: yields the outline (when `outline` and it is known before the bodies), returns the whole. */
function* markdownSteps(
	text: string,
	fileName: string | undefined,
	outline: boolean
): Generator<OutlineStep, Transcript, void> {
	if (!text.trim())
		throw new TranscriptError(
			'The transcript is empty: choose a file that contains the text to read along.',
			undefined,
			{ code: 'empty' }
		);
	const lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
	const diagnostics: Diagnostic[] = [];
	const headings: (HeadingLine & { index: number })[] = [];
	lines.forEach((line, index) => {
		const h = parseHeadingLine(line);
		if (h) headings.push({ level: h.level, raw: h.raw, index });
	});
	const firstContent = lines.findIndex((l) => l.trim() !== '');
	const titleHeading = headings.find((h) => h.level === 1 && h.index === firstContent);
	const title = titleHeading
		? headingText(titleHeading.raw)
		: (fileName?.replace(/\.[^.]+$/, '') ?? '') || 'Untitled';

	const isHeading = new Uint8Array(lines.length);
	for (const h of headings) isHeading[h.index] = 1;
	const run = findTimelineRun(lines, (index) => isHeading[index] === 1);
	const skip = new Set<number>(run.map((s) => s.index));
	if (titleHeading) skip.add(titleHeading.index);
	const runEnd = run.at(-1)?.index ?? -1;
	const candidates = headings.filter((h) => h !== titleHeading);
	const after = candidates.filter((h) => h.index > runEnd);
	const level = sectionLevel(after.length ? after : candidates);
	const bodyStart =
		(after.length ? after : candidates).find((h) => h.level === level)?.index ?? null;
	const bodyEnd =
		bodyStart === null
			? lines.length
			: (candidates.find((h) => h.index > bodyStart && h.level < (level ?? 0))?.index ??
				lines.length);

	const taken = new Set<string>();
	const stamps: Stamped[] = [...run];
	const sections: Section[] = [];
	/** Where each section's body lies: lines `[from, to)`. */
	const spans: { from: number; to: number }[] = [];
	if (bodyStart === null) {
		const from = runEnd + 1;
		const blocks = buildBlocks(lines, from, lines.length, skip, true);
		if (blocks.length)
			sections.push({
				id: slugify(title, taken),
				title,
				level: 2,
				line: blocks[0]?.line ?? 1,
				blocks,
				anchor: null
			});
	} else {
		const nearRun = timeNear(run.map((s) => s.time));
		const sectionHeads = candidates.filter(
			(h) => h.level === level && h.index >= bodyStart && h.index < bodyEnd
		);
		// The headings first (a timed heading adds a timeline entry), the bodies after them.
		sectionHeads.forEach((h, k) => {
			const timed = parseTimestampLine(h.raw);
			const sectionTitle = timed?.title || headingText(h.raw);
			if (timed && !nearRun(timed.time))
				stamps.push({ time: timed.time, label: timed.label, title: sectionTitle, index: h.index });
			spans.push({ from: h.index + 1, to: sectionHeads[k + 1]?.index ?? bodyEnd });
			sections.push({
				id: slugify(sectionTitle, taken),
				title: sectionTitle,
				level: h.level,
				line: h.index + 1,
				blocks: [],
				anchor: null
			});
		});
	}
	const frontEnd = bodyStart ?? (sections.length ? runEnd + 1 : lines.length);
	const front = buildBlocks(lines, 0, frontEnd, skip);

	const entries = orderEntries(stamps, diagnostics);
	if (!entries.length)
		diagnostics.push({
			level: 'info',
			message:
				'No timeline was found, so the text is shown untimed. To follow along with the media, add a list of lines such as "**(01:44)** Section title" or "01:44 Section title", or put the time in the headings ("## 01:44 Section title").',
			code: 'no-timeline'
		});
	const format = run.length ? 'markdown-timeline' : headings.length ? 'markdown' : 'plain-text';
	// A timeline whose every entry names its own heading is aligned from the headings alone: the
	// outline can then be shown before the bodies are read.
	const early =
		outline && spans.length && titlesMatchOneToOne(entries, sections)
			? alignTimeline(entries, sections, true)
			: null;
	let read = 0;
	const readBody = (k: number): number => {
		const section = sections[k];
		const span = spans[k];
		if (section && span) section.blocks = buildBlocks(lines, span.from, span.to, skip, true);
		return section ? sectionWeight(section) : 0;
	};
	if (early) {
		// The first sections' bodies: what the page renders at once, so the reader's first screens are whole.
		for (let weight = 0; read < spans.length && weight < RENDER_BUDGET; read++)
			weight += readBody(read);
		yield [
			{
				title,
				format,
				front,
				timeline: early.timeline,
				// Copies: the bodies still to come are read into the sections themselves.
				sections: sections.map((s) => ({ ...s })),
				back: [],
				anchors: early.anchors,
				diagnostics: [...diagnostics, ...early.diagnostics]
			},
			read
		];
	}
	for (; read < spans.length; read++) readBody(read);
	const back = bodyStart === null ? [] : buildBlocks(lines, bodyEnd, lines.length, skip);
	const aligned = early ?? alignTimeline(entries, sections, true);
	return {
		title,
		format,
		front,
		timeline: aligned.timeline,
		sections: aligned.sections,
		back,
		anchors: aligned.anchors,
		diagnostics: [...diagnostics, ...aligned.diagnostics]
	};
}
