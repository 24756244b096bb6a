import { describe, expect, it } from 'vitest';
import {
	anchorColumns,
	anchorsFromColumns,
	columnBuffers,
	timelineColumns,
	timelineFromColumns
} from './columns';
import type { Anchor, TimelineEntry } from './model';

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
		// Three typed columns of the timeline, five of the anchors; the strings are cloned.
		expect(buffers).toHaveLength(8);
		const copy = structuredClone({ timeline, anchor }, { transfer: buffers });
		expect(timeline.time.byteLength).toBe(0); // transferred, not copied
		expect(timelineFromColumns(copy.timeline)).toEqual(entries);
		expect(anchorsFromColumns(copy.anchor)).toEqual(anchors);
	});
});
