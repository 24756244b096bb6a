import { describe, expect, it } from 'vitest';
import { addPin, applyRetime, mapTime, NO_RETIME, shiftOffset } from './retime';
import type { Transcript } from './transcript/model';

describe('retime', () => {
	it('shifts everything by the offset, in 0.1 s steps, never below 0', () => {
		const r = shiftOffset(shiftOffset(NO_RETIME, 0.1), 0.2);
		expect(r.offset).toBe(0.3);
		expect(mapTime(r, 10)).toBe(10.3);
		expect(mapTime(shiftOffset(NO_RETIME, -5), 2)).toBe(0);
	});

	it('moves a pinned heading to now and stretches the times between pins', () => {
		let r = addPin(NO_RETIME, 3, 100, 110);
		expect(mapTime(r, 100)).toBe(110);
		expect(mapTime(r, 50)).toBe(60);
		r = addPin(r, 5, 200, 200);
		expect(mapTime(r, 150)).toBe(155);
		expect(mapTime(r, 300)).toBe(300);
	});

	it('drops a pin the new one would cross', () => {
		let r = addPin(NO_RETIME, 1, 100, 100);
		r = addPin(r, 2, 200, 90);
		expect(r.pins.map((p) => p.anchor)).toEqual([2]);
	});

	it('pins in terms of the time heard, whatever the offset', () => {
		const r = addPin(shiftOffset(NO_RETIME, 2), 0, 10, 20);
		expect(mapTime(r, 10)).toBe(20);
	});

	it('applies to anchors and timeline and leaves the input alone', () => {
		const t = {
			anchors: [{ time: 0 }, { time: 10 }],
			timeline: [{ time: 10 }],
			sections: []
		} as unknown as Transcript;
		expect(applyRetime(t, NO_RETIME)).toBe(t);
		const out = applyRetime(t, shiftOffset(NO_RETIME, 1));
		expect(out.anchors.map((a) => a.time)).toEqual([1, 11]);
		expect(out.timeline[0]?.time).toBe(11);
		expect(t.anchors[1]?.time).toBe(10);
	});

	it('moves exact sentence times (from cues) too, and keeps untimed sections as they are', () => {
		const cue = {
			kind: 'paragraph',
			sentences: [
				{ from: 0, to: 5, time: 20, end: 22 },
				{ from: 5, to: 9 }
			]
		};
		const plain = { kind: 'paragraph', sentences: [{ from: 0, to: 3 }] };
		const untimed = { title: 'b', blocks: [plain] };
		const t = {
			anchors: [{ time: 20 }],
			timeline: [],
			sections: [{ title: 'a', blocks: [cue, plain] }, untimed]
		} as unknown as Transcript;
		const out = applyRetime(t, shiftOffset(NO_RETIME, -1));
		const [first, second] = out.sections[0]?.blocks[0]?.sentences ?? [];
		expect(first).toEqual({ from: 0, to: 5, time: 19, end: 21 });
		expect(second).toEqual({ from: 5, to: 9 });
		expect(out.sections[0]?.blocks[1]).toBe(plain);
		expect(out.sections[1]).toBe(untimed);
		expect(t.sections[0]?.blocks[0]?.sentences?.[0]?.time).toBe(20);
	});

	it('keeps the sections themselves when none has exact sentence times', () => {
		const plain = { kind: 'paragraph', sentences: [{ from: 0, to: 3 }] };
		const t = {
			anchors: [{ time: 20 }],
			timeline: [],
			sections: [{ title: 'a', blocks: [plain] }]
		} as unknown as Transcript;
		const out = applyRetime(t, shiftOffset(NO_RETIME, 2));
		expect(out.anchors[0]?.time).toBe(22);
		expect(out.sections).toBe(t.sections);
	});
});
