import { describe, expect, it } from 'vitest';
import {
	anchorColumns,
	anchorsFromColumns,
	columnBuffers,
	packStrings,
	sectionColumns,
	sectionsFromColumns,
	timelineColumns,
	timelineFromColumns,
	unpackStrings
} from './columns';
import type { Anchor, Section, TimelineEntry } from './model';

const entries: TimelineEntry[] = [
	{ time: 0, label: '00:00', title: 'Opening', line: 3, anchor: 0 },
	{ time: 104.5, label: '01:44.5', title: '监管 and “quotes”', line: 4, anchor: null },
	{ time: 3723, label: '1:02:03', title: '', line: 5, anchor: 7 }
];
const anchors: Anchor[] = [
	{ time: 0, section: 0, block: null, entry: 0, estimated: false },
	{ time: 61.25, section: 1, block: 4, entry: null, estimated: true },
	{ time: 3723, section: 12, block: 0, entry: 2, estimated: false }
];

describe('timeline and anchor columns', () => {
	it('give back equal entries and anchors, nulls and estimates included', () => {
		expect(timelineFromColumns(timelineColumns(entries))).toEqual(entries);
		expect(anchorsFromColumns(anchorColumns(anchors))).toEqual(anchors);
		expect(timelineFromColumns(timelineColumns([]))).toEqual([]);
		expect(anchorsFromColumns(anchorColumns([]))).toEqual([]);
	});

	it('survive a structured clone with their buffers transferred (as the parse worker sends them)', () => {
		const timeline = timelineColumns(entries);
		const anchor = anchorColumns(anchors);
		const buffers = columnBuffers(timeline, anchor);
		// Five typed columns of the timeline (two of them where its packed strings end), five of the
		// anchors; the packed strings themselves are cloned.
		expect(buffers).toHaveLength(10);
		const copy = structuredClone({ timeline, anchor }, { transfer: buffers });
		expect(timeline.time.byteLength).toBe(0); // transferred, not copied
		expect(timelineFromColumns(copy.timeline)).toEqual(entries);
		expect(anchorsFromColumns(copy.anchor)).toEqual(anchors);
	});
});

describe('section columns', () => {
	const block = { kind: 'paragraph' as const, text: 'Hello.', inlines: [], line: 4, anchor: 1 };
	const sections: Section[] = [
		{ id: 'opening', title: 'Opening', level: 2, line: 3, blocks: [block], anchor: 0 },
		{ id: '监管', title: '监管', level: 3, line: 9, blocks: [block, block], anchor: null },
		{ id: 'end', title: 'End', level: 2, line: 12, blocks: [block], anchor: 2 }
	];

	it('give back the sections, with the bodies of the first ones only, through a structured clone', () => {
		const columns = sectionColumns(sections, 2);
		const copy = structuredClone(columns, { transfer: columnBuffers(columns) });
		expect(columns.line.byteLength).toBe(0); // transferred
		expect(sectionsFromColumns(copy)).toEqual([
			sections[0],
			sections[1],
			{ ...sections[2], blocks: [] }
		]);
		expect(sectionsFromColumns(sectionColumns(sections, 3))).toEqual(sections);
		expect(sectionsFromColumns(sectionColumns([], 0))).toEqual([]);
	});
});

describe('packed strings', () => {
	it('give back every string, empty ones and astral characters included', () => {
		const list = ['', 'Opening', '监管', '', '𝄞 music', 'a'];
		expect(unpackStrings(packStrings(list))).toEqual(list);
		expect(unpackStrings(packStrings([]))).toEqual([]);
		expect(packStrings(list).text).toBe(list.join(''));
	});
});
