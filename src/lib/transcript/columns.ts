/**
 * A transcript's timeline, anchors and section headings as columns (typed arrays and lists of strings) to send to
 * another thread: a long file has tens of thousands of each, and a structured clone of that many
 * small objects costs the sender 100–150 ms (and the receiver more), where columns cost a few.
 * Their strings travel packed into one (a clone of tens of thousands of strings costs the receiver
 * ~100 ms; cutting them out of one costs a few).
 */
import type { Anchor, Block, Section, TimelineEntry } from './model';

/** Strings packed into one: each ends where `ends` says. */
export interface PackedStrings {
	text: string;
	ends: Uint32Array;
}

/** Packs strings into one. */
export function packStrings(list: readonly string[]): PackedStrings {
	const ends = new Uint32Array(list.length);
	let end = 0;
	list.forEach((s, i) => (ends[i] = end += s.length));
	return { text: list.join(''), ends };
}

/** The strings of {@link packStrings} again. */
export function unpackStrings({ text, ends }: PackedStrings): string[] {
	const list = new Array<string>(ends.length);
	let from = 0;
	for (let i = 0; i < ends.length; i++) {
		const to = ends[i] ?? from;
		list[i] = text.slice(from, to);
		from = to;
	}
	return list;
}

/** True when two packed lists hold the same strings. */
export function samePacked(a: PackedStrings, b: PackedStrings): boolean {
	if (a.text !== b.text || a.ends.length !== b.ends.length) return false;
	for (let i = 0; i < a.ends.length; i++) if (a.ends[i] !== b.ends[i]) return false;
	return true;
}

/** Timeline entries as columns; -1 stands for a null anchor. */
export interface TimelineColumns {
	time: Float64Array;
	label: PackedStrings;
	title: PackedStrings;
	line: Int32Array;
	anchor: Int32Array;
}

/** Anchors as columns; -1 stands for a null block or entry. */
export interface AnchorColumns {
	time: Float64Array;
	section: Int32Array;
	block: Int32Array;
	entry: Int32Array;
	estimated: Uint8Array;
}

/** The entries as columns. */
export function timelineColumns(entries: readonly TimelineEntry[]): TimelineColumns {
	const n = entries.length;
	const time = new Float64Array(n);
	const label = new Array<string>(n);
	const title = new Array<string>(n);
	const line = new Int32Array(n);
	const anchor = new Int32Array(n);
	entries.forEach((e, i) => {
		time[i] = e.time;
		label[i] = e.label;
		title[i] = e.title;
		line[i] = e.line;
		anchor[i] = e.anchor ?? -1;
	});
	return { time, label: packStrings(label), title: packStrings(title), line, anchor };
}

/**
 * The entries of {@link timelineColumns} again; `titles`, the same strings as `c.title` unpacked
 * already (the sections' titles, when every entry names its heading: one string for both).
 */
export function timelineFromColumns(
	c: TimelineColumns,
	titles: readonly string[] = unpackStrings(c.title)
): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	const labels = unpackStrings(c.label);
	for (let i = 0; i < c.time.length; i++) {
		const anchor = c.anchor[i] ?? -1;
		entries.push({
			time: c.time[i] ?? 0,
			label: labels[i] ?? '',
			title: titles[i] ?? '',
			line: c.line[i] ?? 0,
			anchor: anchor < 0 ? null : anchor
		});
	}
	return entries;
}

/** The anchors as columns. */
export function anchorColumns(anchors: readonly Anchor[]): AnchorColumns {
	const n = anchors.length;
	const c: AnchorColumns = {
		time: new Float64Array(n),
		section: new Int32Array(n),
		block: new Int32Array(n),
		entry: new Int32Array(n),
		estimated: new Uint8Array(n)
	};
	anchors.forEach((a, i) => {
		c.time[i] = a.time;
		c.section[i] = a.section;
		c.block[i] = a.block ?? -1;
		c.entry[i] = a.entry ?? -1;
		c.estimated[i] = a.estimated ? 1 : 0;
	});
	return c;
}

/** The anchors of {@link anchorColumns} again. */
export function anchorsFromColumns(c: AnchorColumns): Anchor[] {
	const anchors: Anchor[] = [];
	for (let i = 0; i < c.time.length; i++) {
		const block = c.block[i] ?? -1;
		const entry = c.entry[i] ?? -1;
		anchors.push({
			time: c.time[i] ?? 0,
			section: c.section[i] ?? 0,
			block: block < 0 ? null : block,
			entry: entry < 0 ? null : entry,
			estimated: c.estimated[i] === 1
		});
	}
	return anchors;
}

/** Sections as columns (their bodies apart); -1 stands for a null anchor. */
export interface SectionColumns {
	id: PackedStrings;
	title: PackedStrings;
	level: Uint8Array;
	line: Int32Array;
	anchor: Int32Array;
	/** The bodies of the first sections (the rest are empty). */
	blocks: Block[][];
}

/** The sections as columns, with the bodies of the first `bodies` of them. */
export function sectionColumns(sections: readonly Section[], bodies: number): SectionColumns {
	const n = sections.length;
	const id = new Array<string>(n);
	const title = new Array<string>(n);
	const level = new Uint8Array(n);
	const line = new Int32Array(n);
	const anchor = new Int32Array(n);
	sections.forEach((s, i) => {
		id[i] = s.id;
		title[i] = s.title;
		level[i] = s.level;
		line[i] = s.line;
		anchor[i] = s.anchor ?? -1;
	});
	const blocks = sections.slice(0, bodies).map((s) => s.blocks);
	return { id: packStrings(id), title: packStrings(title), level, line, anchor, blocks };
}

/** The sections of {@link sectionColumns} again (the ones sent without a body, with none). */
export function sectionsFromColumns(
	c: SectionColumns,
	titles: readonly string[] = unpackStrings(c.title)
): Section[] {
	const sections: Section[] = [];
	const ids = unpackStrings(c.id);
	for (let i = 0; i < c.level.length; i++) {
		const anchor = c.anchor[i] ?? -1;
		sections.push({
			id: ids[i] ?? '',
			title: titles[i] ?? '',
			level: c.level[i] ?? 2,
			line: c.line[i] ?? 0,
			blocks: c.blocks[i] ?? [],
			anchor: anchor < 0 ? null : anchor
		});
	}
	return sections;
}

/** The typed arrays' buffers of columns, to transfer them rather than copy them. */
export function columnBuffers(
	...columns: (TimelineColumns | AnchorColumns | SectionColumns)[]
): ArrayBuffer[] {
	return columns.flatMap((c) =>
		Object.values(c)
			.map((v: unknown) => (v && typeof v === 'object' && 'ends' in v ? v.ends : v))
			.filter((v): v is ArrayBufferView => ArrayBuffer.isView(v))
			.map((v) => v.buffer as ArrayBuffer)
	);
}
