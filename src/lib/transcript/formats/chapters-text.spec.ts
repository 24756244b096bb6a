import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index';

describe('chapter lists', () => {
	it('reads a YouTube description: prose kept in front, chapters both ways round', () => {
		const t = parseTranscript(
			'Thanks for watching!\n\n0:00 Intro\n00:45 - The problem\nThe answer 1:02:03\n\nFollow me.',
			'desc.txt'
		);
		expect(t.format).toBe('chapter-list');
		expect(t.timeline.map((e) => [e.time, e.title])).toEqual([
			[0, 'Intro'],
			[45, 'The problem'],
			[3723, 'The answer']
		]);
		expect(t.front.map((b) => b.text)).toEqual(['Thanks for watching!', 'Follow me.']);
	});
	it('notes what breaks YouTube’s rules', () => {
		const t = parseTranscript('0:05 A\n0:08 B\n1:00 C');
		expect(t.diagnostics.map((d) => d.line)).toEqual([1, 1]);
	});
	it('leaves a Markdown article with timestamped headings to the Markdown reader', () => {
		const t = parseTranscript(
			'# T\n\n## 00:00 One\n\nA.\n\n## [01:44] Two\n\nB.\n\n## 02:00 Three\n'
		);
		expect(t.format).toBe('markdown');
		expect(t.anchors.map((a) => a.time)).toEqual([0, 104, 120]);
	});
});
