import { describe, expect, it } from 'vitest';
import { Session } from './session.svelte';
import { parseTranscript } from './transcript/formats';

const md = [
	'# Saved loops',
	'',
	'# Timeline',
	'',
	'**(00:00)** Opening',
	'',
	'**(00:20)** Models',
	'',
	'# Transcript',
	'',
	'## Opening',
	'',
	'First words here. More words after.',
	'',
	'## Models',
	'',
	'今天我们谈模型。'
].join('\n');

const fresh = () => new Session(parseTranscript(md, 'saved.md'));

describe('saved loops', () => {
	it('keeps the loop being played, named by what is said at its start, once', () => {
		const s = fresh();
		expect(s.saveLoop()).toBe(false);
		s.setLoopRange(20, 24);
		expect(s.saveLoop()).toBe(true);
		expect(s.saveLoop()).toBe(false);
		s.setLoopRange(0, 3);
		expect(s.saveLoop()).toBe(true);
		expect(s.savedLoops.map((l) => [l.start, l.end, l.label, l.note])).toEqual([
			[0, 3, 'A–B', 'First words here.'],
			[20, 24, 'A–B', '今天我们谈模型。']
		]);
	});

	it('a rate given to the playing loop is kept with its saved copy', () => {
		const s = fresh();
		s.setLoopRange(20, 24);
		s.saveLoop();
		s.setLoopRate(0.75);
		expect(s.player.rate).toBe(0.75);
		expect(s.savedLoops[0]?.rate).toBe(0.75);
		s.setLoopRate(null);
		expect(s.savedLoops[0]?.rate).toBeNull();
	});

	it('playing a saved loop sets it and seeks to its start; removing drops only that one', () => {
		const s = fresh();
		s.setSavedLoops([
			{ start: 20, end: 24, rate: 0.6, label: 'A–B' },
			{ start: 1, end: 2, rate: null, label: 'Sentence' }
		]);
		const [first, second] = s.savedLoops;
		expect(first?.start).toBe(1);
		s.playLoop(second!);
		expect(s.player.loop).toMatchObject({ start: 20, end: 24, rate: 0.6 });
		expect(s.player.time).toBe(20);
		s.removeSavedLoop(0);
		expect(s.savedLoops.map((l) => l.start)).toEqual([20]);
	});

	it('restoring drops invalid loops; merging never doubles one; a new transcript starts empty', () => {
		const s = fresh();
		s.setSavedLoops([
			{ start: 5, end: 4, rate: null, label: 'x' },
			{ start: Number.NaN, end: 4, rate: null, label: 'x' },
			{ start: 1, end: 2, rate: null, label: 'ok' }
		]);
		expect(s.savedLoops).toHaveLength(1);
		s.mergeSavedLoops([
			{ start: 1.001, end: 2, rate: null, label: 'same' },
			{ start: 3, end: 4, rate: null, label: 'new' }
		]);
		expect(s.savedLoops.map((l) => l.label)).toEqual(['ok', 'new']);
		s.setTranscript(parseTranscript(md, 'other.md'));
		expect(s.savedLoops).toEqual([]);
	});
});

describe('an outline, then the whole', () => {
	it('is partial until the whole is put in, which keeps the loop; a new transcript is not partial', () => {
		const s = fresh();
		expect(s.partial).toBe(false);
		const whole = parseTranscript(md, 'saved.md');
		const outline = { ...whole, sections: whole.sections.map((x) => ({ ...x, blocks: [] })) };
		s.setOutline(outline);
		expect(s.partial).toBe(true);
		expect(s.transcript.sections.map((x) => x.blocks.length)).toEqual([0, 0]);
		s.setLoopRange(20, 24);
		s.completeTranscript(whole);
		expect(s.partial).toBe(false);
		expect(s.transcript.sections.map((x) => x.blocks.length)).toEqual([1, 1]);
		expect(s.player.loop?.start).toBe(20);
		s.setOutline(outline);
		s.setTranscript(whole);
		expect(s.partial).toBe(false);
	});

	it('opens an outline with a saved retiming, which the whole keeps', () => {
		const s = fresh();
		const whole = parseTranscript(md, 'saved.md');
		const outline = { ...whole, sections: whole.sections.map((x) => ({ ...x, blocks: [] })) };
		s.setOutline(outline, { offset: 1.5, pins: [] });
		expect(s.transcript.timeline.map((e) => e.time)).toEqual([1.5, 21.5]);
		s.completeTranscript(whole);
		expect(s.retime.offset).toBe(1.5);
		expect(s.transcript.timeline.map((e) => e.time)).toEqual([1.5, 21.5]);
		expect(s.transcript.sections.map((x) => x.blocks.length)).toEqual([1, 1]);
	});
});
