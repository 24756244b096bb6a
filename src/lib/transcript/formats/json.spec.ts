import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../model';
import { parseTranscript } from './index';

describe('Podcasting 2.0 JSON', () => {
	it('reads chapters; toc:false is hidden from the timeline but still marks time', () => {
		const t = parseTranscript(
			JSON.stringify(
				{
					version: '1.2.0',
					chapters: [
						{ startTime: 0, title: 'Intro' },
						{ startTime: 30.5, title: 'Ad', toc: false },
						{ startTime: 60, title: 'Main' }
					]
				},
				null,
				2
			),
			'chapters.json'
		);
		expect(t.format).toBe('podcast-chapters');
		expect(t.timeline.map((e) => [e.time, e.title])).toEqual([
			[0, 'Intro'],
			[60, 'Main']
		]);
		expect(t.sections.map((s) => s.title)).toEqual(['Intro', 'Ad', 'Main']);
		expect(t.anchors.map((a) => a.time)).toEqual([0, 30.5, 60]);
	});
	it('reads transcript segments with speakers', () => {
		const t = parseTranscript(
			JSON.stringify({
				version: '1.0.0',
				segments: [
					{ speaker: 'Ann', startTime: 0.5, endTime: 1.5, body: 'Hi' },
					{ speaker: 'Ann', startTime: 1.6, endTime: 2.1, body: 'there.' },
					{ speaker: 'Ben', startTime: 2.2, endTime: 3, body: 'Hello.' }
				]
			})
		);
		expect(t.format).toBe('podcast-transcript');
		expect(t.sections[0]?.blocks.map((b) => [b.speaker, b.text])).toEqual([
			['Ann', 'Hi there.'],
			['Ben', 'Hello.']
		]);
	});
	it('reads Whisper output', () => {
		const t = parseTranscript(
			JSON.stringify({
				text: 'a b',
				segments: [
					{ id: 0, start: 0, end: 1, text: ' Hello.' },
					{ id: 1, start: 1, end: 2, text: ' World.' }
				]
			})
		);
		expect(t.format).toBe('whisper-json');
		expect(t.sections[0]?.blocks[0]?.text).toBe('Hello. World.');
	});
	it('reports segments without times with their line', () => {
		const t = parseTranscript(
			'{"segments": [\n{"startTime": 1, "body": "ok"},\n{"startTime": "x", "body": "bad"}\n]}'
		);
		expect(t.diagnostics).toMatchObject([{ level: 'warning', line: 3 }]);
	});
	it('refuses invalid or foreign JSON with a TranscriptError', () => {
		expect(() => parseTranscript('{"a": 1,}', 'x.json')).toThrow(TranscriptError);
		expect(() => parseTranscript('{"a": 1}', 'x.json')).toThrow(/chapters.*segments/);
	});
});
