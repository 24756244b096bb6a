import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index';

describe('LRC', () => {
	it('reads tags, several stamps per line and the offset', () => {
		const t = parseTranscript(
			'[ti:Song]\n[ar:Band]\n[offset:+500]\n[00:01.00]First line\n[00:03.50][00:20.00]Chorus\n[00:10.00]\n[00:12.00]Verse\n',
			'song.lrc'
		);
		expect(t.format).toBe('lrc');
		expect(t.title).toBe('Band — Song');
		const cues = t.sections[0]?.blocks.flatMap((b) =>
			(b.sentences ?? []).map((s) => [s.time, b.text.slice(s.from, s.to).trim()])
		);
		expect(cues).toEqual([
			[0.5, 'First line'],
			[3, 'Chorus'],
			[11.5, 'Verse'],
			[19.5, 'Chorus']
		]);
		expect(t.diagnostics.some((d) => /offset/.test(d.message))).toBe(true);
	});
	it('strips enhanced word stamps and notes them', () => {
		const t = parseTranscript('[00:01.00]<00:01.00>Hello <00:01.50>world\n[00:02.00]Again\n');
		expect(t.sections[0]?.blocks[0]?.text).toBe('Hello world Again');
		expect(t.diagnostics.some((d) => /word stamps/.test(d.message))).toBe(true);
	});
	it('reports lines without stamps and stamps out of order', () => {
		const t = parseTranscript('[00:05.00]B\nno stamp\n[00:01.00]A\n', 'x.lrc');
		expect(t.diagnostics.filter((d) => d.level === 'warning').map((d) => d.line)).toEqual([2, 3]);
		expect(t.timeline[0]?.time).toBe(1);
	});
});
