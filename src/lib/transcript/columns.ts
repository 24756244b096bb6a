/**
 * A transcript's timeline, anchors and section headings as columns (typed arrays and lists of strings) to send to
 * another thread: a long file has tens of thousands of each, and a structured clone of that many
 * small objects costs the sender 100–150 ms (and the receiver more), where columns cost a few.
 */
import type { Anchor, Block, Section, TimelineEntry } from './model';

/** Timeline entries as columns; -1 stands for a null anchor. */
export interface TimelineColumns {
	time: Float64Array;
	label: string[];
	title: string[];
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
	const c: TimelineColumns = {
		time: new Float64Array(n),
		label: new Array<string>(n),
		title: new Array<string>(n),
		line: new Int32Array(n),
		anchor: new Int32Array(n)
	};
	entries.forEach((e, i) => {
		c.time[i] = e.time;
		c.label[i] = e.label;
		c.title[i] = e.title;
		c.line[i] = e.line;
		c.anchor[i] = e.anchor ?? -1;
	});
	return c;
}

/** The entries of {@link timelineColumns} again. */
export function timelineFromColumns(c: TimelineColumns): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	for (let i = 0; i < c.time.length; i++) {
		const anchor = c.anchor[i] ?? -1;
		entries.push({
			time: c.time[i] ?? 0,
			label: c.label[i] ?? '',
			title: c.title[i] ?? '',
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
	id: string[];
	title: string[];
	level: Uint8Array;
	line: Int32Array;
	anchor: Int32Array;
	/** The bodies of the first sections (the rest are empty). */
	blocks: Block[][];
}

/** The sections as columns, with the bodies of the first `bodies` of them. */
export function sectionColumns(sections: readonly Section[], bodies: number): SectionColumns {
	const n = sections.length;
	const c: SectionColumns = {
		id: new Array<string>(n),
		title: new Array<string>(n),
		level: new Uint8Array(n),
		line: new Int32Array(n),
		anchor: new Int32Array(n),
		blocks: sections.slice(0, bodies).map((s) => s.blocks)
	};
	sections.forEach((s, i) => {
		c.id[i] = s.id;
		c.title[i] = s.title;
		c.level[i] = s.level;
		c.line[i] = s.line;
		c.anchor[i] = s.anchor ?? -1;
	});
	return c;
}

/** The sections of {@link sectionColumns} again (the ones sent without a body, with none). */
export function sectionsFromColumns(c: SectionColumns): Section[] {
	const sections: Section[] = [];
	for (let i = 0; i < c.level.length; i++) {
		const anchor = c.anchor[i] ?? -1;
		sections.push({
			id: c.id[i] ?? '',
			title: c.title[i] ?? '',
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
			.filter((v): v is ArrayBufferView => ArrayBuffer.isView(v))
			.map((v) => v.buffer as ArrayBuffer)
	);
}
